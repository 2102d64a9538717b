package org.initlab.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.initlab.results.CostPoint;
import org.initlab.results.ExperimentResult;
import org.initlab.results.LayerResult;
import org.initlab.results.RunResult;
import org.initlab.results.Stats;
import org.initlab.results.TrainingSummary;
import org.junit.jupiter.api.Test;

class MetricReaderTest {
    private static final String WHERE = "experiment 'deep' <claims>[1]";
    private static final String K = Fixtures.KAIMING;

    /** The value of {@code metric} in {@code result}, read through a whole claim. */
    private static double read(ExperimentResult result, String metric) {
        return ClaimEvaluator.evaluate(ClaimParser.parse(WHERE, metric + " == 0"), null, true, result).value();
    }

    private static double layers(String metric) {
        return read(Fixtures.layers(), metric);
    }

    private static double training(String metric) {
        return read(Fixtures.training(), metric);
    }

    private static double sweep(String metric) {
        return read(Fixtures.sweep(), metric);
    }

    @Test
    void everyFieldOfEveryLayerStatistic() {
        String run = "(init=xavier_normal, act=tanh, layer=1)";
        assertThat(layers("weights.count" + run)).isEqualTo(1000);
        assertThat(layers("weights.mean" + run)).isEqualTo(1 + 0.1);
        assertThat(layers("pre.std" + run)).isEqualTo(2 + 0.2);
        assertThat(layers("pre.var" + run)).isEqualTo((2 + 0.2) * (2 + 0.2));
        assertThat(layers("post.min" + run)).isEqualTo(3 - 1);
        assertThat(layers("post.max" + run)).isEqualTo(3 + 1);
        assertThat(layers("post.nan" + run)).isEqualTo(3);
        assertThat(layers("post.infinite" + run)).isEqualTo(4);
        assertThat(layers("post.zeroFraction" + run)).isEqualTo(0.25);
        assertThat(layers("gradient.mean(init=" + K + ", layer=2)")).isEqualTo(54 + 0.1);
        assertThat(layers("activationGradient.std(init=" + K + ", layer=3)")).isEqualTo(65 + 0.2);
    }

    @Test
    void actSelectsAmongTheInitializersRunsAndLayerMayBeLast() {
        assertThat(layers("post.mean(init=xavier_normal, act=relu, layer=2)")).isEqualTo(33 + 0.1);
        assertThat(layers("post.mean(init=xavier_normal, act=tanh, layer=last)")).isEqualTo(13 + 0.1);
        assertThat(layers("post.mean(init=" + K + ", layer=last)")).isEqualTo(63 + 0.1);
    }

    @Test
    void initMatchesTheLabelQuotedOrWithOtherBlanks() {
        assertThat(layers("pre.mean(init='" + K + "', layer=1)")).isEqualTo(42 + 0.1);
        assertThat(layers("pre.mean(init=kaiming_normal(mode=fan_in,nonlinearity=relu), layer=1)")).isEqualTo(42 + 0.1);
    }

    @Test
    void perUnitSpreadAndPrediction() {
        assertThat(layers("postUnitStd(init=xavier_normal, act=tanh, layer=1)")).isEqualTo(0.7);
        assertThat(layers("postUnitStd(init=" + K + ", layer=3)")).isEqualTo(1.3);
        assertThat(layers("predictedVar(init=" + K + ", layer=2)")).isEqualTo(2.5);
        assertThat(layers("predictedVar(init=xavier_normal, act=tanh, layer=1)")).isEqualTo(1.5);
    }

    @Test
    void trainingMetrics() {
        assertThat(training("trainAccuracy(init=zeros)")).isEqualTo(0.5);
        assertThat(training("testAccuracy(init=he_normal, act=relu)")).isEqualTo(0.94);
        assertThat(training("cost(init=zeros)")).isEqualTo(0.3);
        assertThat(training("cost(init=zeros, at=0)")).isEqualTo(0.69);
        assertThat(training("cost(init=zeros, at=1000)")).isEqualTo(0.5);
        assertThat(training("cost(init=he_normal, at=1000)")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(training("cost(init=he_normal)")).isNaN();
        assertThat(training("distinctUnits(init=zeros, layer=1)")).isEqualTo(1);
        assertThat(training("distinctUnits(init=he_normal, layer=1)")).isEqualTo(10);
        assertThat(training("distinctUnits(init=he_normal, layer=last)")).isEqualTo(5);
    }

    @Test
    void anUnknownInitListsTheRunsInitializers() {
        assertThatThrownBy(() -> layers("post.std(init=xavier_norml, layer=1)"))
                .isInstanceOf(ClaimException.class)
                .hasMessage(WHERE + ", column 15 of \"post.std(init=xavier_norml, layer=1) == 0\": no run has init"
                        + " 'xavier_norml' (did you mean 'xavier_normal'?); the runs' initializers: xavier_normal, " + K);
    }

    @Test
    void anOmittedActIsAnErrorWhenTheInitializerRanWithSeveral() {
        assertThatThrownBy(() -> ClaimEvaluator.evaluate(ClaimParser.parse(WHERE, "1 < post.std(init=xavier_normal, layer=1)"),
                "t", true, Fixtures.layers()))
                .hasMessage(WHERE + ", column 5 of \"1 < post.std(init=xavier_normal, layer=1)\": init 'xavier_normal'"
                        + " ran with several activations (tanh, relu); add act=… to choose one");
    }

    @Test
    void anUnknownActListsTheInitializersActivations() {
        assertThatThrownBy(() -> layers("post.std(init=xavier_normal, act=rleu, layer=1)"))
                .hasMessageContaining("column 34")
                .hasMessageEndingWith(": init 'xavier_normal' has no run with act 'rleu' (did you mean 'relu'?);"
                        + " its activations: tanh, relu");
    }

    @Test
    void aLayerOutOfRangeNamesTheRunsLayers() {
        assertThatThrownBy(() -> layers("post.std(init=xavier_normal, act=relu, layer=7)"))
                .hasMessageContaining("column 46")
                .hasMessageEndingWith(": layer 7 is out of range: run 'xavier_normal' × 'relu' has layers 1 to 2");
        assertThatThrownBy(() -> training("distinctUnits(init=zeros, layer=3)"))
                .hasMessageEndingWith(": hidden layer 3 is out of range: run 'zeros' × 'relu' has hidden layers 1 to 2");
    }

    @Test
    void aCostAtAnUnrecordedIterationListsTheRecordedOnes() {
        assertThatThrownBy(() -> training("cost(init=zeros, at=500)"))
                .hasMessage(WHERE + ", column 21 of \"cost(init=zeros, at=500) == 0\": no cost was recorded at iteration 500"
                        + " for run 'zeros' × 'relu'; recorded iterations: 0, 1000, 2000");
    }

    @Test
    void aValueTheExperimentTypeDoesNotRecordIsAConfigurationError() {
        assertThatThrownBy(() -> layers("gradient.std(init=xavier_normal, act=tanh, layer=1)"))
                .hasMessageEndingWith(": run 'xavier_normal' × 'tanh' recorded no 'gradient' statistics for layer 1"
                        + " (experiment type 'gradients')");
        assertThatThrownBy(() -> layers("predictedVar(init=xavier_normal, act=relu, layer=2)"))
                .hasMessageEndingWith(": run 'xavier_normal' × 'relu' recorded no predicted variance (theory) for layer 2"
                        + " (experiment type 'gradients')");
        assertThatThrownBy(() -> layers("postUnitStd(init=xavier_normal, act=relu, layer=1)"))
                .hasMessageContaining("recorded no per-unit spread (postUnitStd) for layer 1");
        assertThatThrownBy(() -> layers("trainAccuracy(init=xavier_normal, act=relu)"))
                .hasMessageEndingWith(": run 'xavier_normal' × 'relu' has no training results (experiment type 'gradients')");
        assertThatThrownBy(() -> training("pre.std(init=zeros, layer=1)"))
                .hasMessageContaining("recorded no 'pre' statistics for layer 1 (experiment type 'training')");
    }

    @Test
    void cellReadsOneNetworkOfTheSweepsGrid() {
        assertThat(sweep("cell(init=xavier_normal, act=tanh, depth=1)")).isEqualTo(0.6);
        assertThat(sweep("cell(init=xavier_normal, act=relu, depth=8)")).isEqualTo(0.065);
        assertThat(sweep("cell(init=xavier_normal, act=relu, depth=4, width=100)")).as("the only width, named").isEqualTo(0.22);
        assertThat(sweep("cell(init=normal(std=10), depth=2)")).as("one activation: act may be left out").isEqualTo(1e30);
        assertThat(sweep("cell(init = 'normal(std=10)', act=relu, depth=1)")).isEqualTo(10);
        assertThat(read(Fixtures.widthSweep(), "cell(init=" + K + ", depth=4, width=50)")).isEqualTo(4.05);
        assertThat(read(Fixtures.widthSweep(), "cell(init=" + K + ", act=relu, width=100, depth=2)")).isEqualTo(2.1);
    }

    @Test
    void aNonFiniteCellIsReadAsRecorded() {
        assertThat(sweep("cell(init=normal(std=10), depth=4)")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(sweep("cell(init=normal(std=10), depth=8)")).isNaN();
    }

    @Test
    void aDepthOrWidthOutsideTheGridListsTheGridsValues() {
        assertThatThrownBy(() -> sweep("cell(init=xavier_normal, act=tanh, depth=16)"))
                .isInstanceOf(ClaimException.class)
                .hasMessage(WHERE + ", column 42 of \"cell(init=xavier_normal, act=tanh, depth=16) == 0\": depth 16 is not"
                        + " in the grid: run 'xavier_normal' × 'tanh' has depths 1, 2, 4, 8");
        assertThatThrownBy(() -> sweep("cell(init=xavier_normal, act=tanh, depth=2, width=50)"))
                .hasMessageContaining("column 51")
                .hasMessageEndingWith(": width 50 is not in the grid: run 'xavier_normal' × 'tanh' has widths 100");
        assertThatThrownBy(() -> read(Fixtures.widthSweep(), "cell(init=" + K + ", depth=3, width=50)"))
                .hasMessageEndingWith(": depth 3 is not in the grid: run '" + K + "' × 'relu' has depths 2, 4");
        assertThatThrownBy(() -> read(Fixtures.widthSweep(), "cell(init=" + K + ", depth=2, width=70)"))
                .hasMessageEndingWith(": width 70 is not in the grid: run '" + K + "' × 'relu' has widths 50, 100");
    }

    @Test
    void anOmittedWidthIsAnErrorWhenTheSweepHasSeveral() {
        assertThatThrownBy(() -> read(Fixtures.widthSweep(), "cell(init=" + K + ", depth=2)"))
                .hasMessage(WHERE + ", column 1 of \"cell(init=" + K + ", depth=2) == 0\": run '" + K + "' × 'relu'"
                        + " has several widths (50, 100); add width=… to choose one");
    }

    @Test
    void cellSelectsTheRunLikeEveryOtherMetric() {
        assertThatThrownBy(() -> sweep("cell(init=xavier_normal, depth=1)"))
                .hasMessageEndingWith(": init 'xavier_normal' ran with several activations (tanh, relu); add act=… to choose one");
        assertThatThrownBy(() -> sweep("cell(init=xavier_norml, act=tanh, depth=1)"))
                .hasMessageEndingWith(": no run has init 'xavier_norml' (did you mean 'xavier_normal'?); the runs' initializers:"
                        + " xavier_normal, normal(std=10)");
    }

    @Test
    void cellOnAnExperimentThatIsNotASweepSaysSo() {
        assertThatThrownBy(() -> layers("cell(init=xavier_normal, act=tanh, depth=1)"))
                .isInstanceOf(ClaimException.class)
                .hasMessage(WHERE + ", column 1 of \"cell(init=xavier_normal, act=tanh, depth=1) == 0\": 'cell' reads a cell"
                        + " of a sweep's grid, but run 'xavier_normal' × 'tanh' has no grid (experiment type 'gradients';"
                        + " only type 'sweep' has one)");
        assertThatThrownBy(() -> training("cell(init=zeros, depth=1)"))
                .hasMessageContaining("has no grid (experiment type 'training'; only type 'sweep' has one)");
    }

    @Test
    void aPerLayerOrTrainingMetricOnASweepPointsToCell() {
        assertThatThrownBy(() -> sweep("post.std(init=xavier_normal, act=relu, layer=last)"))
                .isInstanceOf(ClaimException.class)
                .hasMessage(WHERE + ", column 1 of \"post.std(init=xavier_normal, act=relu, layer=last) == 0\": run"
                        + " 'xavier_normal' × 'relu' recorded no layers (experiment type 'sweep'); a sweep run records one"
                        + " number per network of its grid (post.std@last): read it with"
                        + " cell(init=xavier_normal, act=relu, depth=…), depths 1, 2, 4, 8");
        assertThatThrownBy(() -> sweep("predictedVar(init=normal(std=10), layer=1)"))
                .hasMessageContaining("recorded no layers (experiment type 'sweep'); a sweep run records one number per network")
                .hasMessageEndingWith("cell(init=normal(std=10), act=relu, depth=…), depths 1, 2, 4, 8");
        assertThatThrownBy(() -> sweep("testAccuracy(init=normal(std=10))"))
                .hasMessageEndingWith(": run 'normal(std=10)' × 'relu' has no training results (experiment type 'sweep');"
                        + " a sweep run records one number per network of its grid (post.std@last): read it with"
                        + " cell(init=normal(std=10), act=relu, depth=…), depths 1, 2, 4, 8");
        assertThatThrownBy(() -> read(Fixtures.widthSweep(), "distinctUnits(init=" + K + ", layer=1)"))
                .hasMessageEndingWith("read it with cell(init=" + K + ", act=relu, depth=…, width=…), depths 2, 4, widths 50, 100");
    }

    @Test
    void testAccuracyWithoutATestSetIsAConfigurationErrorAndAbsentFromTheJson() throws Exception {
        RunResult run = new RunResult("zeros", "relu", 5, List.of(LayerResult.weightsOnly(1, 2, 10, Stats.of(new double[] {0, 1}, 2, null))),
                new TrainingSummary(List.of(new CostPoint(0, 0.69)), 0.5, null, List.of(1), null));
        ExperimentResult noTestSet = new ExperimentResult("t1", "training", "T1", "circles", 3, List.of(run), List.of());

        assertThatThrownBy(() -> read(noTestSet, "testAccuracy(init=zeros)"))
                .isInstanceOf(ClaimException.class)
                .hasMessageContaining("has no test accuracy: the experiment has no <testDataset>");
        assertThat(read(noTestSet, "trainAccuracy(init=zeros)")).isEqualTo(0.5);
        com.fasterxml.jackson.databind.JsonNode json = org.initlab.results.ResultsJson.mapper()
                .readTree(org.initlab.results.ResultsJson.write(noTestSet));
        assertThat(json.get("runs").get(0).get("training").has("testAccuracy")).as("absent, not \"NaN\"").isFalse();
        assertThat(json.get("runs").get(0).get("training").get("trainAccuracy").asDouble()).isEqualTo(0.5);
    }
}
