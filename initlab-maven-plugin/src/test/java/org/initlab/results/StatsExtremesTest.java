package org.initlab.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.initlab.random.NumpyRandom;
import org.junit.jupiter.api.Test;

/** Min and max are the folds of Math.min and Math.max, signed zeros included, whatever the order of the values; both zeros count as zeros. */
class StatsExtremesTest {
    private static void assertFolds(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        long zeros = 0;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            zeros += v == 0.0 ? 1 : 0;
        }
        Stats s = Stats.of(values, 5, null);
        // raw bits: 0.0 and −0.0 compare equal, but results.json writes them apart
        assertThat(Double.doubleToRawLongBits(s.min())).as("min of %s", java.util.Arrays.toString(values))
                .isEqualTo(Double.doubleToRawLongBits(min));
        assertThat(Double.doubleToRawLongBits(s.max())).as("max of %s", java.util.Arrays.toString(values))
                .isEqualTo(Double.doubleToRawLongBits(max));
        assertThat(s.zeros()).as("zeros of %s", java.util.Arrays.toString(values)).isEqualTo(zeros);
    }

    @Test
    void signedZerosComeOutAsMathMinAndMaxGiveThem() {
        for (double[] values : List.of(new double[] {0.0, -0.0, 1}, new double[] {-0.0, 0.0, 1}, new double[] {0.0, -0.0, -1},
                new double[] {-0.0, 0.0, -1}, new double[] {0.0, 0.0}, new double[] {-0.0, -0.0}, new double[] {0.0, -0.0},
                new double[] {-0.0, 0.0}, new double[] {3, 0.0, 2}, new double[] {-3, -0.0, -2}, new double[] {5}, new double[] {-0.0}, new double[] {2, -0.0, 1})) {
            assertFolds(values);
        }
    }

    @Test
    void randomValuesAndReluOutputsGiveTheFolds() {
        NumpyRandom rng = new NumpyRandom(7);
        double[] x = new double[10_000];
        double[] relu = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.gauss();
            relu[i] = x[i] > 0 ? x[i] : (i % 2 == 0 ? 0.0 : -0.0);
        }
        assertFolds(x);
        assertFolds(relu);
    }
}
