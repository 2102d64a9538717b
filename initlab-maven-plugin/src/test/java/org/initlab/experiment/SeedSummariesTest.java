package org.initlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.data.DatasetContext;
import org.initlab.data.DatasetListener;
import org.initlab.nn.Kernels;
import org.initlab.results.ExperimentResult;
import org.initlab.results.GroupSummary;
import org.initlab.results.ResultsJson;
import org.initlab.results.RunResult;
import org.initlab.results.SeedSummary;
import org.junit.jupiter.api.Test;

/** Issue 13: an experiment of several seeds summarises every figure per initializer × activation over its seeds. */
class SeedSummariesTest {
    private static final ExperimentDefinition ONE_SEED = ExperimentDefinition.of("g").with("type", "gradients")
            .with("dataset", "gaussian(rows=40, cols=6, seed=1)").with("layers", "6,5,4").with("activation", "tanh,relu")
            .withInitializers("kaiming_normal(nonlinearity=relu)", "xavier_uniform");
    private static final ExperimentDefinition GRADIENTS = ONE_SEED.with("seeds", "0..4");

    @Test
    void perLayerFiguresHoldEverySeedsValueInSeedOrder() {
        ExperimentResult result = run(GRADIENTS);
        List<GroupSummary> groups = result.summaries();
        assertThat(groups).extracting(g -> g.initializer() + " × " + g.activation()).containsExactly(
                "kaiming_normal(nonlinearity=relu) × tanh", "kaiming_normal(nonlinearity=relu) × relu",
                "xavier_uniform × tanh", "xavier_uniform × relu");
        GroupSummary xavierRelu = groups.get(3);
        assertThat(xavierRelu.seeds()).containsExactly(0L, 1L, 2L, 3L, 4L);
        List<RunResult> runs = result.runs().stream()
                .filter(r -> r.initializer().equals("xavier_uniform") && r.activation().equals("relu")).toList();
        for (int layer = 0; layer < 3; layer++) {
            int at = layer;
            GroupSummary.LayerSummary summary = xavierRelu.layers().get(layer);
            assertThat(summary.index()).isEqualTo(layer + 1);
            assertThat(summary.post().std().values()).containsExactlyElementsOf(
                    runs.stream().map(r -> r.layers().get(at).post().std()).toList());
            assertThat(summary.pre().mean().values()).containsExactlyElementsOf(
                    runs.stream().map(r -> r.layers().get(at).pre().mean()).toList());
            assertThat(summary.weights().std().values()).containsExactlyElementsOf(
                    runs.stream().map(r -> r.layers().get(at).weights().std()).toList());
            assertThat(summary.gradient().norm().values()).containsExactlyElementsOf(
                    runs.stream().map(r -> r.layers().get(at).gradient().norm()).toList());
            assertThat(summary.activationGradient().norm()).isNotNull();
            assertThat(summary.post().norm()).as("norms only for gradients").isNull();
            SeedSummary std = summary.post().std();
            assertThat(std.min()).isLessThanOrEqualTo(std.q1());
            assertThat(std.q1()).isLessThanOrEqualTo(std.median());
            assertThat(std.median()).isLessThanOrEqualTo(std.q3());
            assertThat(std.q3()).isLessThanOrEqualTo(std.max());
            assertThat(std.min()).as("five seeds differ").isLessThan(std.max());
            assertThat(std.interval()).as("intervals only for accuracies and final costs").isNull();
        }
    }

    @Test
    void trainingSummarisesCostsAndAccuraciesWithTheirIntervals() {
        ExperimentResult result = run(ExperimentDefinition.of("t").with("type", "training")
                .with("dataset", "circles(samples=40, noise=0.1, seed=4)").with("layers", "5,1").with("activation", "relu")
                .with("iterations", "60").with("recordEvery", "20").with("seeds", "0,4,9")
                .withInitializers("kaiming_normal(nonlinearity=relu)"));
        GroupSummary he = result.summaries().get(0);
        List<RunResult> runs = result.runs();
        assertThat(he.costs()).extracting(GroupSummary.CostSummary::iteration)
                .containsExactlyElementsOf(runs.get(0).training().costs().stream().map(c -> c.iteration()).toList());
        int last = runs.get(0).training().costs().size() - 1;
        assertThat(he.finalCost().values()).containsExactlyElementsOf(
                runs.stream().map(r -> r.training().costs().get(last).cost()).toList());
        assertThat(he.trainAccuracy().values()).containsExactlyElementsOf(
                runs.stream().map(r -> r.training().trainAccuracy()).toList());
        assertThat(he.trainAccuracy().interval()).isNotNull();
        assertThat(he.finalCost().interval().low()).isLessThanOrEqualTo(he.finalCost().median());
        assertThat(he.testAccuracy()).as("no test set").isNull();
        assertThat(he.layers()).allMatch(l -> l.pre() == null && l.weights() != null);
    }

    @Test
    void aSweepSummarisesEveryCell() {
        ExperimentResult result = run(ExperimentDefinition.of("s").with("type", "sweep")
                .with("dataset", "gaussian(rows=30, cols=5, seed=0)").with("activation", "tanh").with("depths", "1,3")
                .with("width", "5").with("statistic", "post.std@last").with("seeds", "2..4")
                .withInitializers("xavier_normal"));
        GroupSummary.CellSummary deep = result.summaries().get(0).sweep().get(1);
        assertThat(deep.depth()).isEqualTo(3);
        assertThat(deep.value().values()).containsExactlyElementsOf(
                result.runs().stream().map(r -> r.sweep().value(3, 5)).toList());
    }

    @Test
    void twoBuildsWriteTheSameBytesAndOneSeedWritesNoSummaries() {
        String first = ResultsJson.write(withoutTimes(run(GRADIENTS)));
        String second = ResultsJson.write(withoutTimes(run(GRADIENTS)));
        assertThat(first).contains("\"summaries\"").isEqualTo(second);
        ExperimentResult one = run(ONE_SEED.with("seed", "3"));
        assertThat(one.summaries()).isNull();
        assertThat(ResultsJson.write(one)).doesNotContain("summaries");
    }

    private static ExperimentResult withoutTimes(ExperimentResult r) {
        return new ExperimentResult(r.id(), r.type(), r.title(), r.dataset(), r.seed(), r.configuration(),
                r.runs().stream().map(x -> new RunResult(x.initializer(), x.activation(), x.seed(), 0, x.layers(),
                        x.training(), x.sweep())).toList(), r.claims());
    }

    private static ExperimentResult run(ExperimentDefinition d) {
        return new ExperimentRunner(Kernels.named("auto"), new DatasetContext(Path.of("none"), true, Path.of("."),
                DatasetListener.SILENT), ProgressListener.SILENT, null, 2).run(ExperimentSpec.of("e", d));
    }
}
