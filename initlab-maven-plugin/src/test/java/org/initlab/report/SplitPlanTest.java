package org.initlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.data.Dataset;
import org.initlab.data.DatasetCatalog;
import org.initlab.data.Split;
import org.initlab.experiment.ExperimentRunner;
import org.initlab.experiment.ProgressListener;
import org.initlab.nn.Kernels;
import org.initlab.results.ExperimentResult;
import org.initlab.results.RunResult;
import org.initlab.settings.ConfigException;
import org.initlab.site.SiteSources;
import org.initlab.testing.SharedDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15: {@code <testDataset>split(fraction, seed)</testDataset>} holds out part of the training set. */
class SplitPlanTest {
    private static final String CIRCLES = "circles(samples=60, noise=0.1, seed=3)";

    @TempDir
    Path dir;

    private static ExperimentDefinition training(String id, String dataset, String test) {
        return ExperimentDefinition.of(id).with("type", "training").with("dataset", dataset).with("testDataset", test)
                .with("layers", "4,1").with("activation", "relu").with("iterations", "40")
                .withInitializers("kaiming_normal(nonlinearity=relu)");
    }

    private ReportRequest request(ExperimentDefinition... experiments) {
        return new ReportRequest("none", List.of(experiments), dir.resolve("out"), new SiteSources(null, null, dir), false,
                "auto", null, SharedDatasets.none(dir), false, null, 2);
    }

    @Test
    void thePlanKnowsTheSplitsSizes() {
        Plan plan = ReportBuilder.plan(request(training("held-out", CIRCLES, "split(fraction=0.25, seed=7)")));
        assertThat(plan.splits()).containsEntry("held-out", new Split.Sizes(15, 45));
        assertThat(plan.describe()).contains("    test set split(fraction=0.25, seed=7): 15 rows held out, 45 trained on");
    }

    @Test
    void everyBadSplitIsReportedInOneFailureNamingTheTestDataset() {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> ReportBuilder.plan(request(
                training("zero", CIRCLES, "split(fraction=0)"),
                training("tiny", "circles(samples=4, noise=0, seed=0)", "split(fraction=0.1)"),
                training("unlabelled", "gaussian(rows=20, cols=2, seed=0)", "split(fraction=0.2)"),
                training("typo", CIRCLES, "split(fraction=0.2, sed=1)"))));
        assertThat(thrown).isInstanceOf(ConfigException.class);
        assertThat(thrown.getMessage()).contains(
                "experiment 'zero' <testDataset>: 'split' key 'fraction' must be a number strictly between 0 and 1, got '0'",
                "experiment 'tiny' <testDataset>: split(fraction=0.1) of the 4 rows of 'circles(samples=4, noise=0, seed=0)'"
                        + " leaves 0 test and 4 training rows; expected at least one row on each side",
                "experiment 'unlabelled' <dataset>: training needs targets, but 'gaussian(rows=20, cols=2, seed=0)' has none",
                "experiment 'typo' <testDataset>: 'split' has no key 'sed' (did you mean 'seed'?)");
    }

    /** Training on a split is training on its two halves written out as files: the same numbers, bit for bit. */
    @Test
    void aSplitTrainsExactlyAsItsTwoHalvesGivenAsFiles() throws Exception {
        Split split = new Split(0.25, 7);
        Split.Parts parts = split.apply("t", DatasetCatalog.load("t", CIRCLES));
        write(dir.resolve("train.csv"), parts.train());
        write(dir.resolve("test.csv"), parts.test());
        ExperimentRunner runner = new ExperimentRunner(Kernels.named("java"), SharedDatasets.none(dir), ProgressListener.SILENT, null, 1);

        ExperimentResult held = runner.run(ExperimentSpec.of("e", training("held", CIRCLES, "split(fraction=0.25, seed=7)")));
        ExperimentResult files = runner.run(ExperimentSpec.of("e", training("files", "csv(path=train.csv)", "csv(path=test.csv)")));

        RunResult a = held.runs().get(0);
        RunResult b = files.runs().get(0);
        assertThat(a.training().testAccuracy()).isNotNull();
        assertThat(a.training().testAccuracy()).isEqualTo(b.training().testAccuracy());
        assertThat(a.training().trainAccuracy()).isEqualTo(b.training().trainAccuracy());
        assertThat(a.training().costs()).isEqualTo(b.training().costs());
        assertThat(held.dataset()).isEqualTo(CIRCLES);
    }

    private static void write(Path file, Dataset data) throws Exception {
        StringBuilder csv = new StringBuilder("x0,x1,y\n");
        for (int r = 0; r < data.inputs().rows(); r++) {
            csv.append(data.inputs().get(r, 0)).append(',').append(data.inputs().get(r, 1)).append(',')
                    .append(data.targets()[r]).append('\n');
        }
        Files.writeString(file, csv);
    }
}
