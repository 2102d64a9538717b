package org.initlab.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One figure over an experiment's seeds: each seed's value and their summary, numpy's definitions
 * ({@link Quantiles}): {@code q1}/{@code q3} are the 25th/75th percentiles with linear interpolation,
 * so the interquartile range is [q1, q3]. A NaN among the values makes every summary NaN.
 *
 * @param values   one per seed, in the experiment's seed order
 * @param interval the 95 % bootstrap interval of the median ({@link Bootstrap}); only for accuracies and
 *                 final costs, else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SeedSummary(List<Double> values, double median, double q1, double q3, double min, double max,
                          Interval interval) {

    public SeedSummary {
        values = List.copyOf(values);
    }

    /** The order statistics of {@code values}, without an interval. */
    public static SeedSummary of(double[] values) {
        double[] sorted = Quantiles.sorted(values);
        boolean nan = Double.isNaN(sorted[sorted.length - 1]);
        return new SeedSummary(java.util.Arrays.stream(values).boxed().toList(), Quantiles.median(sorted),
                Quantiles.quantile(sorted, 0.25), Quantiles.quantile(sorted, 0.75), nan ? Double.NaN : sorted[0],
                nan ? Double.NaN : sorted[sorted.length - 1], null);
    }

    /** The order statistics of {@code values} and the bootstrap interval of their median. */
    public static SeedSummary withInterval(double[] values) {
        SeedSummary s = of(values);
        return new SeedSummary(s.values, s.median, s.q1, s.q3, s.min, s.max, Bootstrap.ofMedian(values));
    }
}
