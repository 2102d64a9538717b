package org.initlab.claims;

import java.util.Arrays;
import java.util.List;
import org.initlab.numeric.NumpySum;
import org.initlab.results.Bootstrap;
import org.initlab.results.Quantiles;

/**
 * What a claim can say about an expression over every seed at once: {@code median(…)},
 * {@code mean(…)}, and {@code low(…)} / {@code high(…)}, the ends of the median's 95 % bootstrap
 * interval — the figures {@code results.json}'s summaries give, by the same definitions
 * ({@link Quantiles}, {@link Bootstrap}). On one seed each is that seed's value.
 */
enum Aggregation {
    MEDIAN("median"), MEAN("mean"), LOW("low"), HIGH("high");

    private final String word;

    Aggregation(String word) {
        this.word = word;
    }

    String word() {
        return word;
    }

    /** The aggregate of one value per seed. */
    double apply(double[] values) {
        return switch (this) {
            case MEDIAN -> Quantiles.median(Quantiles.sorted(values));
            case MEAN -> NumpySum.sum(values, 0, values.length) / values.length; // np.mean
            case LOW -> Bootstrap.ofMedian(values).low();
            case HIGH -> Bootstrap.ofMedian(values).high();
        };
    }

    static Aggregation named(String word) {
        return Arrays.stream(values()).filter(a -> a.word.equals(word)).findFirst().orElse(null);
    }

    static List<String> words() {
        return Arrays.stream(values()).map(Aggregation::word).toList();
    }
}
