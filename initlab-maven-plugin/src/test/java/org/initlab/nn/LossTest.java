package org.initlab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.initlab.settings.ConfigException;
import org.junit.jupiter.api.Test;

class LossTest {

    @Test
    void bceIsInfiniteForAConfidentWrongAnswerAndIgnoresAConfidentRightOne() {
        double[] scratch = new double[2];
        // a = 1 for label 1: (1-y)·log(1-a) = 0·(−∞) = NaN, dropped by nansum
        assertThat(Loss.BCE.cost(new double[] {1.0, 0.5}, new double[] {1, 1}, scratch, 1, 2))
                .isEqualTo(0.5 * Math.log(2));
        // a = 1 for label 0: −log(0) = +∞
        assertThat(Loss.BCE.cost(new double[] {1.0, 0.5}, new double[] {0, 1}, scratch, 1, 2))
                .isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void crossEntropiesSendOneOverMTimesTheErrorBack() {
        double[] dz = new double[2];
        Loss.BCE.outputGradient(OutputActivation.SIGMOID, new double[] {0.25, 0.5}, new double[] {1, 0}, dz, 1, 2);
        assertThat(dz).containsExactly(1. / 2 * (0.25 - 1), 1. / 2 * 0.5);
    }

    @Test
    void mseGradientMatchesAFiniteDifference() {
        double[] a = {0.3, -1.2, 2.0};
        double[] y = {0.0, -1.0, 1.5};
        double[] dz = new double[3];
        Loss.MSE.outputGradient(OutputActivation.LINEAR, a, y, dz, 1, 3);
        double h = 1e-6;
        for (int i = 0; i < 3; i++) {
            double[] up = a.clone();
            double[] down = a.clone();
            up[i] += h;
            down[i] -= h;
            double numeric = (Loss.MSE.cost(up, y, new double[3], 1, 3) - Loss.MSE.cost(down, y, new double[3], 1, 3)) / (2 * h);
            assertThat(dz[i]).isCloseTo(numeric, within(1e-8));
        }
    }

    @Test
    void crossEntropiesNeedTheirOwnOutput() {
        assertThatThrownBy(() -> Loss.BCE.requireCompatible("loss", OutputActivation.LINEAR))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'sigmoid'");
        assertThatThrownBy(() -> Loss.MSE.requireCompatible("loss", OutputActivation.SOFTMAX))
                .isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> Loss.parse("loss", "bse")).hasMessageContaining("bce");
    }
}
