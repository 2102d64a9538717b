package org.initlab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.initlab.settings.ConfigErrors;
import org.initlab.settings.ConfigException;
import org.initlab.config.ExperimentDefinition;
import org.initlab.site.SiteSources;
import org.initlab.testing.SharedDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan: every configuration error found before anything runs, all of them in one failure,
 * each naming its setting. Each case here used to be found only when its experiment started (or
 * never: a claim on a missing test set read as refuted, a one-unit softmax trained with cost 0).
 */
class PlanTest {
    @TempDir
    Path dir;

    private static ExperimentDefinition tiny(String id) {
        return ExperimentDefinition.of(id).with("dataset", "gaussian(rows=10, cols=4, seed=0)")
                .with("layers", "4,4").with("activation", "tanh").withInitializers("xavier_normal");
    }

    private static ExperimentDefinition training(String id) {
        return ExperimentDefinition.of(id).with("type", "training").with("dataset", "circles(samples=20, noise=0, seed=0)")
                .with("layers", "3,1").with("activation", "relu").with("iterations", "5").withInitializers("xavier_normal");
    }

    private ReportRequest request(ExperimentDefinition... experiments) {
        return new ReportRequest("none", List.of(experiments), dir.resolve("out"), new SiteSources(null, null, dir), false,
                "auto", null, SharedDatasets.none(dir), false, null, 2);
    }

    private String problems(ExperimentDefinition... experiments) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> ReportBuilder.configure(request(experiments)));
        assertThat(thrown).as("the plan rejects it").isInstanceOf(ConfigException.class);
        return thrown.getMessage();
    }

    @Test
    void thePlanCountsEverySeedsRunsAndListsTheSeeds() {
        Plan plan = ReportBuilder.plan(request(tiny("few").with("seeds", "0,3,7"), tiny("many").with("seeds", "0..99")));
        assertThat(plan.runCount()).isEqualTo(3 + 100);
        assertThat(plan.describe()).contains(
                "[1/2] few (activations) on gaussian(rows=10, cols=4, seed=0): layers 4,4; 3 run(s) over 3 seeds",
                "    xavier_normal / tanh × seeds 0, 3, 7",
                "    xavier_normal / tanh × seeds 0, 1, 2, …, 99 (100 seeds)");
        assertThat(ReportBuilder.plan(request(tiny("one"))).describe()).contains("    xavier_normal / tanh");
    }

    @Test
    void threeDifferentErrorsInTwoExperimentsAreReportedInOneFailure() {
        ExperimentDefinition first = tiny("first").with("bins", "0").withInitializers("xavier_nromal");
        ExperimentDefinition second = tiny("second").with("dataset", "gaussain(rows=50, cols=8, seed=0)");

        assertThatThrownBy(() -> ReportBuilder.configure(request(first, second)))
                .isInstanceOfSatisfying(ConfigErrors.class, e -> assertThat(e.problems()).hasSize(3))
                .hasMessageStartingWith("3 problems:")
                .hasMessageContaining("experiment 'first' <bins>: expected a positive integer up to 10000, got 0")
                .hasMessageContaining("experiment 'first' <initializers>[1]: unknown initializer 'xavier_nromal'")
                .hasMessageContaining("experiment 'second' <dataset>: unknown data set 'gaussain' (did you mean 'gaussian'?)");
    }

    @Test
    void aDataSetTypoBehindALongExperimentFailsBeforeItRuns() {
        // The review's case: a long training first, then gausian(…): the typo cost the whole run.
        ExperimentDefinition longRun = training("long").with("iterations", "60000");
        assertThat(problems(longRun, tiny("typo").with("dataset", "gaussian(colz=8, rows=50, seed=0)")))
                .contains("experiment 'typo' <dataset>").contains("colz");
    }

    @Test
    void everyMissingDataFileIsNamedAtOnce() {
        assertThat(problems(tiny("a").with("dataset", "csv(path=data/a.csv)"), tiny("b").with("dataset", "csv(path=data/b.csv)")))
                .contains("a.csv does not exist").contains("b.csv does not exist");
    }

    @Test
    void everyMissingExplanationIsFoundBeforeAnythingRuns() {
        assertThat(problems(tiny("x").with("explanation", "docs/missing.md"), tiny("y").with("explanation", "docs/gone.md")))
                .startsWith("2 problems:").contains("experiment 'x' <explanation>").contains("missing.md")
                .contains("experiment 'y' <explanation>").contains("gone.md");
    }

    @Test
    void idsThatWouldBreakFilesOrTheSitesOwnPagesAreRejected() {
        assertThat(problems(tiny("history"))).contains("experiments[1].id: 'history' is reserved");
        assertThat(problems(tiny("catalogue"))).contains("experiments[1].id: 'catalogue' is reserved");
        assertThat(problems(tiny("a".repeat(252)))).contains("experiments[1].id: expected at most 100 characters");
        assertThatCode(() -> ReportBuilder.configure(request(tiny("a".repeat(100))))).doesNotThrowAnyException();
    }

    @Test
    void aTrainingWithoutIterationsOrWithoutTargetsIsRejected() {
        assertThat(problems(training("t").with("iterations", "0"))).contains("experiment 't' <iterations>: expected a positive integer, got 0");
        assertThat(problems(training("t").with("dataset", "gaussian(rows=10, cols=2, seed=0)")))
                .contains("experiment 't' <dataset>: training needs targets");
    }

    @Test
    void aCsvWithTargetNoneCannotBeTrainedOn() throws Exception {
        Files.writeString(dir.resolve("x.csv"), "a,b\n1,2\n3,4\n");
        assertThat(problems(training("t").with("dataset", "csv(path=x.csv, target=none)")))
                .contains("experiment 't' <dataset>: training needs targets");
    }

    @Test
    void aTestSetOfAnotherWidthIsRejected() {
        assertThat(problems(training("t").with("testDataset", "mnist(split=test, limit=10)")))
                .contains("experiment 't' <testDataset>: 'mnist(split=test, limit=10)' has 784 input columns, but the training set")
                .contains("has 2");
    }

    @Test
    void theInputLayerIsCheckedAgainstTheLimitsWithTheDataSetsWidth() {
        assertThat(problems(tiny("wide").with("dataset", "gaussian(rows=2, cols=100000, seed=0)").with("layers", "100000,4")))
                .contains("experiment 'wide' <layers> with the data set's 100000 input columns: ")
                .contains("10000000000 weights, needing 80 GB");
    }

    @Test
    void aCsvTestSetOfAnotherWidthIsRejectedBeforeAnythingRuns() throws Exception {
        Files.writeString(dir.resolve("train.csv"), "a,b,y\n1,2,0\n3,4,1\n");
        Files.writeString(dir.resolve("test.csv"), "a,b,c,y\n1,2,3,0\n");
        assertThat(problems(training("t").with("dataset", "csv(path=train.csv)").with("testDataset", "csv(path=test.csv)")))
                .contains("experiment 't' <testDataset>: 'csv(path=test.csv)' has 3 input columns, but the training set"
                        + " 'csv(path=train.csv)' has 2");
    }

    @Test
    void aOneUnitSoftmaxIsRejectedInsteadOfTrainingWithCostZero() {
        assertThat(problems(training("t").with("outputActivation", "softmax").with("loss", "ce")))
                .contains("experiment 't' <layers>: a softmax output needs one unit per class, at least 2; the last layer has 1");
        assertThatCode(() -> ReportBuilder.configure(request(training("t").with("layers", "3,2")
                .with("outputActivation", "softmax").with("loss", "ce")))).doesNotThrowAnyException();
    }

    @Test
    void claimsAreResolvedAgainstTheRunsThatWillExist() {
        assertThat(problems(training("t").claim("accurate", "testAccuracy(init=xavier_normal) > 0.9", true)))
                .contains("experiment 't' <claims>[1]").contains("has no test accuracy: the experiment has no <testDataset>");
        assertThat(problems(tiny("x").claim("deep", "post.std(init=xavier_normal, layer=3) > 0", true)))
                .contains("layer 3 is out of range");
        assertThat(problems(tiny("x").claim("other", "post.std(init=kaiming_normal, layer=1) > 0", true)))
                .contains("no run has init 'kaiming_normal'");
        assertThat(problems(tiny("x").claim("cost", "cost(init=xavier_normal) > 0", true)))
                .contains("has no training results");
        assertThatCode(() -> ReportBuilder.configure(request(tiny("x")
                .claim("fine", "post.std(init=xavier_normal, layer=last) < 10 * pre.std(init=xavier_normal, layer=1)", true))))
                .doesNotThrowAnyException();
    }

    @Test
    void anUnreadableExpectedIsAnErrorNotAFlippedClaim() {
        ExperimentDefinition maybe = new ExperimentDefinition("x", tiny("x").settings(), List.of("xavier_normal"),
                List.of(ExperimentDefinition.ClaimDefinition.written(null, "s", "post.std(init=xavier_normal, layer=1) > 0", "maybe")));
        assertThat(problems(maybe)).contains("experiment 'x' <claims>[1] <expected>: expected true or false, got 'maybe'");
        assertThat(ExperimentDefinition.ClaimDefinition.written(null, "s", "c", " FALSE ").expected()).isFalse();
        assertThat(ExperimentDefinition.ClaimDefinition.written(null, "s", "c", null).expected()).isTrue();
    }
}
