package org.initlab.data;

import org.initlab.testing.SharedDatasets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.initlab.settings.ConfigException;
import org.junit.jupiter.api.Test;

class AbaloneTest {
    private static Dataset load(String spec) {
        return DatasetCatalog.load("test <dataset>", spec, SharedDatasets.context(Path.of(".")));
    }

    @Test
    void numericSexThenTheSevenMeasurementsAndRingsAsTarget() {
        Dataset d = load("abalone");

        assertThat(d.inputs().rows()).isEqualTo(4177);
        assertThat(d.features()).isEqualTo(8);
        // Line 1 of abalone.data: M,0.455,0.365,0.095,0.514,0.2245,0.101,0.15,15
        assertThat(Arrays.copyOfRange(d.inputs().data(), 0, 8))
                .containsExactly(1, 0.455, 0.365, 0.095, 0.514, 0.2245, 0.101, 0.15);
        assertThat(d.targets()[0]).isEqualTo(15);
        assertThat(d.inputNames()).startsWith("sex", "length").endsWith("shell_weight");
        assertThat(d.targetName()).isEqualTo("rings");
        assertThat(Arrays.stream(d.targets()).min().orElseThrow()).isEqualTo(1);
        assertThat(Arrays.stream(d.targets()).max().orElseThrow()).isEqualTo(29);

        Map<Double, Long> sexes = IntStream.range(0, 4177).mapToObj(r -> d.inputs().get(r, 0))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(sexes).containsOnly(Map.entry(1.0, 1528L), Map.entry(2.0, 1307L), Map.entry(3.0, 1342L));
    }

    @Test
    void oneHotSexIsThreeColumnsInTheOrderMFI() {
        Dataset d = load("abalone(sex=onehot)");

        assertThat(d.features()).isEqualTo(10);
        assertThat(d.inputNames()).startsWith("sex=M", "sex=F", "sex=I", "length");
        assertThat(Arrays.copyOfRange(d.inputs().data(), 0, 4)).containsExactly(1, 0, 0, 0.455);
        long[] counts = new long[3];
        for (int r = 0; r < d.inputs().rows(); r++) {
            double sum = 0;
            for (int c = 0; c < 3; c++) {
                counts[c] += (long) d.inputs().get(r, c);
                sum += d.inputs().get(r, c);
            }
            assertThat(sum).isEqualTo(1);
        }
        assertThat(counts).containsExactly(1528, 1307, 1342);
    }

    @Test
    void aBadSexEncodingIsNamed(@org.junit.jupiter.api.io.TempDir Path empty) {
        assertThatThrownBy(() -> DatasetCatalog.load("test <dataset>", "abalone(sex=one_hot)", SharedDatasets.none(empty)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("test <dataset>: 'abalone' key 'sex' expects one of numeric, onehot, got 'one_hot'")
                .hasMessageContaining("did you mean 'onehot'");
    }
}
