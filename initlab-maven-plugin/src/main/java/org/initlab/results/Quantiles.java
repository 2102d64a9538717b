package org.initlab.results;

import java.util.Arrays;

/**
 * numpy's order statistics of a small sample, to the last bit: {@code np.median} and
 * {@code np.percentile} with its default {@code method='linear'} (Hyndman &amp; Fan's type 7: the
 * quantile q sits at index (n − 1)·q of the sorted values, interpolated linearly between its two
 * neighbours). Written out rather than taken from a library because numpy's interpolation
 * ({@code _lerp}, computed from the upper neighbour when the fraction is ½ or more) differs from
 * Commons Math's in the last bit, and every figure of the report is numpy's. A sample holding a NaN
 * has NaN for every order statistic, as in numpy.
 */
public final class Quantiles {
    private Quantiles() {
    }

    /** A sorted copy (NaN last, as numpy sorts). */
    public static double[] sorted(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted;
    }

    /** {@code np.percentile(values, 100·q)} of values already {@link #sorted}; q in [0, 1]. */
    public static double quantile(double[] sorted, double q) {
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("quantile must be in [0, 1], got " + q);
        }
        int n = requireValues(sorted);
        if (Double.isNaN(sorted[n - 1])) {
            return Double.NaN;
        }
        double virtual = (n - 1) * q;
        if (virtual >= n - 1) { // numpy points both neighbours at the last value; its gamma is then virtual + 1
            return lerp(sorted[n - 1], sorted[n - 1], virtual + 1);
        }
        double previous = Math.floor(virtual);
        int i = (int) previous;
        return lerp(sorted[i], sorted[i + 1], virtual - previous);
    }

    /** {@code np.median}: the middle value, or the mean of the middle two. */
    public static double median(double[] sorted) {
        int n = requireValues(sorted);
        if (Double.isNaN(sorted[n - 1])) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** numpy's {@code _lerp}: from the nearer end, so that t = 1 gives b exactly. */
    private static double lerp(double a, double b, double t) {
        double diff = b - a;
        return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
    }

    private static int requireValues(double[] sorted) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values to take a quantile of");
        }
        return sorted.length;
    }
}
