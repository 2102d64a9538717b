package org.initlab.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.data.DatasetContext;
import org.initlab.data.DatasetListener;
import org.initlab.experiment.ExperimentRunner;
import org.initlab.experiment.ProgressListener;
import org.initlab.nn.Kernels;
import org.initlab.results.Generator;
import org.initlab.results.ReportResults;
import org.initlab.results.ResultsJson;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the statistical compare mode flags a figure only when the current median leaves the
 * baseline's interval. Replacing one seed of ten changes every run of that seed — exact mode reports
 * it — but cannot move a median of ten out of the interquartile range (it moves by at most one order
 * statistic), nor here out of the bootstrap interval of an accuracy.
 */
class StatisticalCompareTest {
    private static final ExperimentDefinition ACTIVATIONS = ExperimentDefinition.of("a")
            .with("dataset", "gaussian(rows=60, cols=8, seed=2)").with("layers", "8,8,8").with("activation", "tanh,relu")
            .withInitializers("xavier_normal", "kaiming_normal(nonlinearity=relu)");
    private static final ExperimentDefinition TRAINING = ExperimentDefinition.of("t").with("type", "training")
            .with("dataset", "circles(samples=40, noise=0.1, seed=4)").with("testDataset", "circles(samples=40, noise=0.1, seed=5)")
            .with("layers", "5,1").with("activation", "relu").with("iterations", "80").with("recordEvery", "20")
            .withInitializers("kaiming_normal(nonlinearity=relu)");

    @Test
    void replacingOneSeedOfTenMovesEveryRunButNoMedianOutOfItsInterval() {
        JsonNode baseline = report("0..9");
        JsonNode current = report("0,1,2,3,4,5,6,7,8,11");
        Comparison exact = compare(baseline, current, CompareMode.EXACT);
        assertThat(exact.changes()).isNotEmpty().anyMatch(c -> c.metric().equals("run.present") && c.seed() == 11L);
        Comparison statistical = compare(baseline, current, CompareMode.STATISTICAL);
        assertThat(statistical.changes()).as("statistical changes: %s", statistical.changes()).isEmpty();
        assertThat(statistical.mode()).isEqualTo(CompareMode.STATISTICAL);
        JsonNode written = Reports.tree(CompareJson.write(statistical));
        assertThat(written.get("mode").asText()).isEqualTo("statistical");
        assertThat(org.initlab.testing.Schemas.COMPARE.problems(written)).isEmpty();
    }

    @Test
    void aMedianOutsideTheBaselinesIntervalIsAChangeNamingThatInterval() {
        JsonNode baseline = report("0..9");
        ObjectNode current = (ObjectNode) report("0..9");
        ObjectNode std = (ObjectNode) current.at("/experiments/0/summaries/1/layers/2/post/std");
        double q3 = baseline.at("/experiments/0/summaries/1/layers/2/post/std/q3").doubleValue();
        std.put("median", q3 * 1.01);
        ObjectNode accuracy = (ObjectNode) current.at("/experiments/1/summaries/0/testAccuracy");
        double low = baseline.at("/experiments/1/summaries/0/testAccuracy/interval/low").doubleValue();
        accuracy.put("median", low - 0.01);
        List<Change> changes = compare(baseline, current, CompareMode.STATISTICAL).changes();
        assertThat(changes).extracting(Change::metric).containsExactly("post.std", "training.testAccuracy");
        Change moved = changes.get(0);
        assertThat(moved.layer()).isEqualTo(3);
        assertThat(moved.seed()).as("a summary is over every seed").isNull();
        assertThat(moved.initializer() + " + " + moved.activation()).isEqualTo("xavier_normal + relu");
        assertThat(moved.current().doubleValue()).isEqualTo(q3 * 1.01);
        assertThat(moved.baselineInterval().get("high").doubleValue()).isEqualTo(q3);
        assertThat(moved.describe()).contains("median outside the baseline's [");
        assertThat(changes.get(1).baselineInterval().get("low").doubleValue()).isEqualTo(low);
        JsonNode written = Reports.tree(CompareJson.write(compare(baseline, current, CompareMode.STATISTICAL)));
        assertThat(org.initlab.testing.Schemas.COMPARE.problems(written)).isEmpty();
        // the exact mode compares runs, which did not change
        assertThat(compare(baseline, current, CompareMode.EXACT).changes()).isEmpty();
    }

    @Test
    void oneSeedExperimentsAreComparedExactlyInEitherMode() {
        ObjectNode current = (ObjectNode) Reports.tree(ResultsJson.write(results("3")));
        ObjectNode post = (ObjectNode) current.at("/experiments/0/runs/0/layers/0/post");
        post.put("std", post.get("std").doubleValue() * 1.5);
        assertThat(compare(Reports.tree(ResultsJson.write(results("3"))), current, CompareMode.STATISTICAL).changes())
                .extracting(Change::metric).contains("post.std");
    }

    @Test
    void anUnknownModeIsNamed() {
        assertThat(CompareMode.parse("compareMode (property initlab.compareMode)", " statistical ")).isEqualTo(CompareMode.STATISTICAL);
        assertThatThrownBy(() -> CompareMode.parse("compareMode (property initlab.compareMode)", "median"))
                .hasMessage("compareMode (property initlab.compareMode): expected one of exact, statistical, got 'median'");
    }

    private static Comparison compare(JsonNode baseline, JsonNode current, CompareMode mode) {
        return ResultsDiff.compare(Reports.snapshot(baseline), Reports.snapshot(current), Thresholds.DEFAULTS, mode);
    }

    private static JsonNode report(String seeds) {
        return Reports.tree(ResultsJson.write(results(seeds)));
    }

    private static ReportResults results(String seeds) {
        ExperimentRunner runner = new ExperimentRunner(Kernels.named("java"), new DatasetContext(Path.of("none"), true,
                Path.of("."), DatasetListener.SILENT), ProgressListener.SILENT, null, 2);
        String key = seeds.contains(",") || seeds.contains("..") ? "seeds" : "seed";
        return new ReportResults(ReportResults.SCHEMA, new Generator("initlab", "test"), "2026-01-01T00:00:00Z", null,
                List.of(runner.run(ExperimentSpec.of("e", ACTIVATIONS.with(key, seeds))),
                        runner.run(ExperimentSpec.of("e", TRAINING.with(key, seeds)))));
    }
}
