package org.initlab.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TanhTest {

    /** Largest distance from fdlibm's tanh, in units in the last place of the exact-ish result. */
    private static double worstUlps(double scale, int samples) {
        SplittableRandom random = new SplittableRandom(42);
        double worst = 0;
        for (int i = 0; i < samples; i++) {
            double x = (2 * random.nextDouble() - 1) * scale;
            double expected = StrictMath.tanh(x);
            worst = Math.max(worst, Math.abs(Tanh.of(x) - expected) / Math.ulp(expected));
        }
        return worst;
    }

    @Test
    void staysWithinTwoUlpOfFdlibmOnEveryScale() {
        for (double scale : new double[] {1e-12, 1e-4, 0.1, 0.625, 1, 3, 20, 400}) {
            assertThat(worstUlps(scale, 200_000)).as("worst ulp distance for |x| < %s", scale).isLessThanOrEqualTo(2.0);
        }
    }

    @Test
    void bothSidesOfTheSwitchAgree() {
        double below = 0.625;
        double above = Math.nextUp(below);
        assertThat(Tanh.of(below)).isEqualTo(StrictMath.tanh(below));
        assertThat(Tanh.of(above)).isEqualTo(StrictMath.tanh(above));
        assertThat(Tanh.of(-above)).isEqualTo(-Tanh.of(above));
    }

    @Test
    void specialValuesAsJavaMathGivesThem() {
        assertThat(Tanh.of(Double.NaN)).isNaN();
        assertThat(Tanh.of(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
        assertThat(Tanh.of(Double.NEGATIVE_INFINITY)).isEqualTo(-1.0);
        assertThat(Tanh.of(800)).isEqualTo(1.0);
        assertThat(Double.doubleToRawLongBits(Tanh.of(-0.0))).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(Tanh.of(Double.MIN_VALUE)).isEqualTo(Double.MIN_VALUE);
        assertThat(Tanh.of(1e-300)).isEqualTo(1e-300);
    }
}
