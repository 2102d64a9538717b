package org.initlab.theory;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.special.Erf;
import org.initlab.nn.Activation;

/**
 * The Gaussian moments of each of initlab's activations: closed forms for the piecewise-linear ones
 * (the moments of a rectified Gaussian), quadrature ({@link GaussianExpectation}) for the smooth ones.
 */
public final class MeanFieldActivation {
    private static final double LEAKY_SLOPE = 0.01;

    private MeanFieldActivation() {
    }

    /** E[φ(h)], E[φ(h)²] and E[φ′(h)²] for h ~ N(mean, variance). */
    public static UnitMoments moments(Activation activation, double mean, double variance) {
        return switch (activation) {
            case LINEAR -> new UnitMoments(mean, mean * mean + variance, 1.0);
            case RELU -> leaky(0.0, mean, variance);
            case LEAKY_RELU -> leaky(LEAKY_SLOPE, mean, variance);
            case TANH, SIGMOID -> smooth(activation, mean, variance);
        };
    }

    /**
     * E[φ″(h)·φ(h)], which with E[φ′²] gives the slope of the length map at its fixed point
     * (Schoenholz et al. 2017, eq. 6); zero for the piecewise-linear activations.
     */
    public static double curvatureTimesValue(Activation activation, double mean, double variance) {
        return switch (activation) {
            case LINEAR, RELU, LEAKY_RELU -> 0.0;
            case TANH -> GaussianExpectation.of(h -> {
                double t = Math.tanh(h);
                return -2 * t * (1 - t * t) * t;
            }, mean, variance);
            case SIGMOID -> GaussianExpectation.of(h -> {
                double s = 1 / (1 + Math.exp(-h));
                return s * (1 - s) * (1 - 2 * s) * s;
            }, mean, variance);
        };
    }

    /** φ′ as a function of h alone (the network's derivative takes the output too). */
    static DoubleUnaryOperator slope(Activation activation) {
        return h -> activation.derivative(h, activation.apply(h));
    }

    private static UnitMoments smooth(Activation a, double mean, double variance) {
        DoubleUnaryOperator slope = slope(a);
        return new UnitMoments(
                GaussianExpectation.of(a::apply, mean, variance),
                GaussianExpectation.of(h -> {
                    double y = a.apply(h);
                    return y * y;
                }, mean, variance),
                GaussianExpectation.of(h -> {
                    double d = slope.applyAsDouble(h);
                    return d * d;
                }, mean, variance));
    }

    /**
     * φ(h) = max(h, 0) + s·min(h, 0). The two halves have disjoint supports, so with the rectified
     * Gaussian's moments E[h⁺] = MΦ(α) + σφ(α) and E[(h⁺)²] = (M² + V)Φ(α) + Mσφ(α), α = M/σ:
     * E[φ] = E[h⁺] − s·E[(−h)⁺], E[φ²] = E[(h⁺)²] + s²·E[((−h)⁺)²], E[φ′²] = Φ(α) + s²Φ(−α).
     */
    private static UnitMoments leaky(double s, double mean, double variance) {
        if (variance == 0) {
            double y = mean > 0 ? mean : s * mean;
            double d = mean > 0 ? 1 : s;
            return new UnitMoments(y, y * y, d * d);
        }
        double sd = Math.sqrt(variance);
        double alpha = mean / sd;
        double up = cdf(alpha);
        double down = cdf(-alpha);
        double density = Math.exp(-0.5 * alpha * alpha) / Math.sqrt(2 * Math.PI);
        double positive = mean * up + sd * density;
        double negative = -mean * down + sd * density;
        double positiveSquare = (mean * mean + variance) * up + mean * sd * density;
        double negativeSquare = (mean * mean + variance) * down - mean * sd * density;
        return new UnitMoments(positive - s * negative, positiveSquare + s * s * negativeSquare, up + s * s * down);
    }

    /** The standard normal CDF, accurate in the tails (erfc rather than 1 + erf). */
    static double cdf(double x) {
        return 0.5 * Erf.erfc(-x / Math.sqrt(2));
    }
}
