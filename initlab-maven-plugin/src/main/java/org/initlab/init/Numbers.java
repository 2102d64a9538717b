package org.initlab.init;

/** Shortest faithful text of a number for specs and formulas: 1 not 1.0, 0.01 not 1.0E-2. */
public final class Numbers {
    private Numbers() {
    }

    public static String text(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    public static String latex(double v) {
        return text(v);
    }
}
