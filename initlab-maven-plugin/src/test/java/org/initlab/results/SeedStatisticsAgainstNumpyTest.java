package org.initlab.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.initlab.random.NumpyRandom;
import org.initlab.testing.NumpyOracle;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the median, quartiles and bootstrap interval of a figure over seeds are numpy's to the
 * last bit ({@code np.median}, {@code np.percentile}'s default linear method, {@code RandomState(0).randint}).
 * Samples of 1 to 12 values (ties, negatives, an even and an odd count), as seeds give them.
 */
class SeedStatisticsAgainstNumpyTest {
    private static final String SCRIPT = """
            import json, sys
            import numpy as np
            out = []
            for arg in sys.argv[1:]:
                x = np.array([float(v) for v in arg.split(',')])
                idx = np.random.RandomState(0).randint(0, len(x), size=(2000, len(x)))
                low, high = np.percentile(np.median(x[idx], axis=1), [2.5, 97.5])
                q1, q3 = np.percentile(x, [25, 75])
                out.append([float(np.median(x)), float(q1), float(q3), float(np.min(x)), float(np.max(x)),
                            float(low), float(high)])
            print(json.dumps(out))
            """;

    @Test
    void summariesAreNumpys() throws Exception {
        NumpyOracle.requireNumpy();
        List<double[]> samples = new ArrayList<>();
        NumpyRandom rng = new NumpyRandom(7);
        for (int n = 1; n <= 12; n++) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = 0.95 + 0.01 * rng.gauss();
            }
            samples.add(x);
        }
        samples.add(new double[] {0.5, 0.5, 0.5, 0.9}); // ties
        samples.add(new double[] {-3, 1e-9, 7.25, -0.125, 2}); // signs, unsorted
        String[] args = samples.stream().map(x -> String.join(",",
                java.util.Arrays.stream(x).mapToObj(Double::toString).toList())).toArray(String[]::new);
        JsonNode numpy = NumpyOracle.run(SCRIPT, args);
        for (int k = 0; k < samples.size(); k++) {
            SeedSummary s = SeedSummary.withInterval(samples.get(k));
            JsonNode e = numpy.get(k);
            String at = "sample " + args[k];
            assertThat(s.median()).as("median of %s", at).isEqualTo(e.get(0).asDouble());
            assertThat(s.q1()).as("q1 of %s", at).isEqualTo(e.get(1).asDouble());
            assertThat(s.q3()).as("q3 of %s", at).isEqualTo(e.get(2).asDouble());
            assertThat(s.min()).as("min of %s", at).isEqualTo(e.get(3).asDouble());
            assertThat(s.max()).as("max of %s", at).isEqualTo(e.get(4).asDouble());
            assertThat(s.interval().low()).as("bootstrap low of %s", at).isEqualTo(e.get(5).asDouble());
            assertThat(s.interval().high()).as("bootstrap high of %s", at).isEqualTo(e.get(6).asDouble());
        }
    }

    @Test
    void aNanAmongTheSeedsMakesEverySummaryNan() {
        SeedSummary s = SeedSummary.withInterval(new double[] {0.1, Double.NaN, 0.3});
        assertThat(List.of(s.median(), s.q1(), s.q3(), s.min(), s.max(), s.interval().low()))
                .allMatch(v -> Double.isNaN(v));
        assertThat(s.values().get(1)).isNaN();
    }

    @Test
    void oneSeedIsItsOwnSummaryAndTheIntervalIsThatValue() {
        SeedSummary s = SeedSummary.withInterval(new double[] {0.9506});
        assertThat(List.of(s.median(), s.q1(), s.q3(), s.min(), s.max(), s.interval().low(), s.interval().high()))
                .containsOnly(0.9506);
    }

    @Test
    void theIntervalHoldsTheMedianAndLiesInsideTheRange() {
        double[] x = {0.9493, 0.9594, 0.9547, 0.9521, 0.9560, 0.9538, 0.9513, 0.9570, 0.9549, 0.9530};
        SeedSummary s = SeedSummary.withInterval(x);
        assertThat(s.interval().contains(s.median())).isTrue();
        assertThat(s.interval().low()).isGreaterThanOrEqualTo(s.min()).isLessThan(s.median());
        assertThat(s.interval().high()).isLessThanOrEqualTo(s.max()).isGreaterThan(s.median());
        assertThat(Bootstrap.ofMedian(x)).as("a fixed resampling seed").isEqualTo(Bootstrap.ofMedian(x.clone()));
    }
}
