package org.initlab.results;

import java.util.Arrays;
import java.util.List;

/**
 * The histograms of one figure on several seeds as one distribution: per bin the seeds' counts
 * added up ({@code counts}) and the smallest and largest of them ({@code min}, {@code max}), the spread
 * a chart draws as error bars.
 *
 * <p>Each seed's histogram spans its own values' range unless {@code <range>} fixes it, so the
 * edges usually differ from seed to seed while the raw values are long gone. When every seed has
 * the same edges the pooling is exact ({@code exact}); otherwise each seed's counts are re-binned
 * onto common edges — as many bins, from the lowest first edge to the highest last edge — by
 * spreading each bin's count evenly over the common bins it overlaps, which is exact only for
 * values spread evenly within a bin. Counts are then fractional.
 */
public record PooledHistogram(double[] edges, double[] counts, double[] min, double[] max, boolean exact) {

    public static PooledHistogram of(List<Histogram> seeds) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no histograms to pool");
        }
        double[] first = seeds.get(0).edges();
        boolean exact = seeds.stream().allMatch(h -> Arrays.equals(h.edges(), first));
        double[] edges = exact ? first : commonEdges(seeds, first.length - 1);
        int bins = edges.length - 1;
        double[] counts = new double[bins];
        double[] min = new double[bins];
        double[] max = new double[bins];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (Histogram h : seeds) {
            double[] c = exact ? Arrays.stream(h.counts()).asDoubleStream().toArray() : rebin(h, edges);
            for (int i = 0; i < bins; i++) {
                counts[i] += c[i];
                min[i] = Math.min(min[i], c[i]);
                max[i] = Math.max(max[i], c[i]);
            }
        }
        return new PooledHistogram(edges, counts, min, max, exact);
    }

    /** {@code bins} equal bins from the lowest first edge to the highest last edge. */
    private static double[] commonEdges(List<Histogram> seeds, int bins) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Histogram h : seeds) {
            double[] e = h.edges();
            low = Math.min(low, e[0]);
            high = Math.max(high, e[e.length - 1]);
        }
        double[] edges = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            edges[i] = i == bins ? high : low + (high - low) * i / bins;
        }
        return edges;
    }

    /** {@code h}'s counts on {@code edges}: each bin's count shared out by the length of its overlap with each target bin. */
    private static double[] rebin(Histogram h, double[] edges) {
        double[] from = h.edges();
        long[] counts = h.counts();
        double[] to = new double[edges.length - 1];
        for (int i = 0; i < counts.length; i++) {
            double a = from[i];
            double b = from[i + 1];
            if (counts[i] == 0) {
                continue;
            }
            if (!(b > a)) { // a bin without width (it cannot occur in numpy's edges; kept safe): all in its target bin
                to[target(edges, a)] += counts[i];
                continue;
            }
            for (int j = 0; j < to.length; j++) {
                double overlap = Math.min(b, edges[j + 1]) - Math.max(a, edges[j]);
                if (overlap > 0) {
                    to[j] += counts[i] * overlap / (b - a);
                }
            }
        }
        return to;
    }

    private static int target(double[] edges, double v) {
        for (int j = 0; j < edges.length - 2; j++) {
            if (v < edges[j + 1]) {
                return j;
            }
        }
        return edges.length - 2;
    }
}
