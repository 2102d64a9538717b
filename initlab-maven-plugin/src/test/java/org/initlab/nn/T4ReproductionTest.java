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
 * of the products differs, so costs agree to far below a printed digit. The standardised runs use
 * {@code X = (images / 255.0 - 0.1307) / 0.3081} (torchvision's MNIST mean and std) and otherwise
 * the same script; its essence, runnable with Debian's numpy 1.24 ({@code /usr/bin/python3}):
 * <pre>{@code
 * X = (train_images.reshape(60000, 784) / 255.0 - mean) / std     # mean, std = 0, 1 for raw pixels
 * Y = np.eye(10)[train_labels]
 * np.random.seed(0)
 * W1 = np.random.normal(0, np.sqrt(2 / 784), (100, 784))           # np.zeros for the zeros runs
 * W2 = np.random.normal(0, np.sqrt(2 / 100), (10, 100))
 * b1, b2 = np.zeros(100), np.zeros(10)
 * P = [W1, b1, W2, b2]; M = [np.zeros_like(q) for q in P]; V = [np.zeros_like(q) for q in P]
 * order = np.random.permutation(60000); costs = []
 * for step, s in enumerate(range(0, 60000, 100)):
 *     r = order[s:s + 100]; xb, yb = X[r], Y[r]
 *     z1 = xb @ W1.T + b1; a1 = np.maximum(0, z1); z2 = a1 @ W2.T + b2
 *     e = np.exp(z2 - z2.max(axis=1, keepdims=True)); p = e / e.sum(axis=1, keepdims=True)
 *     if step % 100 == 0: costs.append(-np.mean(np.sum(yb * np.log(p), axis=1)))  # before the update
 *     dz2 = (p - yb) / len(r); dz1 = (dz2 @ W2) * (z1 > 0)
 *     G = [dz1.T @ xb, dz1.sum(0), dz2.T @ a1, dz2.sum(0)]
 *     t = step + 1
 *     for q, g, m, v in zip(P, G, M, V):                               # Adam: 0.9, 0.999, 1e-8
 *         m *= 0.9; m += 0.1 * g; v *= 0.999; v += 0.001 * g * g
 *         q -= 0.001 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
 * accuracy = np.mean(np.argmax(np.maximum(0, tX @ W1.T + b1) @ W2.T + b2, axis=1) == test_labels)
 * }</pre>
 */
class T4ReproductionTest {
    /** torchvision's {@code Normalize((0.1307,), (0.3081,))} for MNIST. */
    private static final String STANDARDISED = ", mean=0.1307, std=0.3081)";

    private static Dataset train;
    private static Dataset test;
    private static Dataset standardisedTrain;
    private static Dataset standardisedTest;

    @BeforeAll
    static void data() {
        DatasetContext context = SharedDatasets.context(Path.of("."));
        train = DatasetCatalog.load("train", "mnist(split=train)", context);
        test = DatasetCatalog.load("test", "mnist(split=test)", context);
        standardisedTrain = DatasetCatalog.load("train", "mnist(split=train" + STANDARDISED, context);
        standardisedTest = DatasetCatalog.load("test", "mnist(split=test" + STANDARDISED, context);
    }

    private static TrainingResult run(MutableMlp net, NumpyRandom rng) {
        return run(net, rng, train, test);
    }

    private static TrainingResult run(MutableMlp net, NumpyRandom rng, Dataset train, Dataset test) {
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
     * whose second moment is about 0.11 instead of the 1 He's derivation assumes; see the
     * standardised run below).
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

    /**
     * The same He run on standardised pixels, {@code (pixel / 255 - 0.1307) / 0.3081}: inputs with
     * unit variance, as He's derivation assumes. numpy: test accuracy 0.9506, train 0.9574833….
     */
    @Test
    void heOnStandardisedPixelsReachesNinetyFivePercent() {
        NumpyRandom rng = new NumpyRandom(0);
        TrainingResult r = run(network("kaiming_normal(nonlinearity=relu)", rng), rng, standardisedTrain, standardisedTest);

        double[] numpy = {3.1961277297800126, 0.27536973859680985, 0.18640384039801516, 0.2537150813925825,
            0.131755764878714, 0.15921511393583776};
        double[] costs = r.costValues();
        assertThat(costs).hasSize(numpy.length);
        for (int i = 0; i < costs.length; i++) {
            assertThat(Math.abs(costs[i] - numpy[i]) / numpy[i]).as("relative difference of the cost at step %d: %s vs numpy %s",
                    100 * i, costs[i], numpy[i]).isLessThan(1e-9);
        }
        assertThat(r.testAccuracy()).as("the issue's bar").isGreaterThanOrEqualTo(0.95);
        assertThat(r.testAccuracy()).as("numpy: 0.9506").isCloseTo(0.9506, within(0.0003));
        assertThat(r.trainAccuracy()).as("numpy: 0.9574833").isCloseTo(0.9574833333333334, within(0.0002));
        assertThat(r.distinctUnits()).containsExactly(100);
    }

    /**
     * Standardising the inputs changes nothing for zero weights: the hidden layer outputs relu(0) = 0
     * whatever the image, so the run is the raw-pixel one step for step.
     */
    @Test
    void zerosOnStandardisedPixelsStillPredictTheCommonestDigit() {
        NumpyRandom rng = new NumpyRandom(0);
        MutableMlp net = network("zeros", rng);
        TrainingResult r = run(net, rng, standardisedTrain, standardisedTest);

        assertThat(r.testAccuracy()).isEqualTo(0.1135);
        assertThat(r.distinctUnits()).containsExactly(1);
        assertThat(Arrays.stream(net.weights(1)).allMatch(w -> w == 0.0)).as("W1 stays exactly zero").isTrue();
        assertThat(r.costValues()).as("numpy's costs at steps 0, 100, …, 500")
                .containsExactly(new double[] {2.3025850929940455, 2.2995952121356837, 2.3033915807482908,
                    2.2989045409818707, 2.306512554455944, 2.2983995535557384}, within(1e-12));
    }
}
