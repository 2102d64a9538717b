package org.initlab.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import org.initlab.data.Circles;
import org.junit.jupiter.api.Test;

class NumpySumTest {

    /** numpy 1.24.2: {@code np.sum(1./300 * (0.5 - y))} for T1's labels; a left-to-right sum gives 1.3e-18. */
    @Test
    void reproducesNumpysPairwiseRoundingOnT1sOutputBiasGradient() {
        double[] y = Circles.generate(300, 0.05, 0.8, 1).targets();
        double[] dz = new double[300];
        for (int j = 0; j < 300; j++) {
            dz[j] = 1. / 300 * (0.5 - y[j]);
        }
        assertThat(NumpySum.sum(dz, 0, 300)).isEqualTo(-2.6020852139652106e-18);
        double naive = 0;
        for (double v : dz) {
            naive += v;
        }
        assertThat(naive).isEqualTo(1.3010426069826053e-18);
    }

    @Test
    void shortRunsAndOffsets() {
        double[] v = {100, 1, 2, 3};
        assertThat(NumpySum.sum(v, 1, 3)).isEqualTo(6.0);
        assertThat(NumpySum.sum(v, 0, 0)).isEqualTo(0.0);
    }

    @Test
    void nansumDropsNaNButKeepsInfinity() {
        assertThat(NumpySum.nansum(new double[] {Double.NaN, 1, 2}, 0, 3)).isEqualTo(3.0);
        assertThat(NumpySum.nansum(new double[] {Double.NaN, Double.POSITIVE_INFINITY, 2}, 0, 3))
                .isEqualTo(Double.POSITIVE_INFINITY);
    }
}
