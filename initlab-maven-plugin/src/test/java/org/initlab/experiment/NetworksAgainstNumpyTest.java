package org.initlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.nn.Kernels;
import org.initlab.results.ExperimentResult;
import org.initlab.results.LayerResult;
import org.initlab.results.RunResult;
import org.initlab.results.Stats;
import org.initlab.testing.NumpyOracle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every layer type's forward statistics against an independent numpy network: weights drawn by
 * {@code np.random.seed(seed)} in the documented layout and order (each weighted layer's kernel, then
 * its bias; a residual's projection after its block), convolutions as sums over kernel offsets of a
 * padded input (not im2col), transposed ones as scatters, pooling and normalizations as numpy reductions.
 */
class NetworksAgainstNumpyTest {
    static final String SCRIPT = """
            import json, math, sys, numpy as np
            data, layers, layout, act, init, seed = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5], int(sys.argv[6])
            f = {"relu": lambda z: np.maximum(z, 0), "tanh": np.tanh, "linear": lambda z: z}[act]
            rows, c, h, w, dseed = [int(v) for v in data.split(",")]
            np.random.seed(dseed); x = np.random.randn(rows, c, h, w)
            np.random.seed(seed)
            def std(fan_in):
                return 0.3 if init == "normal" else math.sqrt(2.0 / fan_in)
            def kernel(cin, cout, k):
                # torch stores (out, in, k, k), keras (k, k, in, out): draw in that order, use as (out, in, k, k)
                if layout == "out-in":
                    return np.random.normal(0, std(cin * k * k), (cout, cin, k, k))
                return np.random.normal(0, std(cin * k * k), (k, k, cin, cout)).transpose(3, 2, 0, 1)
            def tkernel(cin, cout, k):
                # torch's ConvTranspose2d.weight is (in, out, k, k), keras's (k, k, out, in); fan_in = out*k*k
                if layout == "out-in":
                    return np.random.normal(0, std(cout * k * k), (cin, cout, k, k))
                return np.random.normal(0, std(cout * k * k), (k, k, cout, cin)).transpose(3, 2, 0, 1)
            def dense_w(n_in, n_out):
                if layout == "in-out":
                    return np.random.normal(0, std(n_in), (n_in, n_out))
                return np.random.normal(0, std(n_in), (n_out, n_in)).T
            def bias(n):
                return np.random.normal(0, 0.1, n)
            def conv(x, wt, s, p):
                n, cin, H, W = x.shape; cout, _, k, _ = wt.shape
                xp = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))
                oh = (H + 2 * p - k) // s + 1; ow = (W + 2 * p - k) // s + 1
                y = np.zeros((n, cout, oh, ow))
                for i in range(k):
                    for j in range(k):
                        win = xp[:, :, i:i + s * (oh - 1) + 1:s, j:j + s * (ow - 1) + 1:s]
                        y += np.einsum("ncab,oc->noab", win, wt[:, :, i, j])
                return y
            def convt(x, wt, s, p):
                n, cin, H, W = x.shape; _, cout, k, _ = wt.shape
                full = np.zeros((n, cout, (H - 1) * s + k, (W - 1) * s + k))
                for a in range(H):
                    for b in range(W):
                        full[:, :, a * s:a * s + k, b * s:b * s + k] += np.einsum("nc,coij->noij", x[:, :, a, b], wt)
                return full[:, :, p:full.shape[2] - p, p:full.shape[3] - p]
            def pool(x, k, red):
                n, cc, H, W = x.shape; oh, ow = H // k, W // k
                return red(x[:, :, :oh * k, :ow * k].reshape(n, cc, oh, k, ow, k), axis=(3, 5))
            def bn(x):
                axes = (0,) if x.ndim == 2 else (0, 2, 3)
                return (x - x.mean(axis=axes, keepdims=True)) / np.sqrt(x.var(axis=axes, keepdims=True) + 1e-5)
            def ln(x):
                axes = tuple(range(1, x.ndim))
                return (x - x.mean(axis=axes, keepdims=True)) / np.sqrt(x.var(axis=axes, keepdims=True) + 1e-5)
            def st(v):
                return [float(v.mean()), float(v.std()), float(v.min()), float(v.max())]
            out = []
            def run(layers, x):
                for L in layers:
                    kind = L[0]
                    if kind == "res":
                        y = run(L[1], x)
                        if y.shape == x.shape:
                            skip = x; wrec = None
                        elif x.ndim == 4:
                            pw = kernel(x.shape[1], y.shape[1], 1); s = (x.shape[2] - 1) // (y.shape[2] - 1) if y.shape[2] > 1 else x.shape[2]
                            skip = conv(x, pw, L[2], 0); wrec = pw
                        else:
                            pw = dense_w(x.shape[1], y.shape[1]); skip = x.dot(pw); wrec = pw
                        x = y + skip
                        out.append({"w": None if wrec is None else st(wrec), "pre": st(x), "post": st(x)})
                        continue
                    if kind in ("conv", "convt", "dense"):
                        if kind == "conv":
                            wt = kernel(x.shape[1], L[1], L[2]); z = conv(x, wt, L[3], L[4])
                        elif kind == "convt":
                            wt = tkernel(x.shape[1], L[1], L[2]); z = convt(x, wt, L[3], L[4])
                        else:
                            wt = dense_w(x.shape[1], L[1]); z = x.dot(wt)
                        b = bias(L[1])
                        z = z + (b[None, :, None, None] if z.ndim == 4 else b)
                        x = f(z)
                        out.append({"w": st(wt), "pre": st(z), "post": st(x)})
                        continue
                    x = {"max": lambda v: pool(v, L[1], np.max), "avg": lambda v: pool(v, L[1], np.mean), "bn": bn, "ln": ln,
                         "flat": lambda v: v.reshape(v.shape[0], -1)}[kind](x)
                    out.append({"w": None, "pre": st(x), "post": st(x)})
                return x
            run(layers, x)
            print(json.dumps(out))
            """;

    @ParameterizedTest(name = "{0} {2} {3}")
    @CsvSource(delimiter = ';', value = {
            "conv2d, strided and padded; 6,2,9,9,0; out-in; relu; normal;"
                    + " conv2d(out=3, kernel=3, stride=2, padding=1), conv2d(out=4, kernel=2);"
                    + " [[\"conv\",3,3,2,1],[\"conv\",4,2,1,0]]",
            "conv2d in Keras's layout; 6,2,9,9,0; in-out; tanh; kaiming;"
                    + " conv2d(out=3, kernel=3, stride=2, padding=1), conv2d(out=4, kernel=2);"
                    + " [[\"conv\",3,3,2,1],[\"conv\",4,2,1,0]]",
            "convtranspose2d; 5,3,4,4,1; out-in; relu; kaiming;"
                    + " convtranspose2d(out=2, kernel=4, stride=2, padding=1), convtranspose2d(out=3, kernel=3);"
                    + " [[\"convt\",2,4,2,1],[\"convt\",3,3,1,0]]",
            "convtranspose2d in Keras's layout; 5,3,4,4,1; in-out; tanh; normal;"
                    + " convtranspose2d(out=2, kernel=4, stride=2, padding=1), convtranspose2d(out=3, kernel=3);"
                    + " [[\"convt\",2,4,2,1],[\"convt\",3,3,1,0]]",
            "pooling; 4,1,11,11,2; out-in; relu; kaiming;"
                    + " conv2d(out=3, kernel=2), maxpool(k=2), avgpool(k=2), maxpool(k=2);"
                    + " [[\"conv\",3,2,1,0],[\"max\",2],[\"avg\",2],[\"max\",2]]",
            "normalizations and flatten; 7,2,6,6,3; out-in; tanh; normal;"
                    + " conv2d(out=3, kernel=3), batchnorm, layernorm, flatten, dense(n=5), batchnorm, layernorm;"
                    + " [[\"conv\",3,3,1,0],[\"bn\"],[\"ln\"],[\"flat\"],[\"dense\",5],[\"bn\"],[\"ln\"]]",
            "residual blocks with identity and projections; 5,2,8,8,4; out-in; relu; kaiming;"
                    + " conv2d(out=4, kernel=3, padding=1), residual(block='conv2d(out=4, kernel=3, padding=1), batchnorm'),"
                    + " residual(block=conv2d(out=6, kernel=3, stride=2, padding=1)), flatten, residual(block=dense(n=7));"
                    + " [[\"conv\",4,3,1,1],[\"res\",[[\"conv\",4,3,1,1],[\"bn\"]]],[\"res\",[[\"conv\",6,3,2,1]],2],[\"flat\"],"
                    + "[\"res\",[[\"dense\",7]]]]",
            "residual blocks in Keras's layout; 5,2,8,8,4; in-out; tanh; normal;"
                    + " residual(block=conv2d(out=6, kernel=3, stride=2, padding=1)), flatten, residual(block=dense(n=7));"
                    + " [[\"res\",[[\"conv\",6,3,2,1]],2],[\"flat\"],[\"res\",[[\"dense\",7]]]]",
    })
    void everyLayersStatisticsEqualNumpys(String name, String data, String layout, String activation, String init, String layers,
                                          String numpyLayers) throws Exception {
        NumpyOracle.requireNumpy();
        JsonNode numpy = NumpyOracle.run(SCRIPT, data, numpyLayers, layout, activation, init, "11");
        String[] d = data.split(",");
        ExperimentDefinition definition = ExperimentDefinition.of("n")
                .with("dataset", "gaussian(rows=" + d[0] + ", channels=" + d[1] + ", height=" + d[2] + ", width=" + d[3]
                        + ", seed=" + d[4] + ")")
                .with("layers", layers).with("layout", layout).with("activation", activation).with("seed", "11")
                .with("bias", "normal(std=0.1)")
                .withInitializers(init.equals("normal") ? "normal(std=0.3)" : "kaiming_normal(nonlinearity=relu)");
        for (String kernel : new String[] {"java", "blas", "nd4j"}) {
            ExperimentResult result = new ExperimentRunner(Kernels.named(kernel), ProgressListener.SILENT)
                    .run(ExperimentSpec.of("n", definition));
            RunResult run = result.runs().get(0);
            assertThat(run.layers()).hasSize(numpy.size());
            for (LayerResult layer : run.layers()) {
                JsonNode e = numpy.get(layer.index() - 1);
                String where = name + " (" + kernel + ") layer " + layer.index() + " " + layer.layer();
                assertClose(where + " pre", layer.pre(), e.get("pre"));
                assertClose(where + " post", layer.post(), e.get("post"));
                if (e.get("w").isNull()) {
                    assertThat(layer.weights()).as(where + " weights").isNull();
                } else {
                    assertClose(where + " weights", layer.weights(), e.get("w"));
                }
            }
        }
    }

    /** Mean, std, min and max to 1e-9 of the values' scale. */
    static void assertClose(String where, Stats s, JsonNode e) {
        double scale = Math.max(Math.abs(e.get(2).asDouble()), Math.abs(e.get(3).asDouble()));
        assertThat(new double[] {s.mean(), s.std(), s.min(), s.max()}).as(where + " mean, std, min, max")
                .containsExactly(new double[] {e.get(0).asDouble(), e.get(1).asDouble(), e.get(2).asDouble(), e.get(3).asDouble()},
                        within(1e-9 * scale));
    }
}
