package org.initlab.data;

import org.initlab.testing.SharedDatasets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import org.initlab.config.ConfigException;
import org.junit.jupiter.api.Test;

class MnistTest {
    private static Dataset load(String spec) {
        return DatasetCatalog.load("test <dataset>", spec, SharedDatasets.context(Path.of(".")));
    }

    private static long[] histogram(double[] labels) {
        long[] counts = new long[10];
        for (double label : labels) {
            counts[(int) label]++;
        }
        return counts;
    }

    @Test
    void theTestSplitHasTenThousandDigitsScaledToUnitRange() {
        Dataset d = load("mnist(split=test)");

        assertThat(d.inputs().rows()).isEqualTo(10_000);
        assertThat(d.features()).isEqualTo(28 * 28);
        assertThat(d.targets()[0]).isEqualTo(7);
        assertThat(d.targetName()).isEqualTo("digit");
        assertThat(histogram(d.targets())).containsExactly(980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009);
        double[] x = d.inputs().data();
        assertThat(Arrays.stream(x).min().orElseThrow()).isEqualTo(0);
        assertThat(Arrays.stream(x).max().orElseThrow()).isEqualTo(1);
        assertThat(Arrays.stream(x).allMatch(v -> Math.abs(v * 255 - Math.rint(v * 255)) < 1e-9))
                .as("every pixel is an integer / 255").isTrue();
        assertThat(d.inputs().get(0, 0)).as("corners are background").isZero();
    }

    @Test
    void theTrainFilesDeclareSixtyThousandImagesOf28By28() {
        DatasetCache cache = SharedDatasets.context(Path.of(".")).cache();
        Idx.Array images = Idx.read(cache.fetch(Mnist.TRAIN_IMAGES), Idx.IMAGES, 0);
        Idx.Array labels = Idx.read(cache.fetch(Mnist.TRAIN_LABELS), Idx.LABELS, -1);

        assertThat(images.dims()).containsExactly(60_000, 28, 28);
        assertThat(labels.dims()).containsExactly(60_000);
        double[] all = new double[labels.items()];
        Arrays.setAll(all, labels::unsigned);
        assertThat(histogram(all)).containsExactly(5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949);
    }

    @Test
    void limitTakesTheFirstImagesInFileOrderAndTrainIsTheDefault() {
        Dataset first = load("mnist(limit=100)");
        Dataset train = load("mnist(split=train, limit=3)");

        assertThat(first.inputs().rows()).isEqualTo(100);
        assertThat(first.targets()).startsWith(5, 0, 4, 1, 9);
        assertThat(train.targets()).containsExactly(5, 0, 4);
        assertThat(train.inputs().data()).isEqualTo(Arrays.copyOf(first.inputs().data(), 3 * 784));
        assertThat(load("mnist(split=test, limit=1)").targets()).containsExactly(7);
    }

    @Test
    void limitBeyondTheSplitIsRejectedNamingTheSize() {
        assertThatThrownBy(() -> load("mnist(split=test, limit=20000)"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("test <dataset>: 'mnist' key 'limit' must be between 1 and 10000")
                .hasMessageContaining("got 20000");
        assertThatThrownBy(() -> load("mnist(split=validation)"))
                .hasMessageContaining("'mnist' key 'split' expects one of train, test, got 'validation'");
    }
}
