package org.initlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.initlab.numeric.Matrix;
import org.junit.jupiter.api.Test;

class SplitTest {

    @Test
    void aSplitTakesItsRowsAndTargetsByThePermutation() {
        double[] x = new double[10 * 2];
        double[] y = new double[10];
        for (int r = 0; r < 10; r++) {
            x[2 * r] = r;
            x[2 * r + 1] = -r;
            y[r] = r % 2;
        }
        Dataset data = new Dataset("d", new Matrix(10, 2, x), y);
        Split split = Split.of("f", "split(fraction=0.3, seed=7)").orElseThrow();
        Split.Parts parts = split.apply("f", data);
        Split.Indices rows = split.indices("f", "d", 10);
        assertThat(parts.test().inputs().rows()).isEqualTo(3);
        assertThat(parts.train().inputs().rows()).isEqualTo(7);
        for (int i = 0; i < 3; i++) {
            assertThat(parts.test().inputs().get(i, 0)).isEqualTo(rows.test()[i]);
            assertThat(parts.test().inputs().get(i, 1)).isEqualTo(-rows.test()[i]);
            assertThat(parts.test().targets()[i]).isEqualTo(rows.test()[i] % 2);
        }
        for (int i = 0; i < 7; i++) {
            assertThat(parts.train().inputs().get(i, 0)).isEqualTo(rows.train()[i]);
        }
        assertThat(parts.train().spec()).isEqualTo("d");
        assertThat(parts.test().spec()).isEqualTo("split(fraction=0.3, seed=7) of d");
        // every row on exactly one side
        assertThat(java.util.stream.IntStream.concat(java.util.Arrays.stream(rows.test()), java.util.Arrays.stream(rows.train())).sorted())
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void badSplitsNameTheSettingAndWhatWasExpected() {
        assertThat(Split.of("f", "circles(samples=10, noise=0, seed=0)")).isEmpty();
        assertThat(Split.of("f", "split(fraction=0.2)").orElseThrow().seed()).isZero();
        assertThatThrownBy(() -> Split.of("e <testDataset>", "split(seed=1)")).hasMessageStartingWith(
                "e <testDataset>: 'split' needs the key 'fraction'");
        for (String fraction : new String[] {"0", "1", "1.5", "-0.1", "NaN"}) {
            assertThatThrownBy(() -> Split.of("e <testDataset>", "split(fraction=" + fraction + ")")).hasMessage(
                    "e <testDataset>: 'split' key 'fraction' must be a number strictly between 0 and 1, got '" + fraction + "'");
        }
        assertThatThrownBy(() -> Split.of("e <testDataset>", "split(fraction=0.2, sed=1)")).hasMessageContaining(
                "'split' has no key 'sed' (did you mean 'seed'?)");
        assertThatThrownBy(() -> Split.of("e <testDataset>", "split(fraction=0.2, seed=-1)")).hasMessageContaining(
                "'split' key 'seed' must be between 0 and 4294967295, got -1");
        assertThatThrownBy(() -> new Split(0.1, 0).sizes("e <testDataset>", "circles(samples=4, noise=0, seed=0)", 4))
                .hasMessage("e <testDataset>: split(fraction=0.1) of the 4 rows of 'circles(samples=4, noise=0, seed=0)'"
                        + " leaves 0 test and 4 training rows; expected at least one row on each side");
        assertThatThrownBy(() -> new Split(0.2, 0).apply("e <testDataset>", new Dataset("g", new Matrix(5, 1, new double[5]), null)))
                .hasMessageContaining("needs targets, but 'g' has none");
        assertThatThrownBy(() -> DatasetCatalog.check("e <dataset>", "split(fraction=0.2)", DatasetContext.defaults()))
                .hasMessageContaining("is a <testDataset> only");
    }
}
