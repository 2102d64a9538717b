package org.initlab.theory;

import java.util.ArrayList;
import java.util.List;
import org.initlab.nn.Activation;

/**
 * The mean-field phase diagram of a deep network of one odd, saturating activation (tanh), in the
 * plane of σ_w² = n·Var(w) and σ_b² = Var(b): the fixed point q* of the length map
 * q ↦ σ_w²·E[φ(√q z)²] + σ_b², the slope χ₁ there, the fixed point c* of the correlation map and the
 * depth scales ξ_q and ξ_c (Schoenholz, Gilmer, Ganguli &amp; Sohl-Dickstein 2017, eqs. 3–9), all by
 * the quadrature of {@link GaussianExpectation}.
 */
public final class PhaseDiagram {
    private static final int BISECTIONS = 60;
    /** σ_w² computed from a formula (Xavier's 2/(n+n)·n) may miss 1 by a rounding error: that is still the critical point. */
    private static final double CRITICAL_TOLERANCE = 1e-9;

    private final Activation activation;

    public PhaseDiagram(Activation activation) {
        if (activation != Activation.TANH) {
            throw new IllegalArgumentException("the phase diagram is drawn for tanh (odd, saturating), not " + activation.text());
        }
        this.activation = activation;
    }

    private double secondMoment(double q) {
        return MeanFieldActivation.moments(activation, 0, q).secondMoment();
    }

    private double slopeSquare(double q) {
        return MeanFieldActivation.moments(activation, 0, q).slopeSquare();
    }

    /**
     * q*: the length map's stable fixed point. tanh is bounded by 1, so q* lies in
     * [σ_b², σ_b² + σ_w²], and the map minus the identity changes sign once there. Without biases
     * and with σ_w² ≤ 1 (φ′(0) = 1) the only fixed point is 0.
     */
    public double fixedPoint(double sigmaW2, double sigmaB2) {
        if (sigmaB2 == 0 && sigmaW2 <= 1 + CRITICAL_TOLERANCE) {
            return 0;
        }
        double lo = sigmaB2 == 0 ? 1e-12 : sigmaB2;
        double hi = sigmaB2 + sigmaW2;
        for (int i = 0; i < BISECTIONS; i++) {
            double mid = 0.5 * (lo + hi);
            if (sigmaW2 * secondMoment(mid) + sigmaB2 > mid) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** Every figure of {@link DepthScales} for one point of the plane. */
    public DepthScales at(double sigmaW2, double sigmaB2) {
        double q = fixedPoint(sigmaW2, sigmaB2);
        double chi = q == 0 && Math.abs(sigmaW2 - 1) <= CRITICAL_TOLERANCE ? 1 : sigmaW2 * slopeSquare(q);
        double lengthSlope = chi + sigmaW2 * MeanFieldActivation.curvatureTimesValue(activation, 0, q);
        double c = chi <= 1 ? 1 : correlationFixedPoint(sigmaW2, sigmaB2, q);
        double chiC = chi <= 1 ? chi : sigmaW2 * slopeProduct(q, c);
        // 1/|log|: on the critical line χ is 1 up to rounding, and the depth infinite either way
        return new DepthScales(sigmaW2, sigmaB2, q, chi, c, 1 / Math.abs(Math.log(lengthSlope)), 1 / Math.abs(Math.log(chiC)));
    }

    /**
     * The points of the critical line χ₁ = 1, one per q* in {@code fixedPoints}: there
     * σ_w² = 1/E[φ′(√q* z)²] and σ_b² = q* − σ_w²·E[φ(√q* z)²] (no root finding needed).
     */
    public List<double[]> criticalLine(double[] fixedPoints) {
        List<double[]> line = new ArrayList<>();
        for (double q : fixedPoints) {
            double sigmaW2 = 1 / slopeSquare(q);
            line.add(new double[] {sigmaW2, Math.max(0, q - sigmaW2 * secondMoment(q))});
        }
        return line;
    }

    /**
     * c* < 1 of the chaotic phase: c ↦ (σ_w²·E[φ(u₁)φ(u₂)] + σ_b²)/q* with (u₁, u₂) Gaussian of variance
     * q* and correlation c. Without biases tanh's oddness makes c* = 0; otherwise bisection on
     * [0, 1), where the map lies above the identity below c* and below it above.
     */
    private double correlationFixedPoint(double sigmaW2, double sigmaB2, double q) {
        if (sigmaB2 == 0) {
            return 0;
        }
        double lo = 0;
        double hi = 1 - 1e-9;
        for (int i = 0; i < 40; i++) {
            double mid = 0.5 * (lo + hi);
            if ((sigmaW2 * valueProduct(q, mid) + sigmaB2) / q > mid) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** E[φ(u₁)φ(u₂)]: u₁ ~ N(0, q), and given u₁, u₂ ~ N(c·u₁, q(1 − c²)). */
    private double valueProduct(double q, double c) {
        return GaussianExpectation.of(u1 -> activation.apply(u1)
                * GaussianExpectation.of(activation::apply, c * u1, q * (1 - c * c)), 0, q);
    }

    /** E[φ′(u₁)φ′(u₂)] for the same pair: χ_c, the correlation map's slope at c*, over σ_w². */
    private double slopeProduct(double q, double c) {
        var slope = MeanFieldActivation.slope(activation);
        return GaussianExpectation.of(u1 -> slope.applyAsDouble(u1)
                * GaussianExpectation.of(slope, c * u1, q * (1 - c * c)), 0, q);
    }
}
