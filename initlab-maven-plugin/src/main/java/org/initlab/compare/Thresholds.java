package org.initlab.compare;

/**
 * How far a figure may move before it counts as a change. Two builds of the same commit give the
 * same bytes, so the defaults only absorb the last-digit noise of a different JVM or summation
 * order; loosen them to compare across library upgrades.
 *
 * <p>A statistic (mean, std, min, max, zeroFraction, count, nan, infinite, a training cost) moved
 * when {@code |current − baseline| > max(relative · max(|baseline|, |current|), absolute)}: relative
 * for ordinary values, with an absolute floor so that values near zero (a mean of 1e-17 against
 * 3e-17) do not count as moved. NaN equals NaN and an infinity equals itself; finite against
 * non-finite always moved.
 *
 * @param relative  relative tolerance of statistics and costs (default 1e-9)
 * @param absolute  absolute floor of that tolerance (default 1e-12)
 * @param histogram largest total variation distance between the normalized bin counts of two
 *                  histograms that still counts as unchanged (default 0.01); changed edges always count
 * @param accuracy  largest absolute change of an accuracy that still counts as unchanged (default 1e-9)
 */
public record Thresholds(double relative, double absolute, double histogram, double accuracy) {
    public static final Thresholds DEFAULTS = new Thresholds(1e-9, 1e-12, 0.01, 1e-9);

    public Thresholds {
        check("relativeThreshold", relative);
        check("absoluteThreshold", absolute);
        check("histogramThreshold", histogram);
        check("accuracyThreshold", accuracy);
    }

    private static void check(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + value);
        }
    }

    /** Whether a statistic moved from {@code baseline} to {@code current} (see the class comment). */
    public boolean statisticMoved(double baseline, double current) {
        if (!Double.isFinite(baseline) || !Double.isFinite(current)) {
            return !sameNonFinite(baseline, current);
        }
        double scale = Math.max(Math.abs(baseline), Math.abs(current));
        return Math.abs(current - baseline) > Math.max(relative * scale, absolute);
    }

    /** Whether an accuracy moved by more than {@link #accuracy()}. */
    public boolean accuracyMoved(double baseline, double current) {
        if (!Double.isFinite(baseline) || !Double.isFinite(current)) {
            return !sameNonFinite(baseline, current);
        }
        return Math.abs(current - baseline) > accuracy;
    }

    private static boolean sameNonFinite(double a, double b) {
        return Double.isNaN(a) ? Double.isNaN(b) : a == b;
    }
}
