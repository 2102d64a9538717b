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
        Extremes extremes = Extremes.of(finite);
        double min = extremes.min();
        double max = extremes.max();
        long zeros = extremes.zeros();
        Histogram histogram = Histogram.of(finite, bins, range, min, max);
        if (n == 0) {
            return new Stats(values.length, Double.NaN, Double.NaN, Double.NaN, Double.NaN, nan, infinite, zeros,
                    values.length == 0 ? 0.0 : zeros / (double) values.length, histogram);
        }
        double mean = Double.isInfinite(sum) ? scaledMean(finite) : sum / n;
        return new Stats(values.length, mean, std(finite, mean, min, max), min, max, nan, infinite, zeros,
                zeros / (double) values.length, histogram);
    }

    /**
     * Min, max and zero count of finite values: the folds of Math.min and Math.max (+∞ and −∞ for none).
     * Comparisons on two lanes instead of Math.min/max: no call per value before the JIT inlines one,
     * and two short dependency chains instead of one long one.
     */
    private record Extremes(double min, double max, long zeros) {
        private static Extremes of(double[] finite) {
            double min0 = Double.POSITIVE_INFINITY;
            double min1 = Double.POSITIVE_INFINITY;
            double max0 = Double.NEGATIVE_INFINITY;
            double max1 = Double.NEGATIVE_INFINITY;
            long zeros = 0;
            int i = 0;
            for (; i + 1 < finite.length; i += 2) {
                double a = finite[i];
                double b = finite[i + 1];
                min0 = a < min0 ? a : min0;
                max0 = a > max0 ? a : max0;
                min1 = b < min1 ? b : min1;
                max1 = b > max1 ? b : max1;
                zeros += isZero(a) + isZero(b);
            }
            if (i < finite.length) {
                double a = finite[i];
                min0 = a < min0 ? a : min0;
                max0 = a > max0 ? a : max0;
                zeros += isZero(a);
            }
            double min = min1 < min0 ? min1 : min0;
            double max = max1 > max0 ? max1 : max0;
            // a comparison keeps whichever zero came first; Math.min prefers −0.0 and Math.max +0.0
            if (min == 0.0) {
                min = contains(finite, -0.0) ? -0.0 : 0.0;
            }
            if (max == 0.0) {
                max = contains(finite, 0.0) ? 0.0 : -0.0;
            }
            return new Extremes(min, max, zeros);
        }

        /**
         * 1 for ±0.0, else 0, without a branch: a ReLU's output is half zeros in no predictable order,
         * and a mispredicted branch per value would cost more than the rest of the pass.
         */
        private static long isZero(double v) {
            long magnitude = Double.doubleToRawLongBits(v) << 1; // the sign bit shifted out
            return 1 - ((magnitude | -magnitude) >>> 63);
        }

        /** Whether {@code zero} (0.0 or −0.0, told apart by their bits) is among the values. */
        private static boolean contains(double[] values, double zero) {
            long bits = Double.doubleToRawLongBits(zero);
            for (double v : values) {
                if (Double.doubleToRawLongBits(v) == bits) {
                    return true;
                }
            }
            return false;
        }
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
