package org.initlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.nn.Kernels;
import org.initlab.results.ExperimentResult;
import org.initlab.results.LayerResult;
import org.initlab.results.RunResult;
import org.initlab.results.SweepResult;
import org.junit.jupiter.api.Test;

/**
 * A sweep cell is exactly what the activations (or gradients) experiment reports for the same
 * network: same seeds, same code, so the comparison is with {@code isEqualTo}, not a tolerance.
 */
class SweepExperimentTest {
    private static final int[] DEPTHS = {3, 1, 2};
    private final ExperimentRunner runner = new ExperimentRunner(Kernels.named("auto"), ProgressListener.SILENT);

    private static ExperimentDefinition common(String id, String type) {
        return ExperimentDefinition.of(id).with("type", type).with("dataset", "gaussian(rows=50, cols=6, seed=4)")
                .with("activation", "tanh,relu").with("seed", "7").with("bias", "normal(std=0.1)")
                .withInitializers("xavier_normal", "normal(std=2)");
    }

    private static ExperimentDefinition sweep(String statistic, String widthKey, String widths) {
        return common("grid", "sweep").with("depths", "3,1,2").with(widthKey, widths).with("statistic", statistic);
    }

    private ExperimentResult direct(String type, int depth, int width) {
        String layers = String.join(",", java.util.Collections.nCopies(depth, Integer.toString(width)));
        return runner.run(ExperimentSpec.of("test", common("direct", type).with("layers", layers)));
    }

    @Test
    void forwardStatisticsEqualTheActivationsExperimentAtEachDepth() {
        ExperimentResult post = runner.run(ExperimentSpec.of("test", sweep("post.std@last", "width", "5")));
        ExperimentResult pre = runner.run(ExperimentSpec.of("test", sweep("pre.std@last", "width", "5")));
        ExperimentResult zeros = runner.run(ExperimentSpec.of("test", sweep("post.zeroFraction@last", "width", "5")));
        ExperimentResult ratio = runner.run(ExperimentSpec.of("test", sweep("post.std.ratio", "width", "5")));
        assertThat(post.type()).isEqualTo("sweep");
        assertThat(post.runs()).extracting(RunResult::initializer, RunResult::activation).containsExactly(
                org.assertj.core.groups.Tuple.tuple("xavier_normal", "tanh"), org.assertj.core.groups.Tuple.tuple("xavier_normal", "relu"),
                org.assertj.core.groups.Tuple.tuple("normal(std=2)", "tanh"), org.assertj.core.groups.Tuple.tuple("normal(std=2)", "relu"));
        int compared = 0;
        for (int depth : DEPTHS) {
            ExperimentResult reference = direct("activations", depth, 5);
            for (int r = 0; r < reference.runs().size(); r++) {
                List<LayerResult> layers = reference.runs().get(r).layers();
                LayerResult last = layers.get(depth - 1);
                assertThat(post.runs().get(r).layers()).isEmpty();
                assertThat(post.runs().get(r).sweep().value(depth, 5)).isEqualTo(last.post().std());
                assertThat(pre.runs().get(r).sweep().value(depth, 5)).isEqualTo(last.pre().std());
                assertThat(zeros.runs().get(r).sweep().value(depth, 5)).isEqualTo(last.post().zeroFraction());
                assertThat(ratio.runs().get(r).sweep().value(depth, 5)).isEqualTo(last.post().std() / layers.get(0).post().std());
                compared += 4;
            }
        }
        assertThat(compared).isEqualTo(3 * 4 * 4);
    }

    @Test
    void gradientRatioEqualsTheGradientsExperimentAtEachDepth() {
        ExperimentResult ratio = runner.run(ExperimentSpec.of("test", sweep("gradientRatio", "width", "5")));
        for (int depth : DEPTHS) {
            ExperimentResult reference = direct("gradients", depth, 5);
            for (int r = 0; r < reference.runs().size(); r++) {
                List<LayerResult> layers = reference.runs().get(r).layers();
                double expected = norm(layers.get(0)) / norm(layers.get(depth - 1));
                assertThat(ratio.runs().get(r).sweep().value(depth, 5)).isEqualTo(expected);
            }
        }
        assertThat(ratio.runs().get(0).sweep().value(1, 5)).as("one layer is its own first and last").isEqualTo(1.0);
    }

    @Test
    void aWidthAxisRunsEveryWidthAtEveryDepth() {
        ExperimentResult grid = runner.run(ExperimentSpec.of("test", sweep("post.std@last", "widths", "3,7")));
        SweepResult first = grid.runs().get(0).sweep();
        assertThat(first.statistic()).isEqualTo("post.std@last");
        assertThat(first.depths()).containsExactly(3, 1, 2);
        assertThat(first.widths()).containsExactly(3, 7);
        assertThat(first.cells()).hasSize(6);
        for (int width : new int[] {3, 7}) {
            for (int depth : DEPTHS) {
                ExperimentResult reference = direct("activations", depth, width);
                for (int r = 0; r < reference.runs().size(); r++) {
                    assertThat(grid.runs().get(r).sweep().value(depth, width))
                            .isEqualTo(reference.runs().get(r).layers().get(depth - 1).post().std());
                }
            }
        }
    }

    @Test
    void aNetworkThatOverflowsRecordsInfinityOrNaNRatherThanTheStdOfWhatWasLeft() {
        ExperimentDefinition huge = ExperimentDefinition.of("huge").with("type", "sweep")
                .with("dataset", "gaussian(rows=20, cols=4, seed=0)").with("activation", "linear").with("depths", "1,200")
                .with("width", "4").with("statistic", "pre.std@last").withInitializers("normal(std=1e3)");
        SweepResult grid = runner.run(ExperimentSpec.of("test", huge)).runs().get(0).sweep();
        assertThat(grid.value(1, 4)).isFinite();
        assertThat(Double.isFinite(grid.value(200, 4))).isFalse();
    }

    private static double norm(LayerResult layer) {
        var g = layer.gradient();
        return Math.sqrt(g.count() * (g.std() * g.std() + g.mean() * g.mean()));
    }
}
