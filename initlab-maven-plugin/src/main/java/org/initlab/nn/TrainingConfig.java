package org.initlab.nn;

import java.util.Arrays;
import org.initlab.init.Initializer;

/**
 * Everything about one training run except the weights' initializer and the data: the network's
 * shape, what it minimises and how. Validated here so a bad combination fails before any work.
 *
 * @param sizes        input size, then each layer's size, e.g. {@code [2, 10, 5, 1]}
 * @param hidden       activation of every layer but the last
 * @param output       the last layer's activation
 * @param biasInit     how biases start; {@code null} = zeros (drawing nothing, as the tutorials)
 * @param iterations   full-batch steps
 * @param recordEvery  the cost is recorded before the update of every iteration {@code i} with
 *                     {@code i % recordEvery == 0}, as T1 prints it
 */
public record TrainingConfig(int[] sizes, Activation hidden, OutputActivation output, Loss loss,
        Optimizer optimizer, double learningRate, int iterations, int recordEvery, Initializer biasInit) {

    public TrainingConfig {
        sizes = sizes.clone();
        if (sizes.length < 2) {
            throw new IllegalArgumentException("sizes: need the input size and at least one layer, got " + Arrays.toString(sizes));
        }
        loss.requireCompatible("loss", output);
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learningRate must be a positive number, got " + learningRate);
        }
        if (iterations < 0) {
            throw new IllegalArgumentException("iterations must be >= 0, got " + iterations);
        }
        if (recordEvery <= 0) {
            throw new IllegalArgumentException("recordEvery must be positive, got " + recordEvery);
        }
    }

    /**
     * The T1 tutorial's set-up for {@code layers} after the input: ReLU hidden layers, a sigmoid
     * output, binary cross-entropy, gradient descent at 0.01 for 15 000 iterations, cost every 1000.
     */
    public static TrainingConfig t1(int... sizes) {
        return new TrainingConfig(sizes, Activation.RELU, OutputActivation.SIGMOID, Loss.BCE, Optimizer.GD,
                0.01, 15_000, 1000, null);
    }

    @Override
    public int[] sizes() {
        return sizes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrainingConfig c && Arrays.equals(sizes, c.sizes) && hidden == c.hidden
                && output == c.output && loss == c.loss && optimizer == c.optimizer
                && Double.compare(learningRate, c.learningRate) == 0 && iterations == c.iterations
                && recordEvery == c.recordEvery && java.util.Objects.equals(biasInit, c.biasInit);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(Arrays.hashCode(sizes), hidden, output, loss, optimizer, learningRate,
                iterations, recordEvery, biasInit);
    }

    @Override
    public String toString() {
        return "TrainingConfig[sizes=" + Arrays.toString(sizes) + ", hidden=" + hidden.text() + ", output=" + output.text()
                + ", loss=" + loss.text() + ", optimizer=" + optimizer.text() + ", learningRate=" + learningRate
                + ", iterations=" + iterations + ", recordEvery=" + recordEvery + ", bias="
                + (biasInit == null ? "zeros" : biasInit.spec()) + "]";
    }
}
