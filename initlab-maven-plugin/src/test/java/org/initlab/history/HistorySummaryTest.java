package org.initlab.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.initlab.results.CostPoint;
import org.initlab.results.ExperimentResult;
import org.initlab.results.Generator;
import org.initlab.results.LayerResult;
import org.initlab.results.ReportResults;
import org.initlab.results.RunResult;
import org.initlab.results.Stats;
import org.initlab.results.TrainingSummary;
import org.junit.jupiter.api.Test;

/** The trend of a training experiment follows a figure every run has. */
class HistorySummaryTest {
    private static ReportResults training(Double testAccuracy) {
        RunResult run = new RunResult("zeros", "relu", 5, List.of(LayerResult.weightsOnly(1, 2, 4, Stats.of(new double[] {0, 1}, 2, null))),
                new TrainingSummary(List.of(new CostPoint(0, 0.69)), 0.625, testAccuracy, List.of(1), null));
        return new ReportResults(1, new Generator("initlab", "test"), "2026-12-01T00:00:00Z", null,
                List.of(new ExperimentResult("t", "training", "T", "circles", 0, List.of(run), List.of())));
    }

    @Test
    void withoutATestSetTheTrendIsTheTrainAccuracy() {
        HistoryEntry.ExperimentSummary noTest = History.summarise(training(null)).experiments().get("t");
        assertThat(noTest.metric()).isEqualTo("train accuracy");
        assertThat(noTest.headline()).containsEntry("zeros + relu", 0.625);

        HistoryEntry.ExperimentSummary withTest = History.summarise(training(0.5)).experiments().get("t");
        assertThat(withTest.metric()).isEqualTo("test accuracy");
        assertThat(withTest.headline()).containsEntry("zeros + relu", 0.5);
    }

    @Test
    void theTrendFollowsARunsNameAndItsFirstSeed() {
        TrainingSummary first = new TrainingSummary(List.of(new CostPoint(0, 0.69)), 0.75, 0.5, List.of(1), null);
        TrainingSummary second = new TrainingSummary(List.of(new CostPoint(0, 0.69)), 0.25, 0.125, List.of(1), null);
        List<LayerResult> layers = List.of(LayerResult.weightsOnly(1, 2, 4, Stats.of(new double[] {0, 1}, 2, null)));
        List<RunResult> runs = List.of(new RunResult("kaiming_normal(nonlinearity=relu)", "he", "relu", 3, 5, layers, first, null),
                new RunResult("kaiming_normal(nonlinearity=relu)", "he", "relu", 4, 5, layers, second, null));
        ReportResults results = new ReportResults(1, new Generator("initlab", "test"), "2026-12-01T00:00:00Z", null,
                List.of(new ExperimentResult("t", "training", "T", "circles", 3, runs, List.of())));
        assertThat(History.summarise(results).experiments().get("t").headline()).containsOnlyKeys("he + relu")
                .containsEntry("he + relu", 0.5);
    }
}
