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
        if (Double.isInfinite(mean)) { // the finite values' sum overflowed: add them scaled down instead
            double scaled = 0;
            for (double v : values) {
                if (Double.isFinite(v)) {
                    scaled += v / finite;
                }
            }
            mean = scaled;
        }
        double std = finite == 0 ? Double.NaN : std(values, mean);
        return new Stats(values.length, mean, std,
                finite == 0 ? Double.NaN : min, finite == 0 ? Double.NaN : max,
                nan, infinite, values.length == 0 ? 0.0 : zeros / (double) values.length,
                Histogram.of(values, bins, range));
    }

    /**
     * Population standard deviation of the finite values. Deviations are scaled by the largest one
     * before squaring, so values near the top of the double range (weights of 1e300) give their
     * true spread instead of an overflowed ∞; for ordinary values this is numpy's two-pass result.
     */
    private static double std(double[] values, double mean) {
        double largest = 0;
        long n = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                largest = Math.max(largest, Math.abs(v - mean));
                n++;
            }
        }
        if (largest == 0 || Double.isInfinite(largest)) {
            return largest == 0 ? 0.0 : spreadOfHuge(values, mean, n);
        }
        double squares = 0;
        boolean scale = largest > 1e150;
        for (double v : values) {
            if (Double.isFinite(v)) {
                double d = scale ? (v - mean) / largest : v - mean;
                squares += d * d;
            }
        }
        return scale ? largest * Math.sqrt(squares / n) : Math.sqrt(squares / n);
    }

    /** When even v − mean overflows (values of both signs near ±1.8e308), halve everything first. */
    private static double spreadOfHuge(double[] values, double mean, long n) {
        double largest = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                largest = Math.max(largest, Math.abs(v / 2 - mean / 2));
            }
        }
        double squares = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                double d = (v / 2 - mean / 2) / largest;
                squares += d * d;
            }
        }
        return 2 * largest * Math.sqrt(squares / n);
    }

    public double variance() {
        return std * std;
    }
}
