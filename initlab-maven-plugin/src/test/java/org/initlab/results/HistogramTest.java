package org.initlab.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.initlab.random.NumpyRandom;
import org.junit.jupiter.api.Test;

/** Expected values computed with numpy 1.24's {@code numpy.histogram}. */
class HistogramTest {
    private static final double[] TRICKY = {0.0, 0.1, 0.2, 0.3, 0.7, 1.0, 1.0, -0.5, 2.0, 0.30000000000000004};

    @Test
    void valuesOnComputedEdgesLandWhereNumpyPutsThem() {
        Histogram h = Histogram.of(TRICKY, 10, new double[] {0, 1});
        // 0.3 < edge 0.30000000000000004 stays in bin 2; 0.7 < edge 0.7000000000000001 stays in bin 6;
        // 1.0 is in the closed last bin; -0.5 and 2.0 are outside the range and dropped.
        assertThat(h.counts()).containsExactly(1, 1, 2, 1, 0, 0, 1, 0, 0, 2);
        assertThat(h.edges()).containsExactly(0.0, 0.1, 0.2, 0.30000000000000004, 0.4, 0.5, 0.6000000000000001,
                0.7000000000000001, 0.8, 0.9, 1.0);
    }

    @Test
    void rangeDefaultsToTheDataMinAndMax() {
        Histogram h = Histogram.of(TRICKY, 3, null);
        assertThat(h.counts()).containsExactly(6, 3, 1);
        assertThat(h.edges()).containsExactly(-0.5, 0.33333333333333337, 1.1666666666666667, 2.0);
    }

    @Test
    void aConstantArrayIsWidenedByHalfAUnitEachSide() {
        Histogram h = Histogram.of(new double[] {5, 5, 5}, 4, null);
        assertThat(h.counts()).containsExactly(0, 0, 3, 0);
        assertThat(h.edges()).containsExactly(4.5, 4.75, 5.0, 5.25, 5.5);
    }

    @Test
    void matchesNumpyOnTenThousandNormals() {
        double[] x = randn(0, 10007);
        Histogram h = Histogram.of(x, 30, null);
        assertThat(h.counts()).containsExactly(1, 1, 8, 19, 36, 55, 106, 167, 306, 431, 533, 748, 813, 935, 1087,
                1016, 877, 796, 647, 468, 365, 249, 152, 87, 52, 30, 15, 4, 2, 1);
        assertThat(h.edges()[7]).isEqualTo(-1.9803564389373705);
        assertThat(h.edges()[30]).isEqualTo(3.8016602149671153);
        assertThat(Histogram.of(x, 7, new double[] {-1, 0.3}).counts()).containsExactly(521, 563, 650, 700, 758, 781, 755);
    }

    @Test
    void statsMatchNumpyAndIgnoreNonFiniteValuesButCountThem() {
        double[] x = randn(0, 10007);
        Stats s = Stats.of(x, 30, null);
        // bit for bit: the same pairwise summation as np.mean and np.std
        assertThat(s.mean()).isEqualTo(-0.01836103462963649);
        assertThat(s.std()).isEqualTo(0.9875124760708975);
        assertThat(s.min()).isEqualTo(-3.740100637951779);
        assertThat(s.max()).isEqualTo(3.8016602149671153);

        Stats odd = Stats.of(new double[] {1, Double.NaN, 0, Double.POSITIVE_INFINITY, 3, Double.NEGATIVE_INFINITY}, 2, null);
        assertThat(odd.count()).isEqualTo(6);
        assertThat(odd.nan()).isEqualTo(1);
        assertThat(odd.infinite()).isEqualTo(2);
        assertThat(odd.mean()).isEqualTo(4.0 / 3);
        assertThat(odd.zeroFraction()).isEqualTo(1.0 / 6);
        assertThat(odd.histogram().counts()).containsExactly(2, 1);
        assertThat(odd.histogram().edges()).containsExactly(0.0, 1.5, 3.0);
    }

    @Test
    void hugeValuesGiveTheirTrueSpreadRatherThanAnOverflowedInfinity() {
        Stats s = Stats.of(new double[] {1e300, -1e300, 1e300, -1e300}, 4, null);
        assertThat(s.mean()).isZero();
        assertThat(s.std()).isCloseTo(1e300, within(1e285));
        Stats extreme = Stats.of(new double[] {1.7e308, -1.7e308}, 2, null);
        assertThat(extreme.std()).isCloseTo(1.7e308, within(1e294));
    }

    @Test
    void vanishedValuesAreBinnedAgainstTheEdgesInsteadOfOverflowingTheIndex() {
        // Range 2e-310: bins / range overflows to +inf (numpy's own histogram raises IndexError here).
        double[] tiny = {0.0, 1e-310, 5e-311, 2e-310, 2e-310};
        Histogram h = Histogram.of(tiny, 30, null);

        double[] edges = h.edges();
        assertThat(edges[0]).isZero();
        assertThat(edges[30]).isEqualTo(2e-310);
        assertThat(java.util.Arrays.stream(h.counts()).sum()).isEqualTo(5);
        assertThat(h.counts()[0]).as("the zero").isEqualTo(1);
        assertThat(h.counts()[29]).as("both maxima, last bin closed").isEqualTo(2);
        // each value lies in the bin whose edges enclose it
        for (double v : tiny) {
            int bin = Math.min(java.util.Arrays.binarySearch(edges, v) >= 0
                    ? lastIndexOf(edges, v) : -java.util.Arrays.binarySearch(edges, v) - 2, 29);
            assertThat(h.counts()[bin]).as("bin of %s", v).isPositive();
        }
    }

    @Test
    void anInfiniteSpanDoesNotCrash() {
        Histogram h = Histogram.of(new double[] {-Double.MAX_VALUE, Double.MAX_VALUE, 0}, 4, null);
        assertThat(h.counts()).hasSize(4);
    }

    private static int lastIndexOf(double[] edges, double v) {
        int i = edges.length - 1;
        while (edges[i] != v) {
            i--;
        }
        return i;
    }

    @Test
    void reluKeepsNanAsNumpyDoes() {
        assertThat(org.initlab.nn.Activation.RELU.apply(Double.NaN)).isNaN();
        assertThat(org.initlab.nn.Activation.LEAKY_RELU.apply(Double.NaN)).isNaN();
        assertThat(org.initlab.nn.Activation.RELU.apply(Double.NEGATIVE_INFINITY)).isZero();
    }

    private static double[] randn(long seed, int n) {
        NumpyRandom rng = new NumpyRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.gauss();
        }
        return x;
    }
}
