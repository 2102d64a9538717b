package org.initlab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Arrays;
import org.initlab.data.Dataset;
import org.initlab.data.DatasetCatalog;
import org.initlab.data.DatasetContext;
import org.initlab.testing.SharedDatasets;
import org.initlab.init.InitializerCatalog;
import org.initlab.random.NumpyRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The T4 tutorial on the real MNIST: 784 → 100 (ReLU) → 10 (softmax), Adam at 0.001, batches of
 * 100, one epoch, seed 0. Reference figures from a numpy script doing the same arithmetic
 * ({@code np.random.seed(0)}, weights {@code normal(0, sqrt(2/fan_in), (out, in))} per layer,
 * then {@code np.random.permutation(60000)}, {@code X = images / 255.0}): only the summation order
 * of the products differs, so costs agree to far below a printed digit.
 */
class T4ReproductionTest {
    private static Dataset train;
    private static Dataset test;

    @BeforeAll
    static void data() {
        DatasetContext context = SharedDatasets.context(Path.of("."));
        train = DatasetCatalog.load("train", "mnist(split=train)", context);
        test = DatasetCatalog.load("test", "mnist(split=test)", context);
    }

    private static TrainingResult run(MutableMlp net, NumpyRandom rng) {
        long start = System.nanoTime();
        TrainingResult r = Trainer.train(TrainingConfig.t4(784, 100, 10), net, rng, train, test, Kernels.named("auto"));
        System.out.printf("T4: one MNIST epoch and both accuracies in %.0f ms%n", (System.nanoTime() - start) / 1e6);
        return r;
    }

    private static MutableMlp network(String init, NumpyRandom rng) {
        TrainingConfig c = TrainingConfig.t4(784, 100, 10);
        return MutableMlp.initialize(c.sizes(), c.hidden(), c.output(), InitializerCatalog.parse("i", init), null, rng);
    }

    /**
     * Zero weights: every hidden unit outputs relu(0) = 0, so dW2 = dz2·a1ᵀ = 0 and dz1 = W2ᵀ·dz2 = 0.
     * Only the output biases learn, towards the class frequencies: the network answers "1" for
     * every image, right for the 1135 ones among the 10 000 test digits.
     */
    @Test
    void zerosLearnOnlyTheOutputBiasAndPredictTheCommonestDigit() {
        NumpyRandom rng = new NumpyRandom(0);
        MutableMlp net = network("zeros", rng);
        TrainingResult r = run(net, rng);

        assertThat(r.testAccuracy()).isEqualTo(0.1135);
        assertThat(r.trainAccuracy()).as("6742 ones of 60 000").isEqualTo(6742 / 60_000.0);
        assertThat(r.distinctUnits()).as("distinct hidden units").containsExactly(1);
        assertThat(Arrays.stream(net.weights(1)).allMatch(w -> w == 0.0)).as("W1 stays exactly zero").isTrue();
        assertThat(Arrays.stream(net.weights(2)).allMatch(w -> w == 0.0)).as("W2 stays exactly zero").isTrue();
        assertThat(Arrays.stream(net.biases(1)).allMatch(b -> b == 0.0)).as("b1 stays exactly zero").isTrue();
        double[] b2 = net.biases(2);
        for (int digit = 0; digit < 10; digit++) {
            assertThat(b2[digit]).as("b2[%d]", digit).isLessThanOrEqualTo(b2[1]);
        }
        assertThat(r.costs().get(0).cost()).as("ln 10 before the first step").isCloseTo(Math.log(10), within(1e-15));
        assertThat(r.costValues()).as("numpy's costs at steps 0, 100, …, 500")
                .containsExactly(new double[] {2.302585092994045, 2.2995952121356837, 2.3033915807482903,
                    2.2989045409818702, 2.306512554455944, 2.298399553555738}, within(1e-12));
    }

    /**
     * He initialisation breaks the symmetry and learns. numpy gives test accuracy 0.9432 for
     * this exact run (not the ≥ 0.95 one might expect: inputs are pixels / 255 without centring,
     * and one epoch is 600 small steps).
     */
    @Test
    void heLearnsTheDigitsInOneEpoch() {
        NumpyRandom rng = new NumpyRandom(0);
        TrainingResult r = run(network("kaiming_normal(nonlinearity=relu)", rng), rng);

        double[] numpy = {2.4044494647416266, 0.3464991625217359, 0.2671942875852587, 0.3374326922300934,
            0.173347713739358, 0.17169518268191467};
        double[] costs = r.costValues();
        assertThat(costs).hasSize(numpy.length);
        for (int i = 0; i < costs.length; i++) {
            assertThat(Math.abs(costs[i] - numpy[i]) / numpy[i]).as("relative difference of the cost at step %d: %s vs numpy %s",
                    100 * i, costs[i], numpy[i]).isLessThan(1e-9);
        }
        assertThat(r.testAccuracy()).as("numpy: 0.9432").isCloseTo(0.9432, within(0.0003));
        assertThat(r.trainAccuracy()).as("numpy: 0.9454833").isCloseTo(0.9454833333333333, within(0.0002));
        assertThat(r.distinctUnits()).containsExactly(100);
    }
}
