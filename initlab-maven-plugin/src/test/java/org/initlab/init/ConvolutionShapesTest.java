package org.initlab.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
 * Every scheme on a convolution's kernel, per its library: fans with the receptive field (torch's
 * own helpers, Keras's compute_fans, DL4J's stride-divided fan-out), weights drawn in the stored
 * row-major order as numpy draws an array of those dimensions, orthogonal flattened as each library
 * flattens, and the 2-d-only schemes refusing a kernel by name.
 */
class ConvolutionShapesTest {
    private static final Layout TORCH = Layout.OUT_IN;
    private static final Layout KERAS = Layout.IN_OUT;

    /** One draw to compare: initlab's spec on a shape, and the oracle's law with its arguments. */
    private record Case(String spec, WeightShape shape, Map<String, Object> law) {
    }

    private static Map<String, Object> law(String name, Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("law", name);
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (int[] s : new int[][] {{3, 16, 3, 3}, {16, 32, 5, 5}, {8, 4, 3, 1}, {2, 6, 1, 7}}) {
            WeightShape t = WeightShape.conv(s[0], s[1], s[2], s[3], TORCH);
            WeightShape k = WeightShape.conv(s[0], s[1], s[2], s[3], KERAS);
            cases.add(new Case("kaiming_normal", t, law("kaiming_normal", "mode", "fan_in", "nonlinearity", "leaky_relu", "a", 0)));
            cases.add(new Case("kaiming_normal(mode=fan_out, nonlinearity=relu)", t,
                    law("kaiming_normal", "mode", "fan_out", "nonlinearity", "relu", "a", 0)));
            cases.add(new Case("kaiming_uniform(a=0.2)", t, law("kaiming_uniform", "mode", "fan_in", "nonlinearity", "leaky_relu", "a", 0.2)));
            cases.add(new Case("torch:default", t, law("kaiming_uniform", "mode", "fan_in", "nonlinearity", "leaky_relu",
                    "a", Math.sqrt(5))));
            cases.add(new Case("xavier_normal", t, law("xavier_normal", "gain", 1)));
            cases.add(new Case("xavier_uniform(gain=2)", t, law("xavier_uniform", "gain", 2)));
            cases.add(new Case("glorot_uniform", k, law("keras", "scale", 1, "mode", "fan_avg", "distribution", "uniform")));
            cases.add(new Case("keras:default", k, law("keras", "scale", 1, "mode", "fan_avg", "distribution", "uniform")));
            cases.add(new Case("he_normal", k, law("keras", "scale", 2, "mode", "fan_in", "distribution", "truncated_normal")));
            cases.add(new Case("lecun_uniform", k, law("keras", "scale", 1, "mode", "fan_in", "distribution", "uniform")));
            cases.add(new Case("variance_scaling(scale=3, mode=fan_out, distribution=untruncated_normal)", k,
                    law("keras", "scale", 3, "mode", "fan_out", "distribution", "untruncated_normal")));
            cases.add(new Case("XAVIER", t.withStride(2, 2), law("dl4j", "scheme", "XAVIER", "stride", new int[] {2, 2})));
            cases.add(new Case("dl4j:default", t.withStride(1, 3), law("dl4j", "scheme", "XAVIER", "stride", new int[] {1, 3})));
            cases.add(new Case("RELU", t.withStride(2, 2), law("dl4j", "scheme", "RELU", "stride", new int[] {2, 2})));
            cases.add(new Case("orthogonal", t, law("torch_orthogonal", "gain", 1)));
            cases.add(new Case("orthogonal(gain=2)", t, law("torch_orthogonal", "gain", 2)));
            cases.add(new Case("keras:orthogonal", k, law("keras_orthogonal", "gain", 1)));
        }
        return cases;
    }

    @Test
    void everySchemeDrawsWhatItsLibraryWouldOnAKernel() throws Exception {
        NumpyOracle.requireTorch();
        List<Case> cases = cases();
        List<Map<String, Object>> sent = new ArrayList<>();
        long seed = 500;
        for (Case c : cases) {
            Map<String, Object> m = new LinkedHashMap<>(c.law());
            m.put("dims", c.shape().dims());
            m.put("seed", seed++);
            sent.add(m);
        }
        JsonNode expected = NumpyOracle.run(script("conv_reference.py"), ResultsJson.mapper().writeValueAsString(sent));
        for (int n = 0; n < cases.size(); n++) {
            Case c = cases.get(n);
            double[] w = InitializerCatalog.parse("t", c.spec()).sample(c.shape(), new NumpyRandom(500 + n));
            JsonNode e = expected.get(n);
            assertThat(w).as("%s on %s", c.spec(), c.shape()).hasSize(e.size());
            int exact = 0;
            for (int i = 0; i < w.length; i++) {
                double v = e.get(i).asDouble();
                assertThat(w[i]).as("%s on %s, value %d", c.spec(), c.shape(), i).isCloseTo(v, within(1e-12 * Math.max(1, Math.abs(v))));
                exact += w[i] == v ? 1 : 0;
            }
            if (!c.spec().contains("orthogonal")) { // LAPACK's QR and initlab's round differently
                assertThat(exact).as("%s on %s: bit for bit", c.spec(), c.shape()).isGreaterThanOrEqualTo((int) (0.99 * w.length));
            }
        }
    }

    /** Torch's own functions (its generator, not numpy's) give the std and bound initlab predicts for the shape. */
    @Test
    void torchsOwnInitializersHaveTheSpreadInitlabPredicts() throws Exception {
        NumpyOracle.requireTorch();
        JsonNode t = NumpyOracle.run("""
                import json, torch
                from torch import nn
                torch.manual_seed(0)
                w = torch.empty(64, 32, 5, 5, dtype=torch.float64)
                out = {}
                nn.init.kaiming_normal_(w, nonlinearity='relu'); out['kaiming_normal'] = w.std(unbiased=False).item()
                nn.init.xavier_uniform_(w); out['xavier_uniform'] = w.abs().max().item()
                nn.init.orthogonal_(w); f = w.reshape(64, -1); out['orthogonal'] = (f @ f.T - torch.eye(64, dtype=torch.float64)).abs().max().item()
                conv = nn.Conv2d(32, 64, 5).double()
                out['conv_w_max'] = conv.weight.abs().max().item(); out['conv_w_std'] = conv.weight.std(unbiased=False).item()
                out['conv_b_max'] = conv.bias.abs().max().item()
                lin = nn.Linear(300, 200).double()
                out['lin_w_max'] = lin.weight.abs().max().item(); out['lin_b_max'] = lin.bias.abs().max().item()
                up = nn.ConvTranspose2d(32, 16, 4).double()
                out['up_fans'] = list(nn.init._calculate_fan_in_and_fan_out(up.weight)); out['up_dims'] = list(up.weight.shape)
                out['up_b_max'] = up.bias.abs().max().item()
                print(json.dumps(out))
                """);
        WeightShape conv = WeightShape.conv(32, 64, 5, 5, TORCH);
        assertThat(t.get("kaiming_normal").asDouble() / InitializerCatalog.parse("t", "kaiming_normal(nonlinearity=relu)")
                .std(conv)).isBetween(0.99, 1.01);
        double xavierBound = InitializerCatalog.parse("t", "xavier_uniform").bound(conv).orElseThrow();
        assertThat(t.get("xavier_uniform").asDouble() / xavierBound).isBetween(0.999, 1.0);
        assertThat(t.get("orthogonal").asDouble()).isLessThan(1e-12);
        Initializer byDefault = InitializerCatalog.parse("t", "torch:default");
        double bound = byDefault.bound(conv).orElseThrow();
        assertThat(bound).isCloseTo(1 / Math.sqrt(32 * 25), within(1e-15));
        assertThat(t.get("conv_w_max").asDouble() / bound).isBetween(0.999, 1.0);
        assertThat(t.get("conv_w_std").asDouble() / byDefault.std(conv)).isBetween(0.99, 1.01);
        BiasRule.TorchUniform bias = (BiasRule.TorchUniform) byDefault.defaultBias().orElseThrow();
        assertThat(t.get("conv_b_max").asDouble() / bias.bound(conv)).isBetween(0.9, 1.0);
        WeightShape linear = WeightShape.of(300, 200, TORCH);
        assertThat(t.get("lin_w_max").asDouble() / byDefault.bound(linear).orElseThrow()).isBetween(0.999, 1.0);
        assertThat(t.get("lin_b_max").asDouble() / bias.bound(linear)).isBetween(0.95, 1.0);
        // ConvTranspose2d(32 → 16): weight (32, 16, 4, 4), torch's fan_in is dim 1 · receptive field
        WeightShape up = WeightShape.transposedConv(32, 16, 4, 4, TORCH);
        assertThat(up.dims()).containsExactly(t.get("up_dims").get(0).asInt(), t.get("up_dims").get(1).asInt(), 4, 4);
        assertThat(up.fanIn()).isEqualTo(t.get("up_fans").get(0).asInt()).isEqualTo(16 * 16);
        assertThat(up.fanOut()).isEqualTo(t.get("up_fans").get(1).asInt()).isEqualTo(32 * 16);
        assertThat(t.get("up_b_max").asDouble()).isLessThanOrEqualTo(bias.bound(up));
    }

    @Test
    void kerasFansCountTheReceptiveFieldAndDl4jDividesFanOutByTheStride() {
        WeightShape keras = WeightShape.conv(16, 32, 3, 3, KERAS);
        // (kh, kw, in, out) = (3, 3, 16, 32): fan_in 144, fan_out 288
        assertThat(InitializerCatalog.parse("t", "he_uniform").bound(keras).orElseThrow()).isCloseTo(Math.sqrt(6.0 / 144), within(1e-15));
        assertThat(InitializerCatalog.parse("t", "glorot_uniform").bound(keras).orElseThrow())
                .isCloseTo(Math.sqrt(6.0 / (144 + 288)), within(1e-15));
        WeightShape dl4j = WeightShape.conv(16, 32, 3, 3, TORCH).withStride(2, 2);
        assertThat(InitializerCatalog.parse("t", "XAVIER").std(dl4j)).isCloseTo(Math.sqrt(2.0 / (144 + 72)), within(1e-15));
        assertThat(InitializerCatalog.parse("t", "VAR_SCALING_UNIFORM_FAN_OUT").bound(dl4j).orElseThrow())
                .isCloseTo(3 / Math.sqrt(72), within(1e-15));
        assertThat(InitializerCatalog.parse("t", "VAR_SCALING_NORMAL_FAN_OUT").std(dl4j))
                .isCloseTo(0.87962566103423978 / Math.sqrt(72), within(1e-12));
        // torch and Keras ignore the stride
        assertThat(InitializerCatalog.parse("t", "xavier_normal").std(dl4j)).isCloseTo(Math.sqrt(2.0 / (144 + 288)), within(1e-15));
        assertThat(InitializerCatalog.parse("t", "XAVIER").std(WeightShape.of(144, 72, TORCH)))
                .isEqualTo(InitializerCatalog.parse("t", "XAVIER").std(dl4j));
    }

    @Test
    void orthogonalKernelsAreOrthogonalAsEachLibraryFlattensThem() {
        // torch: (out, in·kh·kw) has orthonormal rows when out < in·kh·kw
        WeightShape t = WeightShape.conv(8, 12, 3, 3, TORCH);
        double[] w = InitializerCatalog.parse("t", "orthogonal").sample(t, new NumpyRandom(3));
        assertOrthonormalRows(w, 12, 72);
        // Keras: (kh·kw·in, out) = (72, 12) has orthonormal columns
        WeightShape k = WeightShape.conv(8, 12, 3, 3, KERAS);
        double[] wk = InitializerCatalog.parse("t", "keras:orthogonal").sample(k, new NumpyRandom(3));
        assertOrthonormalRows(OrthogonalInitializer.transpose(wk, 72, 12), 12, 72);
        assertThat(InitializerCatalog.parse("t", "orthogonal").std(t)).isCloseTo(1 / Math.sqrt(72), within(1e-15));
        // every value was drawn: none of the kernel is left at zero
        assertThat(w).doesNotContain(0.0);
    }

    private static void assertOrthonormalRows(double[] w, int rows, int cols) {
        for (int a = 0; a < rows; a++) {
            for (int b = 0; b < rows; b++) {
                double dot = 0;
                for (int j = 0; j < cols; j++) {
                    dot += w[a * cols + j] * w[b * cols + j];
                }
                assertThat(dot).as("row %d · row %d", a, b).isCloseTo(a == b ? 1 : 0, within(1e-12));
            }
        }
    }

    @Test
    void twoDimensionalSchemesRefuseAKernelByName() {
        WeightShape conv = WeightShape.conv(4, 4, 3, 3, TORCH);
        for (String spec : new String[] {"eye", "identity", "sparse(sparsity=0.1)"}) {
            assertThatThrownBy(() -> InitializerCatalog.parse("t", spec).sample(conv, new NumpyRandom(0)))
                    .as(spec).isInstanceOf(ConfigException.class).hasMessageContaining("'" + spec + "'")
                    .hasMessageContaining("2-d matrices only").hasMessageContaining("(4, 4, 3, 3)");
        }
        // DL4J's IDENTITY is the centred identity on a square kernel with odd sizes, and says so otherwise
        double[] id = InitializerCatalog.parse("t", "IDENTITY").sample(conv, new NumpyRandom(0));
        for (int o = 0; o < 4; o++) {
            for (int i = 0; i < 4; i++) {
                assertThat(id[conv.index(o, i, 1, 1)]).isEqualTo(o == i ? 1.0 : 0.0);
            }
        }
        assertThat(java.util.Arrays.stream(id).sum()).isEqualTo(4.0);
        assertThatThrownBy(() -> InitializerCatalog.parse("t", "IDENTITY").sample(WeightShape.conv(4, 4, 2, 3, TORCH),
                new NumpyRandom(0))).hasMessageContaining("odd kernel sizes").hasMessageContaining("2 × 3");
        assertThatThrownBy(() -> InitializerCatalog.parse("t", "IDENTITY").sample(WeightShape.conv(4, 8, 3, 3, TORCH),
                new NumpyRandom(0))).hasMessageContaining("as many input as output channels");
    }

    static String script(String name) throws IOException {
        try (InputStream in = ConvolutionShapesTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
