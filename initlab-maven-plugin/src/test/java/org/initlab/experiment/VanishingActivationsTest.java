package org.initlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.nn.Kernels;
import org.initlab.results.ExperimentResult;
import org.initlab.results.LayerResult;
import org.junit.jupiter.api.Test;

/**
 * Vanishing activations are what initlab is for: a network whose signal decays below the smallest
 * normal double must still be measured layer by layer (reliability review F4: 227+ layers of 20
 * under N(0, 0.01²) died with "Index 2147483647 out of bounds").
 */
class VanishingActivationsTest {
    private final ExperimentRunner runner = new ExperimentRunner(Kernels.named("java"), ProgressListener.SILENT);

    @Test
    void twoHundredFortyLayersOfTwentyUnderATinyNormalAreMeasured() {
        String layers = String.join(",", Collections.nCopies(240, "20"));
        ExperimentResult result = runner.run(ExperimentSpec.of("test", ExperimentDefinition.of("deep")
                .with("dataset", "gaussian(rows=50, cols=20, seed=0)").with("layers", layers)
                .with("activation", "tanh").withInitializers("normal(std=0.01)")));

        var run = result.runs().get(0);
        assertThat(run.layers()).hasSize(240);
        LayerResult last = run.layers().get(239);
        assertThat(last.post().std()).as("the signal vanished").isLessThan(1e-300);
        long counted = java.util.Arrays.stream(last.post().histogram().counts()).sum();
        assertThat(counted).as("every value of the last layer is in its histogram").isEqualTo(50L * 20);
    }

    @Test
    void aSweepToDepthThreeHundredRuns() {
        ExperimentResult result = runner.run(ExperimentSpec.of("test", ExperimentDefinition.of("deep-sweep")
                .with("type", "sweep").with("dataset", "gaussian(rows=50, cols=20, seed=0)")
                .with("depths", "1,300").with("width", "20").with("statistic", "post.std@last")
                .with("activation", "tanh").withInitializers("normal(std=0.01)")));

        double deepest = result.runs().get(0).sweep().value(300, 20);
        assertThat(deepest).isGreaterThanOrEqualTo(0).isLessThan(1e-300);
    }

    @Test
    void activationsThatOverflowAreCountedAsInfinitiesAndNaN() {
        // ReLU with std=100 multiplies the second moment by 20·100²/2 = 10⁵ per layer: values pass 1e308 after
        // about 125 layers, then ∞ − ∞ = NaN in the products
        String layers = String.join(",", Collections.nCopies(200, "20"));
        ExperimentResult result = runner.run(ExperimentSpec.of("test", ExperimentDefinition.of("exploding")
                .with("dataset", "gaussian(rows=50, cols=20, seed=0)").with("layers", layers)
                .with("activation", "relu").withInitializers("normal(std=100)")));

        LayerResult last = result.runs().get(0).layers().get(199);
        var post = last.post();
        assertThat(post.nan() + post.infinite()).as("the signal overflowed").isPositive();
        assertThat(post.nan() + post.infinite() + post.zeros()).isLessThanOrEqualTo(post.count());
        long binned = java.util.Arrays.stream(post.histogram().counts()).sum();
        assertThat(binned).as("every finite value is binned").isEqualTo(post.count() - post.nan() - post.infinite());
        assertThat(java.util.Arrays.stream(post.histogram().edges()).allMatch(Double::isFinite)).isTrue();
        LayerResult first = result.runs().get(0).layers().get(0);
        assertThat(first.post().zeros()).as("ReLU zeroes about half of the first layer")
                .isBetween(first.post().count() / 3, 2 * first.post().count() / 3);
    }

    @Test
    void aZeroInitializedNetworkIsAllZeros() {
        ExperimentResult result = runner.run(ExperimentSpec.of("test", ExperimentDefinition.of("zeros")
                .with("dataset", "gaussian(rows=50, cols=20, seed=0)").with("layers", "20,20")
                .with("activation", "tanh").withInitializers("zeros")));
        var post = result.runs().get(0).layers().get(1).post();
        assertThat(post.zeros()).isEqualTo(post.count()).isEqualTo(1000);
        assertThat(post.std()).isZero();
    }
}
