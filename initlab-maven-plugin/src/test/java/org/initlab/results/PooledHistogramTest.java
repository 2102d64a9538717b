package org.initlab.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.initlab.random.NumpyRandom;
import org.junit.jupiter.api.Test;

/** Issue 13: the histogram a page of several seeds draws pools every seed's, exactly when their edges agree. */
class PooledHistogramTest {

    @Test
    void withTheSameEdgesTheCountsAddUpExactlyAndTheWhiskersAreTheSeedsExtremes() {
        Histogram a = new Histogram(new double[] {0, 1, 2}, new long[] {3, 7});
        Histogram b = new Histogram(new double[] {0, 1, 2}, new long[] {5, 1});
        PooledHistogram pooled = PooledHistogram.of(List.of(a, b));
        assertThat(pooled.exact()).isTrue();
        assertThat(pooled.edges()).containsExactly(0, 1, 2);
        assertThat(pooled.counts()).containsExactly(8, 8);
        assertThat(pooled.min()).containsExactly(3, 1);
        assertThat(pooled.max()).containsExactly(5, 7);
    }

    @Test
    void differentEdgesAreReBinnedOntoCommonOnesKeepingEverySeedsTotal() {
        NumpyRandom rng = new NumpyRandom(3);
        List<Histogram> seeds = new java.util.ArrayList<>();
        long total = 0;
        for (int s = 0; s < 4; s++) {
            double[] x = new double[500];
            for (int i = 0; i < x.length; i++) {
                x[i] = rng.gauss() * (1 + s * 0.1) + s * 0.05;
            }
            Histogram h = Histogram.of(x, 30, null);
            total += Arrays.stream(h.counts()).sum();
            seeds.add(h);
        }
        PooledHistogram pooled = PooledHistogram.of(seeds);
        assertThat(pooled.exact()).isFalse();
        assertThat(pooled.edges()).hasSize(31);
        assertThat(pooled.edges()[0]).isEqualTo(seeds.stream().mapToDouble(h -> h.edges()[0]).min().orElseThrow());
        assertThat(pooled.edges()[30]).isEqualTo(seeds.stream().mapToDouble(h -> h.edges()[30]).max().orElseThrow());
        assertThat(Arrays.stream(pooled.counts()).sum()).isCloseTo(total, within(1e-6));
        for (int i = 0; i < 30; i++) {
            assertThat(pooled.min()[i]).isLessThanOrEqualTo(pooled.counts()[i] / 4);
            assertThat(pooled.max()[i]).isGreaterThanOrEqualTo(pooled.counts()[i] / 4);
        }
    }

    @Test
    void aConfiguredRangeGivesEverySeedTheSameEdgesSoPoolingIsExact() {
        double[] range = {-3, 3};
        NumpyRandom rng = new NumpyRandom(1);
        List<Histogram> seeds = List.of(0, 1, 2).stream().map(s -> {
            double[] x = new double[200];
            for (int i = 0; i < x.length; i++) {
                x[i] = rng.gauss();
            }
            return Histogram.of(x, 12, range);
        }).toList();
        assertThat(PooledHistogram.of(seeds).exact()).isTrue();
    }
}
