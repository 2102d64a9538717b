package org.initlab.config;

import org.initlab.settings.ConfigException;
import org.initlab.settings.Limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.initlab.data.DatasetCatalog;
import org.initlab.init.Layout;
import org.initlab.init.WeightShape;
import org.junit.jupiter.api.Test;

/**
 * Huge sizes fail at validation naming the setting, instead of exhausting the heap or overflowing
 * an int (reliability review F11), and a training of no steps is refused before its page would
 * index an empty cost list (F10, {@code iterations=0}).
 */
class LimitsTest {

    private static ExperimentDefinition activations(String layers) {
        return ExperimentDefinition.of("big").with("dataset", "gaussian(rows=10, cols=4, seed=0)")
                .with("layers", layers).with("activation", "tanh").withInitializers("xavier_normal");
    }

    @Test
    void tenBillionWeightsNameTheLayersAndTheMemoryTheyNeed() {
        assertThatThrownBy(() -> ExperimentSpec.of("experiments[1]", activations("100000,100000")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("experiment 'big' <layers>: layers 1 → 2 (100000 × 100000) have 10000000000 weights")
                .hasMessageContaining("80 GB");
    }

    @Test
    void aTrillionWeightsAreRefusedNotOverflowed() {
        // (int) 1000000 * 1000000 is -727379968: the NegativeArraySizeException the review saw
        assertThatThrownBy(() -> ExperimentSpec.of("experiments[1]", activations("1000000,1000000")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("<layers>: layers 1 → 2 (1000000 × 1000000) have 1000000000000 weights");
    }

    @Test
    void weightsBeyondTheHeapAreRefusedEvenWhenEachMatrixFitsAnArray() {
        // 40000 × 40000 = 1.6e9 values fits one array, but 12.8 GB per matrix, 128 GB for eleven layers
        long budget = Limits.memoryBudget();
        assertThat(budget).as("test premise: a heap below 128 GB").isLessThan(128_000_000_000L);
        assertThatThrownBy(() -> ExperimentSpec.of("experiments[1]", activations(String.join(",",
                java.util.Collections.nCopies(11, "40000")))))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("experiment 'big' <layers>: the weights between the layers need 128 GB")
                .hasMessageContaining("more than the").hasMessageContaining("this JVM may use (-Xmx");
    }

    @Test
    void ordinaryNetworksPass() {
        assertThatCode(() -> ExperimentSpec.of("experiments[1]", activations("1000,1000,1000,10"))).doesNotThrowAnyException();
    }

    @Test
    void aSweepsLargestNetworkIsChecked() {
        assertThatThrownBy(() -> ExperimentSpec.of("experiments[1]", ExperimentDefinition.of("wide").with("type", "sweep")
                .with("dataset", "gaussian(rows=10, cols=4, seed=0)").with("depths", "1,2").with("widths", "10,100000")
                .with("activation", "tanh").withInitializers("xavier_normal")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("experiment 'wide' <depths> (depth 2 × width 100000): layers 1 → 2 (100000 × 100000)");
    }

    @Test
    void aGaussianDataSetBeyondOneArrayIsNamedNotOverflowed() {
        assertThat(Limits.memoryBudget()).as("test premise: a heap below 16 GB").isLessThan(16_000_000_000L);
        // rows * cols as int is 5032704: "needs 4300000000 values, got 5032704"
        assertThatThrownBy(() -> DatasetCatalog.load("experiment 'x' <dataset>", "gaussian(rows=100000000, cols=43, seed=0)"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("experiment 'x' <dataset>: 'gaussian' of 100000000 rows × 43 cols has 4300000000 values;"
                        + " one matrix holds at most 2147483639");
        assertThatThrownBy(() -> DatasetCatalog.load("experiment 'x' <dataset>", "gaussian(rows=100000000, cols=20, seed=0)"))
                .as("2e9 values fit an array but need 16 GB")
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("experiment 'x' <dataset>: 'gaussian' (100000000 × 20) need 16 GB");
    }

    @Test
    void aWeightMatrixNoArrayHoldsIsRefusedWhereItIsAllocated() {
        // the input layer's shape (data columns × first layer) is known only once the data is loaded
        assertThatThrownBy(() -> WeightShape.of(100_000, 100_000, Layout.IN_OUT).size())
                .isInstanceOf(ConfigException.class)
                .hasMessage("weights: a 100000 × 100000 matrix has 10000000000 values, needing 80 GB; one matrix holds at"
                        + " most 2147483639");
        assertThat(WeightShape.of(3, 4, Layout.OUT_IN).size()).isEqualTo(12);
    }

    private static ExperimentDefinition training(String key, String value) {
        return ExperimentDefinition.of("t").with("type", "training").with("dataset", "circles(samples=20, noise=0, seed=0)")
                .with("layers", "4,1").with("activation", "relu").with(key, value).withInitializers("xavier_normal");
    }

    @Test
    void aTrainingOfNoStepsIsRefused() {
        assertThatThrownBy(() -> ExperimentSpec.of("experiments[1]", training("iterations", "0")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("experiment 't' <iterations>: expected a positive integer, got 0");
        assertThatThrownBy(() -> ExperimentSpec.of("experiments[1]", training("iterations", "-3")))
                .hasMessageStartingWith("experiment 't' <iterations>: expected a positive integer");
        assertThatThrownBy(() -> ExperimentSpec.of("experiments[1]", training("epochs", "0").with("batchSize", "5")))
                .hasMessage("experiment 't' <epochs>: expected a positive integer, got 0");
        assertThat(ExperimentSpec.of("experiments[1]", training("iterations", "1")).training().schedule().steps(20))
                .isEqualTo(1);
    }

    @Test
    void aCostChartOfMillionsOfPointsIsRefusedWithTheRecordEveryThatFits() {
        assertThatThrownBy(() -> ExperimentSpec.of("experiments[1]", training("iterations", "2000000000")
                .with("recordEvery", "1")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("experiment 't' <recordEvery>: 2000000000 iterations recorded every 1 give 2000000001 cost points;"
                        + " at most 100000 are recorded per run, so set <recordEvery> to at least 20001");
        assertThatCode(() -> ExperimentSpec.of("experiments[1]", training("iterations", "2000000000")
                .with("recordEvery", "20001"))).doesNotThrowAnyException();
    }
}
