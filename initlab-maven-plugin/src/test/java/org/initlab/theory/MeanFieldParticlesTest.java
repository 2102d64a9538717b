package org.initlab.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.initlab.nn.Activation;
import org.junit.jupiter.api.Test;

/**
 * With a weight mean the mean field follows the batch's samples (or, for large batches, groups of
 * neighbouring samples): the first layer's pooled Var(pre) is then exactly what the weights' moments
 * make of this batch, and the grouping changes the later layers by far less than a percent.
 */
class MeanFieldParticlesTest {
    private static final ParameterMoments UNIFORM = new ParameterMoments(0.005, 0.01 * 0.01 / 12, MomentSource.FORMULA);
    private static final ParameterMoments BIAS = new ParameterMoments(0.1, 0.01, MomentSource.FORMULA);

    /** 5000 samples of 200 inputs, skewed so that the row sums are far from Gaussian. */
    private static InputMoments skewedBatch() {
        Random random = new Random(3);
        int rows = 5000;
        int cols = 200;
        double[] x = new double[rows * cols];
        for (int i = 0; i < x.length; i++) {
            double g = random.nextGaussian();
            x[i] = g * g;
        }
        return InputMoments.of(x, rows, cols);
    }

    @Test
    void theFirstLayerPoolsTheBatchExactlyWithOrWithoutGrouping() {
        InputMoments inputs = skewedBatch();
        double rowSquares = 0;
        for (int s = 0; s < inputs.samples(); s++) {
            rowSquares += inputs.rowSquare(s) / inputs.samples();
        }
        double exact = UNIFORM.mean() * UNIFORM.mean() * inputs.rowSumVariance() + UNIFORM.variance() * rowSquares
                + BIAS.variance();
        for (int particles : new int[] {5000, 512, 7}) {
            double predicted = new MeanField(Activation.RELU, inputs, particles).next(200, 200, UNIFORM, BIAS).preVariance();
            assertThat(predicted).as(particles + " particles").isCloseTo(exact, within(1e-9 * exact));
        }
    }

    @Test
    void groupingNeighboursChangesLaterLayersByUnderAThousandth() {
        InputMoments inputs = skewedBatch();
        for (Activation activation : new Activation[] {Activation.TANH, Activation.RELU, Activation.SIGMOID}) {
            MeanField every = new MeanField(activation, inputs, inputs.samples());
            MeanField grouped = new MeanField(activation, inputs);
            for (int layer = 1; layer <= 4; layer++) {
                double a = every.next(200, 200, UNIFORM, BIAS).preVariance();
                double b = grouped.next(200, 200, UNIFORM, BIAS).preVariance();
                assertThat(b / a - 1).as(activation + " layer " + layer).isCloseTo(0, within(1e-3));
            }
        }
    }
}
