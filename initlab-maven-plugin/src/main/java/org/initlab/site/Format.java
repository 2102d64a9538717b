package org.initlab.site;

import java.util.Locale;

/** Number formatting for pages (templates call it as {@code fmt}). */
public final class Format {

    /** Four significant digits; NaN and infinities spelled out. */
    public String num(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        String s = a >= 1e-3 && a < 1e5 ? String.format(Locale.ROOT, "%.4g", v) : String.format(Locale.ROOT, "%.3e", v);
        if (s.contains(".") && !s.contains("e")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s.replace('-', '−');
    }

    /** The fraction of all values that fell inside the histogram's range (the rest lie outside or are not finite). */
    public double inHistogram(org.initlab.results.Stats stats) {
        long inside = 0;
        for (long c : stats.histogram().counts()) {
            inside += c;
        }
        return stats.count() == 0 ? 0 : inside / (double) stats.count();
    }

    /** A threshold as written in a POM: {@code 1e-9}, {@code 0.01}. */
    public String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toString().replace('E', 'e');
    }

    /** The Frobenius norm of the values a {@link org.initlab.results.Stats} summarises: √(n·(σ² + μ²)). */
    public double norm(org.initlab.results.Stats stats) {
        return Math.sqrt(stats.count() * (stats.std() * stats.std() + stats.mean() * stats.mean()));
    }

    /**
     * A figure over seeds as {@code median [low, high]}: the bootstrap interval where it has one
     * (accuracies, final costs), else the interquartile range.
     */
    public String spread(org.initlab.results.SeedSummary s) {
        return s.interval() == null ? num(s.median()) + " [" + num(s.q1()) + ", " + num(s.q3()) + "]"
                : num(s.median()) + " [" + num(s.interval().low()) + ", " + num(s.interval().high()) + "]";
    }

    public String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * fraction);
    }
}
