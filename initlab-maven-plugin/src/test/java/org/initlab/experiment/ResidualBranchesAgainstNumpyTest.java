package org.initlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.initlab.experiment.NetworksAgainstNumpyTest.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.data.Dataset;
import org.initlab.data.DatasetCatalog;
import org.initlab.nn.Activation;
import org.initlab.nn.Kernels;
import org.initlab.numeric.Matrix;
import org.initlab.results.ExperimentResult;
import org.initlab.results.LayerResult;
import org.initlab.results.RunResult;
import org.initlab.testing.NumpyOracle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code fixup(base=…)} and {@code zero_branch(base=…)} wired into the network pass, against an
 * independent numpy network: every weight and bias drawn by {@code np.random.seed(seed)} in the
 * documented order exactly as the base draws them (each layer's weights, then its bias; a residual's
 * projection after its block), then weighted layer j of each branch of m weighted layers, in a network
 * of L residual blocks, multiplied (weights and bias) by L^(−1/(2m−2)) for j &lt; m − 1 and by 0 for
 * the last under Fixup, by 1 and 0 under a zero branch. Projections and layers outside branches keep
 * their draws.
 */
class ResidualBranchesAgainstNumpyTest {
    static final String SCRIPT = """
            import json, math, sys, numpy as np
            data, layers, layout, rule, seed = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3], sys.argv[4], int(sys.argv[5])
            rows, c, h, w, dseed = [int(v) for v in data.split(",")]
            np.random.seed(dseed); x = np.random.randn(rows, c, h, w)
            if c == 0:
                np.random.seed(dseed); x = np.random.randn(rows, h)
            np.random.seed(seed)
            def blocks(ls):
                return sum(1 + blocks(l[1]) for l in ls if l[0] == "res")
            L = blocks(layers)
            def factor(j, m):
                last = j == m - 1
                if rule == "fixup":
                    return 0.0 if last else L ** (-1.0 / (2 * m - 2))
                if rule == "zero_branch":
                    return 0.0 if last else 1.0
                return 1.0
            def he(fan_in, shape):
                return np.random.normal(0, math.sqrt(2.0 / fan_in), shape)
            def kernel(cin, cout, k):
                if layout == "out-in":
                    return he(cin * k * k, (cout, cin, k, k))
                return he(cin * k * k, (k, k, cin, cout)).transpose(3, 2, 0, 1)
            def dense_w(n_in, n_out):
                if layout == "in-out":
                    return he(n_in, (n_in, n_out))
                return he(n_in, (n_out, n_in)).T
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
            def bn(x):
                axes = (0,) if x.ndim == 2 else (0, 2, 3)
                return (x - x.mean(axis=axes, keepdims=True)) / np.sqrt(x.var(axis=axes, keepdims=True) + 1e-5)
            def st(v):
                return [float(v.mean()), float(v.std()), float(v.min()), float(v.max())]
            out = []
            def run(layers, x, branch):
                m = sum(1 for l in layers if l[0] in ("conv", "dense"))
                j = 0
                for l in layers:
                    kind = l[0]
                    if kind == "res":
                        y = run(l[1], x, True)
                        wrec = None
                        if y.shape == x.shape:
                            skip = x
                        elif x.ndim == 4:
                            pw = kernel(x.shape[1], y.shape[1], 1); skip = conv(x, pw, l[2], 0); wrec = pw
                        else:
                            pw = dense_w(x.shape[1], y.shape[1]); skip = x.dot(pw); wrec = pw
                        inp = x
                        x = y + skip
                        out.append({"w": None if wrec is None else st(wrec), "pre": st(x), "post": st(x),
                                    "identity": bool(np.array_equal(x, inp))})
                        continue
                    if kind in ("conv", "dense"):
                        if kind == "conv":
                            wt = kernel(x.shape[1], l[1], l[2])
                        else:
                            wt = dense_w(x.shape[1], l[1])
                        b = np.random.normal(0, 0.1, l[1])
                        f = factor(j, m) if branch else 1.0
                        j += 1
                        wt = wt * f; b = b * f
                        z = conv(x, wt, l[3], l[4]) if kind == "conv" else x.dot(wt)
                        z = z + (b[None, :, None, None] if z.ndim == 4 else b)
                        x = np.maximum(z, 0)
                        out.append({"w": st(wt), "pre": st(z), "post": st(x)})
                        continue
                    x = {"bn": bn, "flat": lambda v: v.reshape(v.shape[0], -1)}[kind](x)
                    out.append({"w": None, "pre": st(x), "post": st(x)})
                return x
            run(layers, x, False)
            print(json.dumps(out))
            """;

    private static final String HE = "kaiming_normal(nonlinearity=relu)";

    @ParameterizedTest(name = "{0} {1} {4}")
    @CsvSource(delimiter = ';', value = {
            "dense blocks of two and three layers and a projection; 40,0,12,1,3; in-out;"
                    + " dense(n=12), residual(block='dense(n=12), dense(n=12)'), residual(block='dense(n=12), dense(n=12), dense(n=12)'),"
                    + " residual(block='dense(n=9), dense(n=9)');"
                    + " [[\"dense\",12],[\"res\",[[\"dense\",12],[\"dense\",12]]],[\"res\",[[\"dense\",12],[\"dense\",12],[\"dense\",12]]],"
                    + "[\"res\",[[\"dense\",9],[\"dense\",9]]]]",
            "the same in torch's layout; 40,0,12,1,3; out-in;"
                    + " dense(n=12), residual(block='dense(n=12), dense(n=12)'), residual(block='dense(n=12), dense(n=12), dense(n=12)'),"
                    + " residual(block='dense(n=9), dense(n=9)');"
                    + " [[\"dense\",12],[\"res\",[[\"dense\",12],[\"dense\",12]]],[\"res\",[[\"dense\",12],[\"dense\",12],[\"dense\",12]]],"
                    + "[\"res\",[[\"dense\",9],[\"dense\",9]]]]",
            "convolutional blocks with a norm and a strided projection; 6,2,8,8,4; out-in;"
                    + " conv2d(out=4, kernel=3, padding=1), residual(block='conv2d(out=4, kernel=3, padding=1), batchnorm,"
                    + " conv2d(out=4, kernel=3, padding=1)'), residual(block='conv2d(out=6, kernel=3, stride=2, padding=1),"
                    + " conv2d(out=6, kernel=1)'), flatten, residual(block='dense(n=96), dense(n=96)');"
                    + " [[\"conv\",4,3,1,1],[\"res\",[[\"conv\",4,3,1,1],[\"bn\"],[\"conv\",4,3,1,1]]],"
                    + "[\"res\",[[\"conv\",6,3,2,1],[\"conv\",6,1,1,0]],2],[\"flat\"],[\"res\",[[\"dense\",96],[\"dense\",96]]]]",
    })
    void everyLayerEqualsNumpysUnderEachRule(String name, String data, String layout, String layers, String numpyLayers)
            throws Exception {
        NumpyOracle.requireNumpy();
        for (String rule : List.of("fixup", "zero_branch")) {
            JsonNode numpy = NumpyOracle.run(SCRIPT, data, numpyLayers, layout, rule, "7");
            ExperimentDefinition definition = network(data, layers, layout).withInitializers(rule + "(base=" + HE + ")");
            for (String kernel : new String[] {"java", "blas", "nd4j"}) {
                RunResult run = new ExperimentRunner(Kernels.named(kernel), ProgressListener.SILENT)
                        .run(ExperimentSpec.of("r", definition)).runs().get(0);
                assertThat(run.layers()).hasSize(numpy.size());
                for (LayerResult layer : run.layers()) {
                    JsonNode e = numpy.get(layer.index() - 1);
                    String where = name + " " + rule + " (" + kernel + ") layer " + layer.index() + " " + layer.layer();
                    assertClose(where + " pre", layer.pre(), e.get("pre"));
                    assertClose(where + " post", layer.post(), e.get("post"));
                    if (!e.get("w").isNull()) {
                        assertClose(where + " weights", layer.weights(), e.get("w"));
                    }
                    if (e.has("identity") && e.get("identity").asBoolean()) {
                        assertThat(layer.weights()).as(where + ": an identity skip has no weights").isNull();
                    }
                }
            }
        }
    }

    @Test
    void aZeroBranchOrFixupMakesEveryIdentityBlockTheIdentityExactlyAndDrawsAsItsBase() {
        String layers = "conv2d(out=3, kernel=3, padding=1), residual(block='conv2d(out=3, kernel=3, padding=1), batchnorm,"
                + " conv2d(out=3, kernel=3, padding=1)'), residual(block='conv2d(out=3, kernel=1), conv2d(out=3, kernel=3, padding=1)'),"
                + " flatten, residual(block='dense(n=75), dense(n=75)')";
        ExperimentDefinition definition = network("5,2,5,5,1", layers, "out-in");
        ExperimentSpec base = ExperimentSpec.of("r", definition.withInitializers(HE));
        Dataset data = DatasetCatalog.load("dataset", base.dataset());
        List<NetworkPass.Step> plain = NetworkPass.run(base, data, base.initializers().get(0).initializer(), Activation.RELU,
                Kernels.named("java"));
        for (String rule : List.of("zero_branch", "fixup")) {
            ExperimentSpec spec = ExperimentSpec.of("r", definition.withInitializers(rule + "(base=" + HE + ")"));
            List<NetworkPass.Step> steps = NetworkPass.run(spec, data, spec.initializers().get(0).initializer(), Activation.RELU,
                    Kernels.named("java"));
            assertThat(steps).hasSameSizeAs(plain);
            Matrix input = steps.get(0).post();
            int blocks = 0;
            for (int i = 0; i < steps.size(); i++) {
                NetworkPass.Step step = steps.get(i);
                NetworkPass.Step unscaled = plain.get(i);
                if (step.planned().layer().text().startsWith("flatten")) {
                    continue;
                }
                if (step.stored() != null) {
                    // the base's draws, bit for bit (the generator's sequence is the base's), times the factor:
                    // 1 outside branches, 0 for a branch's last layer, 1 (zero branch) or 3^(-1/2) (Fixup, L = 3, m = 2) before it
                    String path = step.planned().path();
                    double factor = !path.contains(".") ? 1 : List.of("2.3", "3.2", "5.2").contains(path) ? 0
                            : rule.equals("fixup") ? Math.pow(3, -0.5) : 1;
                    double[] expected = unscaled.stored().clone();
                    for (int k = 0; k < expected.length; k++) {
                        expected[k] = factor == 0 ? 0.0 : expected[k] * factor;
                    }
                    assertThat(step.stored()).as(rule + " " + step.planned().label()).containsExactly(expected);
                }
                if (step.planned().layer() instanceof org.initlab.layers.LayerSpec.Residual) {
                    blocks++;
                    assertThat(step.post().data()).as(rule + ": block " + step.planned().path() + " returns its input")
                            .containsExactly(input.data());
                }
                if (!step.planned().path().contains(".")) {
                    input = step.post();
                }
            }
            assertThat(blocks).isEqualTo(3);
        }
    }

    /** Numpy-shaped data: {@code rows,channels,height,width,seed}, or {@code rows,0,cols,1,seed} for flat data. */
    private static ExperimentDefinition network(String data, String layers, String layout) {
        String[] d = data.split(",");
        String dataset = d[1].equals("0") ? "gaussian(rows=" + d[0] + ", cols=" + d[2] + ", seed=" + d[4] + ")"
                : "gaussian(rows=" + d[0] + ", channels=" + d[1] + ", height=" + d[2] + ", width=" + d[3] + ", seed=" + d[4] + ")";
        return ExperimentDefinition.of("r").with("dataset", dataset).with("layers", layers).with("layout", layout)
                .with("activation", "relu").with("seed", "7").with("bias", "normal(std=0.1)");
    }
}
