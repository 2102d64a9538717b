package org.initlab.numeric;

/**
 * tanh within 2 ulp of {@link StrictMath#tanh}, about twice as fast. On Java 17 {@code Math.tanh}
 * is a native fdlibm call per value and dominated the tanh runs; {@link Math#exp} is a JIT
 * intrinsic.
 *
 * <p>Away from 0, tanh|x| = 1 − 2/(e^{2|x|} + 1): the subtraction loses at most a factor 1.2 of
 * accuracy once |x| > 0.625, and e^{2|x|} overflowing to ∞ gives exactly 1. Near 0 that form
 * cancels badly, so the small range uses Cephes' rational approximation
 * tanh x = x + x³·P(x²)/Q(x²) (Moshier, Cephes Math Library, {@code tanh.c}).
 */
public final class Tanh {
    private static final double P0 = -9.64399179425052238628E-1;
    private static final double P1 = -9.92877231001918586564E1;
    private static final double P2 = -1.61468768441708447952E3;
    private static final double Q0 = 1.12811678491632931402E2;
    private static final double Q1 = 2.23548839060100448583E3;
    private static final double Q2 = 4.84406305325125486048E3;

    private Tanh() {
    }

    /** tanh(x); NaN stays NaN, ±∞ give ±1, −0 stays −0. */
    public static double of(double x) {
        double a = Math.abs(x);
        if (a > 0.625) {
            double z = 1 - 2 / (Math.exp(2 * a) + 1);
            return x < 0 ? -z : z;
        }
        if (x == 0) {
            return x;
        }
        double s = x * x;
        return x + x * s * (((P0 * s + P1) * s + P2) / (((s + Q0) * s + Q1) * s + Q2));
    }
}
