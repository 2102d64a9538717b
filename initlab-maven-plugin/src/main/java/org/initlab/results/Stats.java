package org.initlab.results;

import java.util.Arrays;
import org.initlab.numeric.NumpySum;

/**
 * The summary the contract calls STATS: moments and extremes of the finite values, how many
 * values were NaN, infinite or exactly zero (and the zeros' fraction), and a histogram. A layer
 * whose values vanished, underflowed or overflowed is summarised like any other: the counts say
 * what happened to it.
 *
 * <p>Mean and std are numpy's to the last bit for ordinary values: {@code np.mean} and
 * {@code np.std} sum with the same pairwise order ({@link NumpySum}), which also lets the sum run
 * on eight independent accumulators instead of one serial chain.
 *
 * @param std      population standard deviation (ddof 0), as {@code numpy.std}
 * @param infinite values that were +∞ or −∞
 * @param zeros    values that were exactly 0 (either sign): {@code zeroFraction · count}, as an exact count
 */
public record Stats(long count, double mean, double std, double min, double max, long nan,
                    long infinite, long zeros, double zeroFraction, Histogram histogram) {
    /** Deviations beyond this are scaled before squaring, so their squares cannot overflow. */
    private static final double SCALE_ABOVE = 1e150;

    /** For callers that know only the fraction of zeros: their count is the fraction times {@code count}. */
    public Stats(long count, double mean, double std, double min, double max, long nan, long infinite,
                 double zeroFraction, Histogram histogram) {
        this(count, mean, std, min, max, nan, infinite, Math.round(zeroFraction * count), zeroFraction, histogram);
    }

    /** Statistics of {@code values}; moments, extremes and histogram use the finite values only. */
    public static Stats of(double[] values, int bins, double[] range) {
        double sum = NumpySum.sum(values, 0, values.length);
        long nan = 0;
        long infinite = 0;
        double[] finite = values;
        if (!Double.isFinite(sum)) { // a NaN or ∞ among the values, or a sum beyond the double range
            for (double v : values) {
                nan += Double.isNaN(v) ? 1 : 0;
                infinite += Double.isInfinite(v) ? 1 : 0;
            }
            if (nan + infinite > 0) {
                finite = Arrays.stream(values).filter(Double::isFinite).toArray();
                sum = NumpySum.sum(finite, 0, finite.length);
            }
        }
        int n = finite.length;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        long zeros = 0;
        for (double v : finite) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            zeros += v == 0.0 ? 1 : 0;
        }
        Histogram histogram = Histogram.of(finite, bins, range, min, max);
        if (n == 0) {
            return new Stats(values.length, Double.NaN, Double.NaN, Double.NaN, Double.NaN, nan, infinite, zeros,
                    values.length == 0 ? 0.0 : zeros / (double) values.length, histogram);
        }
        double mean = Double.isInfinite(sum) ? scaledMean(finite) : sum / n;
        return new Stats(values.length, mean, std(finite, mean, min, max), min, max, nan, infinite, zeros,
                zeros / (double) values.length, histogram);
    }

    /** The mean of finite values whose sum overflowed: each value divided by n before adding. */
    private static double scaledMean(double[] finite) {
        double mean = 0;
        for (double v : finite) {
            mean += v / finite.length;
        }
        return mean;
    }

    /**
     * Population standard deviation of finite values, numpy's two-pass formula. Deviations are
     * scaled by the largest one before squaring when they could overflow, so weights near 1e300
     * give their true spread instead of ∞.
     */
    private static double std(double[] finite, double mean, double min, double max) {
        int n = finite.length;
        double largest = Math.max(max - mean, mean - min);
        if (!(largest > SCALE_ABOVE)) {
            return Math.sqrt(NumpySum.sumOfSquares(finite, 0, n, mean) / n);
        }
        if (Double.isInfinite(largest)) { // even v − mean overflows (values of both signs near ±1.8e308)
            return 2 * scaledStd(finite, mean / 2, 0.5);
        }
        return scaledStd(finite, mean, 1.0);
    }

    /** The std of {@code v·factor} around {@code shiftedMean}, computed in units of its largest deviation. */
    private static double scaledStd(double[] finite, double shiftedMean, double factor) {
        double largest = 0;
        for (double v : finite) {
            largest = Math.max(largest, Math.abs(v * factor - shiftedMean));
        }
        double squares = 0;
        for (double v : finite) {
            double d = (v * factor - shiftedMean) / largest;
            squares += d * d;
        }
        return largest * Math.sqrt(squares / finite.length);
    }

    /** The Frobenius norm of the values, √(n·(σ² + μ²)): the figure the gradients page shows. */
    public double norm() {
        return Math.sqrt(count * (std * std + mean * mean));
    }

    public double variance() {
        return std * std;
    }

    /** The root mean square √(σ² + μ²) = norm / √n, without the count, so layers of different sizes compare. */
    public double rms() {
        return Math.hypot(std, mean);
    }
}
