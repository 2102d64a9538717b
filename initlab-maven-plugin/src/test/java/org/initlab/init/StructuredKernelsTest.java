package org.initlab.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.initlab.random.NumpyRandom;
import org.initlab.results.ResultsJson;
import org.initlab.settings.ConfigException;
import org.initlab.testing.NumpyOracle;
import org.junit.jupiter.api.Test;

/**
 * Kernels whose structure is the point, checked with PyTorch as the oracle: dirac against
 * {@code torch.nn.init.dirac_} and as an identity convolution, bilinear as an exact ×f upsampler
 * under {@code conv_transpose2d}, delta-orthogonal as a norm-preserving convolution.
 */
class StructuredKernelsTest {

    private static double[] draw(String spec, WeightShape shape) {
        return InitializerCatalog.parse("t", spec).sample(shape, new NumpyRandom(7));
    }

    /** (out, in per group, kh, kw, groups): square and oblong kernels, odd and even, grouped, more out than in. */
    private static final int[][] DIRAC = {{4, 4, 3, 3, 1}, {6, 2, 3, 3, 3}, {8, 4, 5, 5, 2}, {4, 6, 3, 3, 1},
        {6, 3, 2, 4, 2}, {6, 4, 3, 1, 1}, {4, 4, 1, 1, 1}};

    @Test
    void diracEqualsTorchsAndItsConvolutionReturnsTheInput() throws Exception {
        NumpyOracle.requireTorch();
        List<Map<String, Object>> cases = new ArrayList<>();
        for (int[] d : DIRAC) {
            for (Layout layout : Layout.values()) {
                WeightShape shape = new WeightShape(d[0], d[1], Layout.OUT_IN, d[2], d[3]);
                if (layout == Layout.IN_OUT) {
                    shape = WeightShape.conv(d[1], d[0], d[2], d[3], Layout.IN_OUT);
                }
                double[] w = draw("dirac(groups=" + d[4] + ")", shape);
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("dims", new int[] {d[0], d[1], d[2], d[3]});
                c.put("groups", d[4]);
                c.put("w", shape.outInOrder(w)); // torch's (out, in, kh, kw) whatever the layout stored
                cases.add(c);
            }
        }
        JsonNode r = NumpyOracle.run("""
                import json, sys, torch
                import torch.nn.functional as F
                out = []
                for c in json.loads(sys.argv[1]):
                    o, i, kh, kw = c['dims']; g = c['groups']
                    mine = torch.tensor(c['w'], dtype=torch.float64).reshape(o, i, kh, kw)
                    ref = torch.nn.init.dirac_(torch.empty(o, i, kh, kw, dtype=torch.float64), groups=g)
                    res = {'equal': bool(torch.equal(mine, ref))}
                    if kh % 2 == 1 and kw % 2 == 1:
                        torch.manual_seed(0)
                        x = torch.randn(2, i * g, 7, 9, dtype=torch.float64)
                        y = F.conv2d(x, mine, padding=(kh // 2, kw // 2), groups=g)
                        per = o // g; n = min(per, i)
                        err = 0.0
                        for k in range(g):
                            err = max(err, (y[:, k * per:k * per + n] - x[:, k * i:k * i + n]).abs().max().item())
                        res['identity_error'] = err
                        res['rest_zero'] = all(bool((y[:, k * per + n:(k + 1) * per] == 0).all()) for k in range(g))
                    out.append(res)
                print(json.dumps(out))
                """, ResultsJson.mapper().writeValueAsString(cases));
        for (int n = 0; n < cases.size(); n++) {
            int[] d = DIRAC[n / 2];
            String what = java.util.Arrays.toString(d) + (n % 2 == 0 ? " out-in" : " in-out");
            assertThat(r.get(n).get("equal").asBoolean()).as("dirac_ of %s", what).isTrue();
            if (r.get(n).has("identity_error")) {
                assertThat(r.get(n).get("identity_error").asDouble()).as("conv2d returns its input, %s", what).isZero();
                assertThat(r.get(n).get("rest_zero").asBoolean()).as("channels beyond the input's are zero, %s", what).isTrue();
            }
        }
    }

    @Test
    void diracOnADenseLayerIsTheIdentityAndGroupsMustDivide() {
        double[] eye = draw("eye", WeightShape.of(5, 3, Layout.IN_OUT));
        assertThat(draw("dirac", WeightShape.of(5, 3, Layout.IN_OUT))).containsExactly(eye);
        assertThat(draw("dirac", WeightShape.of(3, 5, Layout.OUT_IN))).containsExactly(draw("eye", WeightShape.of(3, 5, Layout.OUT_IN)));
        assertThatThrownBy(() -> draw("dirac(groups=4)", WeightShape.conv(2, 6, 3, 3, Layout.OUT_IN)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'groups'").hasMessageContaining("6 channels");
        assertThatThrownBy(() -> InitializerCatalog.parse("<initializers>", "dirac(groups=0)"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("<initializers>").hasMessageContaining("'groups'");
    }

    /** Upsampling factor f: kernel 2f − f mod 2, stride f, padding ⌈(f − 1)/2⌉, as FCN's deconvolution layers. */
    @Test
    void bilinearTransposedConvolutionKeepsALinearRampExactly() throws Exception {
        NumpyOracle.requireTorch();
        List<Map<String, Object>> cases = new ArrayList<>();
        for (int f = 2; f <= 4; f++) {
            int k = 2 * f - f % 2;
            for (String variant : new String[] {"caffe", "caffe-2016"}) {
                for (Layout layout : Layout.values()) {
                    for (int channels : new int[] {1, 3}) { // 3: one kernel per channel (groups = 3), weights (3, 1, k, k)
                        WeightShape shape = WeightShape.transposedConv(channels, 1, k, k, layout);
                        double[] w = draw("bilinear(variant=" + variant + ")", shape);
                        Map<String, Object> c = new LinkedHashMap<>();
                        c.put("f", f);
                        c.put("k", k);
                        c.put("channels", channels);
                        c.put("dims", shape.dims());
                        c.put("w", shape.outInOrder(w)); // torch's (in, out, kh, kw) for a transposed convolution
                        cases.add(c);
                    }
                }
            }
        }
        JsonNode r = NumpyOracle.run("""
                import json, math, sys, torch
                import torch.nn.functional as F
                out = []
                for c in json.loads(sys.argv[1]):
                    f, k, ch = c['f'], c['k'], c['channels']
                    w = torch.tensor(c['w'], dtype=torch.float64).reshape(ch, 1, k, k)
                    h = torch.arange(10, dtype=torch.float64).reshape(10, 1)
                    v = torch.arange(12, dtype=torch.float64).reshape(1, 12)
                    x = torch.stack([0.5 + 0.3 * h + 0.7 * v + j for j in range(ch)]).unsqueeze(0)
                    y = F.conv_transpose2d(x, w, stride=f, padding=math.ceil((f - 1) / 2), groups=ch)[0]
                    m = k  # the border, where the input's zero padding shows, is left out
                    inner = y[:, m:-m, m:-m]
                    dy = inner[:, 1:, :] - inner[:, :-1, :]
                    dx = inner[:, :, 1:] - inner[:, :, :-1]
                    out.append({'dims': list(y.shape), 'dy': (dy - 0.3 / f).abs().max().item(),
                                'dx': (dx - 0.7 / f).abs().max().item(), 'cells': inner[0].numel()})
                print(json.dumps(out))
                """, ResultsJson.mapper().writeValueAsString(cases));
        for (int n = 0; n < cases.size(); n++) {
            Map<String, Object> c = cases.get(n);
            JsonNode e = r.get(n);
            String what = c.get("f") + "× " + c.get("channels") + " channels, case " + n;
            int f = (int) c.get("f");
            assertThat(e.get("dims").get(1).asInt()).as("height ×f, %s", what).isEqualTo(10 * f);
            assertThat(e.get("cells").asInt()).as(what).isGreaterThan(50);
            assertThat(e.get("dy").asDouble()).as("slope down / f, %s", what).isLessThan(1e-12);
            assertThat(e.get("dx").asDouble()).as("slope across / f, %s", what).isLessThan(1e-12);
        }
    }

    @Test
    void bilinearFillsEveryChannelPairWithTheKernelInEitherLayout() {
        BilinearInitializer b = (BilinearInitializer) InitializerCatalog.parse("t", "bilinear");
        double[] k4 = b.kernel(4, 4);
        assertThat(k4).containsExactly(b.kernel(16)); // the matrix reading of a 16-value row is the same kernel
        for (Layout layout : Layout.values()) {
            WeightShape shape = WeightShape.transposedConv(2, 3, 4, 4, layout);
            double[] w = draw("bilinear", shape);
            for (int o = 0; o < shape.out(); o++) {
                for (int i = 0; i < shape.in(); i++) {
                    for (int p = 0; p < 16; p++) {
                        assertThat(w[shape.index(o, i, p / 4, p % 4)]).isEqualTo(k4[p]);
                    }
                }
            }
        }
        // a 3 × 5 kernel: each axis its own profile, 3 → (0.5, 1, 0.5), 5 → f = 3, c = 2/3
        double[] k35 = b.kernel(3, 5);
        assertThat(k35[0 * 5 + 2]).isCloseTo(0.5 * (1 - Math.abs(2 / 3.0 - 2 / 3.0)), within(1e-15));
        assertThat(k35[1 * 5 + 0]).isCloseTo(1 - 2 / 3.0, within(1e-15));
    }

    @Test
    void deltaOrthogonalIsAnOrthogonalCentreAndKeepsTheNormOfItsConvolution() throws Exception {
        NumpyOracle.requireTorch();
        int[][] shapes = {{8, 8, 3, 3}, {6, 6, 5, 5}, {16, 8, 3, 3}, {4, 4, 3, 5}};
        List<Map<String, Object>> cases = new ArrayList<>();
        for (int[] s : shapes) {
            for (Layout layout : Layout.values()) {
                WeightShape shape = WeightShape.conv(s[1], s[0], s[2], s[3], layout);
                double[] w = draw("delta_orthogonal", shape);
                double[] t = shape.outInOrder(w);
                int out = s[0];
                int in = s[1];
                int k = s[2] * s[3];
                int centre = (s[2] / 2) * s[3] + s[3] / 2;
                for (int o = 0; o < out; o++) {
                    for (int i = 0; i < in; i++) {
                        for (int p = 0; p < k; p++) {
                            if (p != centre) {
                                assertThat(t[(o * in + i) * k + p]).as("off-centre weight of %s", shape).isZero();
                            }
                        }
                    }
                }
                for (int a = 0; a < in; a++) { // HᵀH = I
                    for (int b = 0; b < in; b++) {
                        double dot = 0;
                        for (int o = 0; o < out; o++) {
                            dot += t[(o * in + a) * k + centre] * t[(o * in + b) * k + centre];
                        }
                        assertThat(dot).as("column %d · column %d of %s", a, b, shape).isCloseTo(a == b ? 1 : 0, within(1e-12));
                    }
                }
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("dims", s);
                c.put("w", t);
                cases.add(c);
            }
        }
        JsonNode r = NumpyOracle.run("""
                import json, sys, torch
                import torch.nn.functional as F
                out = []
                torch.manual_seed(1)
                for c in json.loads(sys.argv[1]):
                    o, i, kh, kw = c['dims']
                    w = torch.tensor(c['w'], dtype=torch.float64).reshape(o, i, kh, kw)
                    x = torch.randn(3, i, 9, 11, dtype=torch.float64)
                    y = F.conv2d(x, w, padding=(kh // 2, kw // 2))
                    out.append([abs(y[n].norm().item() / x[n].norm().item() - 1) for n in range(3)])
                print(json.dumps(out))
                """, ResultsJson.mapper().writeValueAsString(cases));
        for (int n = 0; n < cases.size(); n++) {
            for (JsonNode err : r.get(n)) {
                assertThat(err.asDouble()).as("‖conv(x)‖ / ‖x‖ − 1 for %s", java.util.Arrays.toString(shapes[n / 2]))
                        .isLessThan(1e-12);
            }
        }
    }

    @Test
    void deltaOrthogonalNeedsAtLeastAsManyOutputsAsInputs() {
        assertThatThrownBy(() -> draw("delta_orthogonal", WeightShape.conv(8, 4, 3, 3, Layout.OUT_IN)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'delta_orthogonal'")
                .hasMessageContaining("8 in and 4 out");
        WeightShape s = WeightShape.conv(4, 4, 3, 3, Layout.OUT_IN);
        Initializer d = InitializerCatalog.parse("t", "delta_orthogonal(gain=2)");
        double[] w = d.sample(s, new NumpyRandom(0));
        double ss = 0;
        for (double v : w) {
            ss += v * v;
        }
        assertThat(ss).isCloseTo(4 * 4.0, within(1e-12)); // gain² · in
        assertThat(d.std(s)).isCloseTo(2 * Math.sqrt(4.0 / 144), within(1e-15));
    }
}
