package org.initlab.results;

/**
 * The summary the contract calls STATS: moments and extremes of the finite values, how many
 * values were NaN or infinite, the fraction of exact zeros, and a histogram.
 *
 * @param std population standard deviation (ddof 0), as {@code numpy.std}
 */
public record Stats(long count, double mean, double std, double min, double max, long nan,
                    long infinite, double zeroFraction, Histogram histogram) {

    /** Statistics of {@code values}; moments, extremes and histogram use the finite values only. */
    public static Stats of(double[] values, int bins, double[] range) {
        long nan = 0;
        long infinite = 0;
        long zeros = 0;
        long finite = 0;
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isNaN(v)) {
                nan++;
            } else if (Double.isInfinite(v)) {
                infinite++;
            } else {
                finite++;
                sum += v;
                min = Math.min(min, v);
                max = Math.max(max, v);
                if (v == 0.0) {
                    zeros++;
                }
            }
        }
        double mean = finite == 0 ? Double.NaN : sum / finite;
        double squares = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                double d = v - mean;
                squares += d * d;
            }
        }
        double std = finite == 0 ? Double.NaN : Math.sqrt(squares / finite);
        return new Stats(values.length, mean, std,
                finite == 0 ? Double.NaN : min, finite == 0 ? Double.NaN : max,
                nan, infinite, values.length == 0 ? 0.0 : zeros / (double) values.length,
                Histogram.of(values, bins, range));
    }

    public double variance() {
        return std * std;
    }
}
