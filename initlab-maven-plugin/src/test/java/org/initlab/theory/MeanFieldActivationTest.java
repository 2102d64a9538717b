package org.initlab.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleUnaryOperator;
import org.initlab.nn.Activation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MeanFieldActivationTest {

    /** A brute-force reference: the trapezoid rule in z on a fine grid over ±14 standard deviations. */
    private static double reference(DoubleUnaryOperator f, double mean, double variance) {
        double sd = Math.sqrt(variance);
        int n = 400_000;
        double dz = 28.0 / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double z = -14 + i * dz;
            double w = (i == 0 || i == n ? 0.5 : 1) * Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI) * dz;
            sum += w * f.applyAsDouble(mean + sd * z);
        }
        return sum;
    }

    @ParameterizedTest(name = "{0} at N({1}, {2})")
    @CsvSource({"TANH, 0, 0.01", "TANH, 0, 1", "TANH, 0, 100", "TANH, 0.3, 9", "TANH, 0, 1e4",
            "SIGMOID, 0, 1", "SIGMOID, 2, 45", "SIGMOID, -1, 0.25",
            "RELU, 0, 2", "RELU, 1.5, 0.5", "RELU, -2, 3", "LEAKY_RELU, 0, 2", "LEAKY_RELU, -0.7, 1.3",
            "LINEAR, 0.5, 2"})
    void momentsAgreeWithBruteForceIntegration(Activation a, double mean, double variance) {
        UnitMoments m = MeanFieldActivation.moments(a, mean, variance);
        DoubleUnaryOperator slope = MeanFieldActivation.slope(a);
        double tol = 2e-6;
        assertThat(m.mean()).isCloseTo(reference(a::apply, mean, variance), within(tol));
        assertThat(m.secondMoment()).isCloseTo(reference(h -> a.apply(h) * a.apply(h), mean, variance),
                within(tol * Math.max(1, variance)));
        double d2 = reference(h -> slope.applyAsDouble(h) * slope.applyAsDouble(h), mean, variance);
        // the reference steps over ReLU′²'s jump: up to dz·φ(0)/2 ≈ 1.4e-5 off there
        assertThat(m.slopeSquare()).isCloseTo(d2, within(Math.max(3e-5, 1e-5 * d2)));
    }

    /** Where plain Gauss–Hermite fails: a wide Gaussian over tanh′², whose mass sits within |h| ≲ 1. */
    @ParameterizedTest
    @CsvSource({"100", "1e4", "1e6"})
    void wideGaussiansGiveTanhSlopeItsAsymptote(double variance) {
        // E[sech⁴(h)] → (4/3)·N(0; 0, q) = (4/3)/√(2πq) as q → ∞
        double asymptote = 4.0 / 3 / Math.sqrt(2 * Math.PI * variance);
        assertThat(MeanFieldActivation.moments(Activation.TANH, 0, variance).slopeSquare() / asymptote)
                .isCloseTo(1, within(0.02));
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void aPointMassGivesTheActivationsOwnValues(Activation a) {
        UnitMoments m = MeanFieldActivation.moments(a, 0.8, 0);
        assertThat(m.mean()).isCloseTo(a.apply(0.8), within(1e-12));
        assertThat(m.secondMoment()).isCloseTo(a.apply(0.8) * a.apply(0.8), within(1e-12));
    }
}
