package org.initlab.init;

/**
 * Shortest faithful text of a number for specs and formulas: 1 not 1.0, 0.01 not 1.0E-2. Defined
 * for every double: error messages format the value they reject, so formatting must not fail first.
 */
public final class Numbers {
    private Numbers() {
    }

    /** The value as a spec writes it; NaN and the infinities as {@link Double#parseDouble} reads them back. */
    public static String text(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v); // NaN, Infinity, -Infinity
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** The value for KaTeX: the infinities as ∞, NaN as text. */
    public static String latex(double v) {
        if (Double.isNaN(v)) {
            return "\\text{NaN}";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\\infty" : "-\\infty";
        }
        return text(v);
    }
}
