package org.initlab.data;

import org.initlab.testing.SharedDatasets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.function.Function;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.initlab.settings.ConfigException;
import org.initlab.experiment.ResultCache;
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
    void limitBeyondTheSplitIsRejectedNamingTheSize(@org.junit.jupiter.api.io.TempDir Path empty) {
        Function<String, Dataset> load = spec -> DatasetCatalog.load("test <dataset>", spec, SharedDatasets.none(empty));
        assertThatThrownBy(() -> load.apply("mnist(split=test, limit=20000)"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("test <dataset>: 'mnist' key 'limit' must be between 1 and 10000")
                .hasMessageContaining("got 20000");
        assertThatThrownBy(() -> load.apply("mnist(split=validation)"))
                .hasMessageContaining("'mnist' key 'split' expects one of train, test, got 'validation'");
    }

    @Test
    void meanAndStdStandardiseTheScaledPixels() {
        Dataset raw = load("mnist(split=test, limit=2)");
        Dataset std = load("mnist(split=test, limit=2, mean=0.1307, std=0.3081)");

        assertThat(std.targets()).containsExactly(raw.targets());
        double[] x = raw.inputs().data();
        double[] z = std.inputs().data();
        assertThat(z).hasSameSizeAs(x);
        for (int i = 0; i < x.length; i++) {
            assertThat(z[i]).as("pixel %d", i).isEqualTo((x[i] - 0.1307) / 0.3081);
        }
        assertThat(z[0]).as("background: -0.1307 / 0.3081").isCloseTo(-0.42421291788380396, within(1e-15));
        int brightest = 0;
        for (int i = 0; i < x.length; i++) {
            brightest = x[i] > x[brightest] ? i : brightest;
        }
        assertThat(x[brightest]).isEqualTo(1);
        assertThat(z[brightest]).as("ink: 0.8693 / 0.3081").isCloseTo(2.821486530347290, within(1e-14));
    }

    @Test
    void torchvisionsConstantsGiveTheTrainingPixelsMeanZeroAndStdOne() {
        double[] z = load("mnist(split=train, mean=0.1307, std=0.3081)").inputs().data();
        double sum = 0;
        double squares = 0;
        for (double v : z) {
            sum += v;
            squares += v * v;
        }
        double mean = sum / z.length;
        double std = Math.sqrt(squares / z.length - mean * mean);

        assertThat(mean).as("mean of the standardised training pixels").isCloseTo(0, within(1e-3));
        assertThat(std).as("std of the standardised training pixels").isCloseTo(1, within(1e-3));
    }

    @Test
    void theDefaultsLeaveThePixelsExactlyAsBefore() {
        double[] plain = load("mnist(split=test, limit=3)").inputs().data();
        double[] explicit = load("mnist(split=test, limit=3, mean=0, std=1)").inputs().data();

        assertThat(explicit).containsExactly(plain);
        for (double v : plain) {
            assertThat(v * 255).isEqualTo(Math.rint(v * 255));
            assertThat(v).isEqualTo(Math.rint(v * 255) / 255.0);
        }
    }

    @Test
    void stdMustBePositiveAndFiniteAndMeanFinite(@org.junit.jupiter.api.io.TempDir Path empty) {
        Function<String, Dataset> load = spec -> DatasetCatalog.load("test <dataset>", spec, SharedDatasets.none(empty));
        for (String bad : new String[] {"0", "-0.3", "Infinity", "NaN", "1e400"}) {
            assertThatThrownBy(() -> load.apply("mnist(split=test, std=" + bad + ")"))
                    .as("std=" + bad)
                    .isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith("test <dataset>: 'mnist' key 'std' must be a positive finite number, got ");
        }
        assertThatThrownBy(() -> load.apply("mnist(split=test, std=0)")).hasMessageEndingWith("got 0.0");
        assertThatThrownBy(() -> load.apply("mnist(split=test, std=wide)"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test <dataset>: 'mnist' key 'std' expects a number, got 'wide'");
        assertThatThrownBy(() -> load.apply("mnist(split=test, mean=-Infinity)"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test <dataset>: 'mnist' key 'mean' must be a finite number, got -Infinity");
    }

    @Test
    void aBadStdFailsBeforeAnyFileIsNeeded(@org.junit.jupiter.api.io.TempDir Path empty) {
        DatasetContext offline = new DatasetContext(empty, true, empty, DatasetListener.SILENT);

        assertThatThrownBy(() -> DatasetCatalog.load("f", "mnist(std=-1)", offline))
                .isInstanceOf(ConfigException.class)
                .isNotInstanceOf(DatasetException.class)
                .hasMessageContaining("'mnist' key 'std' must be a positive finite number, got -1.0");
    }

    @Test
    void theFingerprintTellsDifferentStandardisationsApart() {
        DatasetContext context = SharedDatasets.context(Path.of("."));
        String plain = DatasetFingerprint.of("f", "mnist(split=test)", context);
        String torchvision = DatasetFingerprint.of("f", "mnist(split=test, mean=0.1307, std=0.3081)", context);
        String otherStd = DatasetFingerprint.of("f", "mnist(split=test, mean=0.1307, std=0.5)", context);

        assertThat(List.of(plain, torchvision, otherStd)).doesNotHaveDuplicates();
        ResultCache cache = new ResultCache(Path.of("unused"), "build");
        assertThat(cache.key("t4", Map.of(), List.of("zeros"), List.of(torchvision), "auto"))
                .isNotEqualTo(cache.key("t4", Map.of(), List.of("zeros"), List.of(otherStd), "auto"))
                .isNotEqualTo(cache.key("t4", Map.of(), List.of("zeros"), List.of(plain), "auto"));
    }
}
