package org.initlab.results;

import java.util.Arrays;

/**
 * Equal-width histogram with the edges and counts {@code numpy.histogram(values, bins, range)}
 * produces: edges from {@code linspace}, the last bin closed on the right, values outside the
 * range dropped, and numpy's correction of the computed bin index against the edges.
 *
 * @param edges  {@code bins + 1} ascending edges
 * @param counts {@code bins} counts
 */
public record Histogram(double[] edges, long[] counts) {

    public Histogram {
        if (edges.length != counts.length + 1) {
            throw new IllegalArgumentException("a histogram needs bins + 1 edges, got "
                    + edges.length + " edges for " + counts.length + " bins");
        }
        edges = edges.clone();
        counts = counts.clone();
    }

    @Override
    public double[] edges() {
        return edges.clone();
    }

    @Override
    public long[] counts() {
        return counts.clone();
    }

    /**
     * Histogram of the finite values in {@code values}.
     *
     * @param range {@code [low, high]}, or {@code null} for the finite values' min and max
     */
    public static Histogram of(double[] values, int bins, double[] range) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        if (range == null) {
            for (double v : values) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        return of(values, bins, range, min, max);
    }

    /**
     * As {@link #of(double[], int, double[])} when the caller already knows the finite values'
     * extremes ({@code +∞, −∞} if there are none), saving a pass over the data.
     */
    static Histogram of(double[] values, int bins, double[] range, double finiteMin, double finiteMax) {
        if (bins <= 0) {
            throw new IllegalArgumentException("bins must be positive, got " + bins);
        }
        double first;
        double last;
        if (range != null) {
            first = range[0];
            last = range[1];
            if (!(first < last) && !(first == last)) {
                throw new IllegalArgumentException("range must have low <= high, got " + Arrays.toString(range));
            }
        } else if (finiteMin > finiteMax) { // no finite value: numpy's empty-array range
            first = 0.0;
            last = 1.0;
        } else {
            first = finiteMin;
            last = finiteMax;
        }
        if (first == last) { // numpy widens a degenerate range by half a unit each side
            first -= 0.5;
            last += 0.5;
        }
        double[] edges = linspace(first, last, bins + 1);
        return new Histogram(edges, count(values, bins, first, last, edges));
    }

    /** numpy's equal-width binning: index from the scaled offset, then corrected against the real edges. */
    private static long[] count(double[] values, int bins, double first, double last, double[] edges) {
        double norm = bins / (last - first);
        if (!Double.isFinite(norm) || !Double.isFinite(last - first)) {
            // A range narrower than about bins·2⁻¹⁰²⁴ (activations that vanished) or wider than the
            // largest double: numpy's own arithmetic breaks here (its histogram raises IndexError).
            // Locate each value among the edges instead, as numpy.histogram does for explicit edges.
            return countAgainstEdges(values, bins, first, last, edges);
        }
        long[] counts = new long[bins];
        for (double v : values) {
            if (!(v >= first && v <= last)) { // also drops NaN and values outside the range
                continue;
            }
            int index = (int) ((v - first) * norm);
            if (index == bins) {
                index--;
            }
            // floating point can put a value one bin off
            if (v < edges[index]) {
                index--;
            } else if (v >= edges[index + 1] && index != bins - 1) {
                index++;
            }
            counts[index]++;
        }
        return counts;
    }

    /**
     * numpy's binning for explicit edges: bin i holds {@code edges[i] <= v < edges[i+1]}, the last bin
     * also {@code v == edges[bins]}; a bin between two equal edges stays empty.
     */
    private static long[] countAgainstEdges(double[] values, int bins, double first, double last, double[] edges) {
        long[] counts = new long[bins];
        for (double v : values) {
            if (!(v >= first && v <= last)) {
                continue;
            }
            int low = 0; // the last edge <= v: edges[low] <= v < edges[high]
            int high = bins + 1;
            while (high - low > 1) {
                int mid = (low + high) >>> 1;
                if (edges[mid] <= v) {
                    low = mid;
                } else {
                    high = mid;
                }
            }
            counts[Math.min(low, bins - 1)]++;
        }
        return counts;
    }

    /**
     * {@code numpy.linspace(start, stop, num)} with {@code endpoint=True}. When {@code stop − start}
     * overflows (a range wider than the largest double, e.g. ±1e308), numpy's edges are NaN and ∞;
     * these are interpolated as {@code start·(1 − t) + stop·t} instead, which cannot overflow
     * because start and stop then have opposite signs.
     */
    static double[] linspace(double start, double stop, int num) {
        double[] y = new double[num];
        int div = num - 1;
        double delta = stop - start;
        if (Double.isInfinite(delta)) {
            for (int i = 0; i < num; i++) {
                double t = i / (double) div;
                y[i] = start * (1 - t) + stop * t;
            }
            y[0] = start;
            y[num - 1] = stop;
            return y;
        }
        double step = delta / div;
        for (int i = 0; i < num; i++) {
            y[i] = step == 0 ? (i / (double) div) * delta + start : i * step + start;
        }
        if (num > 1) {
            y[num - 1] = stop;
        }
        return y;
    }
}
