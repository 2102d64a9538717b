package org.initlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.nn.Kernels;
import org.initlab.results.ExperimentResult;
import org.initlab.results.LayerResult;
import org.initlab.results.Stats;
import org.initlab.testing.NumpyOracle;
import org.junit.jupiter.api.Test;

/**
 * The backward pass recomputed by hand in numpy: L = 1/(2m)·Σ a_L², δ = ∂L/∂a ∘ f'(z),
 * ∂L/∂W = xᵀδ, ∂L/∂x = δ·Wᵀ. Both layouts, both activations with a nontrivial derivative.
 */
class GradientsAgainstNumpyTest {
    private static final String SCRIPT = """
            import json, math, numpy as np
            acts = {"tanh": (np.tanh, lambda z, a: 1 - a * a), "relu": (lambda z: np.maximum(z, 0), lambda z, a: (z > 0) * 1.0)}
            out = {}
            for layout in ["in-out", "out-in"]:
                for name, (f, df) in acts.items():
                    np.random.seed(0); x = np.random.randn(50, 20)
                    np.random.seed(4); ws = []; sizes = [20, 30, 10, 3]
                    for i in range(3):
                        std = math.sqrt(2.0 / (sizes[i] + sizes[i + 1]))
                        shape = (sizes[i], sizes[i + 1]) if layout == "in-out" else (sizes[i + 1], sizes[i])
                        w = np.random.normal(0, std, shape)
                        ws.append(w if layout == "in-out" else w.T)
                    xs, zs, As = [], [], []
                    a = x
                    for w in ws:
                        xs.append(a); z = a.dot(w); a = f(z); zs.append(z); As.append(a)
                    m = x.shape[0]; da = As[-1] / m; layers = [None] * 3
                    for l in range(2, -1, -1):
                        delta = da * df(zs[l], As[l])
                        dw = xs[l].T.dot(delta)
                        stored = dw if layout == "in-out" else dw.T
                        layers[l] = {"dw": [stored.mean(), stored.std(), stored.min(), stored.max(), float(np.sqrt((stored ** 2).sum()))],
                                     "da": [da.mean(), da.std()]}
                        da = delta.dot(ws[l].T)
                    out[layout + "/" + name] = layers
            print(json.dumps(out))
            """;

    /**
     * The random-projection loss L = 1/m·Σᵢ⟨a_L,i, u⟩: u = randn(k) drawn after every layer's weights
     * and biases, so every sample's output error is u/m, whatever the forward pass did.
     */
    private static final String PROJECTION = """
            import json, math, numpy as np
            acts = {"tanh": (np.tanh, lambda z, a: 1 - a * a), "relu": (lambda z: np.maximum(z, 0), lambda z, a: (z > 0) * 1.0)}
            out = {}
            for name, (f, df) in acts.items():
                np.random.seed(0); x = np.random.randn(40, 12)
                np.random.seed(7); ws = []; bs = []; sizes = [12, 16, 8, 5]
                for i in range(3):
                    ws.append(np.random.normal(0, math.sqrt(2.0 / sizes[i]), (sizes[i], sizes[i + 1])))
                    bs.append(np.random.normal(0, 0.1, sizes[i + 1]))
                u = np.random.randn(sizes[-1])
                xs, zs, As = [], [], []
                a = x
                for w, b in zip(ws, bs):
                    xs.append(a); z = a.dot(w) + b; a = f(z); zs.append(z); As.append(a)
                m = x.shape[0]; da = np.tile(u / m, (m, 1)); layers = [None] * 3
                for l in range(2, -1, -1):
                    delta = da * df(zs[l], As[l])
                    dw = xs[l].T.dot(delta)
                    layers[l] = {"dw": [dw.mean(), dw.std(), dw.min(), dw.max()], "da": [da.mean(), da.std(), da.min(), da.max()]}
                    da = delta.dot(ws[l].T)
                out[name] = layers
            print(json.dumps(out))
            """;

    @Test
    void theRandomProjectionLossMatchesNumpyWithItsVectorDrawnAfterTheWeights() throws Exception {
        NumpyOracle.requireNumpy();
        JsonNode numpy = NumpyOracle.run(PROJECTION);
        ExperimentDefinition d = ExperimentDefinition.of("g").with("type", "gradients").with("loss", "random-projection")
                .with("dataset", "gaussian(rows=40, cols=12, seed=0)").with("layers", "16,8,5").with("bias", "normal(std=0.1)")
                .with("activation", "tanh,relu").with("seed", "7").withInitializers("kaiming_normal(nonlinearity=relu)");
        ExperimentResult result = new ExperimentRunner(Kernels.named("java"), ProgressListener.SILENT).run(ExperimentSpec.of("g", d));
        for (var run : result.runs()) {
            for (LayerResult layer : run.layers()) {
                JsonNode e = numpy.get(run.activation()).get(layer.index() - 1);
                String where = run.activation() + " layer " + layer.index();
                Stats g = layer.gradient();
                double scale = e.get("dw").get(1).asDouble();
                assertThat(new double[] {g.mean(), g.std(), g.min(), g.max()}).as(where + " dW mean, std, min, max")
                        .containsExactly(doubles(e.get("dw")), within(1e-12 * scale));
                Stats da = layer.activationGradient();
                double daScale = Math.abs(e.get("da").get(3).asDouble());
                assertThat(new double[] {da.mean(), da.std(), da.min(), da.max()}).as(where + " dA mean, std, min, max")
                        .containsExactly(doubles(e.get("da")), within(1e-12 * daScale));
            }
        }
    }

    @Test
    void anUnknownGradientLossNamesTheSettingAndTheChoices() {
        ExperimentDefinition d = ExperimentDefinition.of("g").with("type", "gradients").with("loss", "random-projetion")
                .with("dataset", "gaussian(rows=4, cols=3, seed=0)").with("layers", "3").with("activation", "relu")
                .withInitializers("xavier_normal");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExperimentSpec.of("experiments[1]", d))
                .hasMessage("experiment 'g' <loss>: unknown loss 'random-projetion' for a gradients experiment"
                        + " (did you mean 'random-projection'?); valid: half-squared-error, random-projection");
    }

    private static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asDouble();
        }
        return values;
    }

    @Test
    void gradientsMatchAHandWrittenNumpyBackwardPass() throws Exception {
        NumpyOracle.requireNumpy();
        JsonNode numpy = NumpyOracle.run(SCRIPT);
        for (String layout : new String[] {"in-out", "out-in"}) {
            ExperimentDefinition d = ExperimentDefinition.of("g").with("type", "gradients")
                    .with("dataset", "gaussian(rows=50, cols=20, seed=0)").with("layers", "30,10,3")
                    .with("activation", "tanh,relu").with("seed", "4").with("layout", layout).withInitializers("xavier_normal");
            ExperimentResult result = new ExperimentRunner(Kernels.named("java"), ProgressListener.SILENT).run(ExperimentSpec.of("g", d));
            for (var run : result.runs()) {
                JsonNode expected = numpy.get(layout + "/" + run.activation());
                for (LayerResult layer : run.layers()) {
                    JsonNode e = expected.get(layer.index() - 1);
                    String where = layout + " " + run.activation() + " layer " + layer.index();
                    Stats g = layer.gradient();
                    double scale = e.get("dw").get(1).asDouble();
                    assertThat(g.mean()).as(where + " dW mean").isCloseTo(e.get("dw").get(0).asDouble(), within(1e-12 * scale));
                    assertThat(g.std()).as(where + " dW std").isCloseTo(scale, within(1e-12 * scale));
                    assertThat(g.min()).as(where + " dW min").isCloseTo(e.get("dw").get(2).asDouble(), within(1e-12 * scale));
                    assertThat(g.max()).as(where + " dW max").isCloseTo(e.get("dw").get(3).asDouble(), within(1e-12 * scale));
                    assertThat(Math.sqrt(g.count() * (g.std() * g.std() + g.mean() * g.mean())))
                            .as(where + " ‖dW‖").isCloseTo(e.get("dw").get(4).asDouble(), within(1e-10 * scale));
                    double daScale = e.get("da").get(1).asDouble();
                    assertThat(layer.activationGradient().std()).as(where + " dA std").isCloseTo(daScale, within(1e-12 * daScale));
                }
            }
        }
    }
}
