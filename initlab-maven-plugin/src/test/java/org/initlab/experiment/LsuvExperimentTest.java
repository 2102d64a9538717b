package org.initlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.nn.Kernels;
import org.initlab.results.ExperimentResult;
import org.initlab.results.LayerResult;
import org.initlab.results.RunResult;
import org.junit.jupiter.api.Test;

/** LSUV fitted inside a forward pass: each layer to the batch it receives. */
class LsuvExperimentTest {

    private static ExperimentResult run(String type, String layout, String dtype, String... initializers) {
        ExperimentDefinition d = ExperimentDefinition.of("lsuv").with("type", type)
                .with("dataset", "gaussian(rows=400, cols=64, seed=3, std=2.5)")
                .with("layers", "64,48,48,32,16").with("activation", "tanh,relu").with("seed", "5")
                .with("layout", layout).with("dtype", dtype).withInitializers(initializers);
        return new ExperimentRunner(Kernels.named("java"), ProgressListener.SILENT).run(ExperimentSpec.of("lsuv", d));
    }

    private static RunResult find(ExperimentResult result, String label, String activation) {
        return result.runs().stream().filter(r -> r.initializer().equals(label) && r.activation().equals(activation))
                .findFirst().orElseThrow(() -> new AssertionError("no run " + label + " / " + activation));
    }

    @Test
    void everyLayersPreActivationVarianceIsOneWithinTolOnTheBatchItWasFittedTo() {
        for (String layout : List.of("in-out", "out-in")) {
            for (String dtype : List.of("float64", "float32")) {
                ExperimentResult result = run("activations", layout, dtype, "lsuv", "lsuv(tol=0.01)", "lsuv(base=xavier_normal)");
                assertThat(result.runs()).hasSize(6);
                for (RunResult r : result.runs()) {
                    double tol = r.initializer().contains("0.01") ? 0.01 : 0.1;
                    assertThat(r.layers()).hasSize(5);
                    for (LayerResult layer : r.layers()) {
                        assertThat(layer.pre().variance())
                                .as("%s %s %s %s layer %d", layout, dtype, r.initializer(), r.activation(), layer.index())
                                .isCloseTo(1, within(tol));
                        assertThat(layer.theory().preVariance()).as("no prediction for refined weights: absent, not NaN").isNull();
                        assertThat(layer.theory().weightVariance()).as("no formula variance").isNull();
                    }
                }
            }
        }
    }

    @Test
    void withoutLsuvTheSameNetworkDrifts() {
        RunResult orthogonal = find(run("activations", "in-out", "float64", "orthogonal"), "orthogonal", "relu");
        // ReLU halves the second moment each layer: with orthogonal weights (gain 1) the variance decays
        double first = orthogonal.layers().get(0).pre().variance();
        assertThat(first).isGreaterThan(3); // inputs have variance 6.25
        assertThat(orthogonal.layers().get(4).pre().variance()).isLessThan(0.25 * first);
    }

    @Test
    void maxIterZeroKeepsTheBasesWeights() {
        ExperimentResult result = run("activations", "out-in", "float64", "lsuv(maxIter=0)", "orthogonal",
                "lsuv(base=xavier_normal, maxIter=0)", "xavier_normal", "lsuv(base=xavier_normal)");
        for (String activation : List.of("tanh", "relu")) {
            RunResult frozen = find(result, "lsuv(maxIter=0)", activation);
            RunResult orthogonal = find(result, "orthogonal", activation);
            RunResult xavierFrozen = find(result, "lsuv(base=xavier_normal, maxIter=0)", activation);
            RunResult xavier = find(result, "xavier_normal", activation);
            RunResult xavierFitted = find(result, "lsuv(base=xavier_normal)", activation);
            for (int l = 0; l < 5; l++) {
                assertThat(frozen.layers().get(l).weights()).usingRecursiveComparison().isEqualTo(orthogonal.layers().get(l).weights());
                assertThat(frozen.layers().get(l).pre()).usingRecursiveComparison().isEqualTo(orthogonal.layers().get(l).pre());
                assertThat(xavierFrozen.layers().get(l).weights()).usingRecursiveComparison().isEqualTo(xavier.layers().get(l).weights());
            }
            // the first layer sees the same input, so fitting only rescales xavier's draw: the std changes, the shape does not
            LayerResult drawn = xavier.layers().get(0);
            LayerResult fitted = xavierFitted.layers().get(0);
            double scale = fitted.weights().std() / drawn.weights().std();
            assertThat(scale).isCloseTo(1 / Math.sqrt(drawn.pre().variance()), within(1e-9));
            assertThat(fitted.weights().max()).isCloseTo(drawn.weights().max() * scale, within(1e-12));
        }
    }

    @Test
    void gradientsExperimentsRunOnTheFittedWeights() {
        RunResult r = find(run("gradients", "in-out", "float64", "lsuv"), "lsuv", "tanh");
        assertThat(r.layers()).allSatisfy(l -> {
            assertThat(l.pre().variance()).isCloseTo(1, within(0.1));
            assertThat(l.gradient()).isNotNull();
        });
    }
}
