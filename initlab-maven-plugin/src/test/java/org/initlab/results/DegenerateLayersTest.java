package org.initlab.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Layers whose values vanished, underflowed, overflowed or went NaN are summarised, never an index
 * error (reliability review F4, F14 g07): the histogram holds every finite value between finite
 * ascending edges, and the counts of zeros, NaN and infinities say what happened.
 */
class DegenerateLayersTest {

    private static void assertWellFormed(Histogram h, long finiteValues) {
        double[] e = h.edges();
        assertThat(Arrays.stream(e).allMatch(Double::isFinite)).as("finite edges %s", Arrays.toString(e)).isTrue();
        for (int i = 1; i < e.length; i++) {
            assertThat(e[i]).as("edge %d of %s", i, Arrays.toString(e)).isGreaterThanOrEqualTo(e[i - 1]);
        }
        assertThat(Arrays.stream(h.counts()).sum()).as("every finite value binned").isEqualTo(finiteValues);
    }

    @Test
    void anAllZeroLayerIsCountedAsZeros() {
        Stats s = Stats.of(new double[1000], 30, null);
        assertThat(s.zeros()).isEqualTo(1000);
        assertThat(s.zeroFraction()).isEqualTo(1.0);
        assertThat(s.mean()).isZero();
        assertThat(s.std()).isZero();
        assertWellFormed(s.histogram(), 1000);
        assertThat(s.histogram().edges()[0]).isEqualTo(-0.5);
        assertThat(s.histogram().counts()[15]).as("the bin holding 0").isEqualTo(1000);
    }

    @Test
    void subnormalValuesAreBinned() {
        double[] tiny = {Double.MIN_VALUE, 2 * Double.MIN_VALUE, 1e-320, 3e-310, -0.0, 0.0, Double.MIN_NORMAL / 3};
        Stats s = Stats.of(tiny, 30, null);
        assertThat(s.zeros()).as("0.0 and -0.0").isEqualTo(2);
        assertThat(s.min()).isEqualTo(-0.0);
        assertThat(s.max()).isEqualTo(Double.MIN_NORMAL / 3);
        assertWellFormed(s.histogram(), tiny.length);
        assertThat(s.histogram().counts()[29]).as("the maximum, last bin closed").isPositive();
    }

    @Test
    void aSpanWiderThanTheLargestDoubleHasFiniteEdges() {
        // MAX − (−MAX) overflows: numpy.linspace gives NaN and ∞ edges here
        Histogram h = Histogram.of(new double[] {-Double.MAX_VALUE, Double.MAX_VALUE, 0, 1}, 4, null);
        assertWellFormed(h, 4);
        double[] e = h.edges();
        assertThat(e[0]).isEqualTo(-Double.MAX_VALUE);
        assertThat(e[1]).isCloseTo(-Double.MAX_VALUE / 2, org.assertj.core.api.Assertions.withinPercentage(1e-12));
        assertThat(e[2]).isZero();
        assertThat(e[3]).isCloseTo(Double.MAX_VALUE / 2, org.assertj.core.api.Assertions.withinPercentage(1e-12));
        assertThat(e[4]).isEqualTo(Double.MAX_VALUE);
        assertThat(h.counts()).containsExactly(1, 0, 2, 1);
    }

    @Test
    void aConfiguredRangeOfPlusMinus1e308HasFiniteEdges() {
        // <range>-1e308,1e308</range> was accepted and wrote "NaN" and "Infinity" edges into results.json
        Histogram h = Histogram.of(new double[] {-1, 0, 1, 5e307}, 30, new double[] {-1e308, 1e308});
        assertWellFormed(h, 4);
        assertThat(h.edges()[15]).isZero();
    }

    @Test
    void nanAndInfinitiesAreCountedAndLeftOutOfTheHistogram() {
        double[] odd = {Double.NaN, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0, 0, 0, 2};
        Stats s = Stats.of(odd, 4, null);
        assertThat(s.count()).isEqualTo(8);
        assertThat(s.nan()).isEqualTo(2);
        assertThat(s.infinite()).isEqualTo(2);
        assertThat(s.zeros()).isEqualTo(3);
        assertThat(s.mean()).isEqualTo(0.5);
        assertWellFormed(s.histogram(), 4);

        Stats none = Stats.of(new double[] {Double.NaN, Double.POSITIVE_INFINITY}, 4, null);
        assertThat(none.nan()).isEqualTo(1);
        assertThat(none.infinite()).isEqualTo(1);
        assertThat(none.mean()).isNaN();
        assertWellFormed(none.histogram(), 0);
    }

    @Test
    void hugeFiniteValuesWhoseSumOverflowsKeepTheirMean() {
        Stats s = Stats.of(new double[] {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE}, 3, null);
        assertThat(s.nan()).isZero();
        assertThat(s.infinite()).isZero();
        assertThat(s.mean()).isCloseTo(Double.MAX_VALUE / 3, org.assertj.core.api.Assertions.withinPercentage(1e-9));
        assertWellFormed(s.histogram(), 3);
    }
}
