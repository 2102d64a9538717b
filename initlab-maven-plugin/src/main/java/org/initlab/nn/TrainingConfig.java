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
 * @param schedule     full batch ({@code iterations}) or minibatch ({@code epochs} + {@code batchSize})
 * @param recordEvery  the cost is recorded before the update of every step {@code i} (counted from 0
 *                     across all epochs) with {@code i % recordEvery == 0}, as T1 prints it; in
 *                     minibatch training it is the cost of that step's minibatch
 */
public record TrainingConfig(int[] sizes, Activation hidden, OutputActivation output, Loss loss,
        Optimizer optimizer, double learningRate, Schedule schedule, int recordEvery, Initializer biasInit) {

    public TrainingConfig {
        sizes = sizes.clone();
        if (sizes.length < 2) {
            throw new IllegalArgumentException("sizes: need the input size and at least one layer, got " + Arrays.toString(sizes));
        }
        loss.requireCompatible("loss", output);
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learningRate must be a positive number, got " + learningRate);
        }
        java.util.Objects.requireNonNull(schedule, "schedule");
        if (recordEvery <= 0) {
            throw new IllegalArgumentException("recordEvery must be positive, got " + recordEvery);
        }
    }

    /** Full-batch training for {@code iterations} steps (the T1 tutorial's kind). */
    public TrainingConfig(int[] sizes, Activation hidden, OutputActivation output, Loss loss, Optimizer optimizer,
            double learningRate, int iterations, int recordEvery, Initializer biasInit) {
        this(sizes, hidden, output, loss, optimizer, learningRate, Schedule.fullBatch(iterations), recordEvery, biasInit);
    }

    /**
     * The T1 tutorial's set-up for {@code layers} after the input: ReLU hidden layers, a sigmoid
     * output, binary cross-entropy, gradient descent at 0.01 for 15 000 iterations, cost every 1000.
     */
    public static TrainingConfig t1(int... sizes) {
        return new TrainingConfig(sizes, Activation.RELU, OutputActivation.SIGMOID, Loss.BCE, Optimizer.GD,
                0.01, 15_000, 1000, null);
    }

    /**
     * The T4 tutorial's set-up: ReLU hidden layers, a softmax output over the last layer's classes,
     * categorical cross-entropy, Adam at 0.001 (the paper's and Keras' default), one epoch in
     * batches of 100, the cost recorded every 100 steps.
     */
    public static TrainingConfig t4(int... sizes) {
        return new TrainingConfig(sizes, Activation.RELU, OutputActivation.SOFTMAX, Loss.CE, Optimizer.ADAM,
                0.001, Schedule.minibatch(1, 100), 100, null);
    }

    /** The same configuration trained on another schedule. */
    public TrainingConfig withSchedule(Schedule value) {
        return new TrainingConfig(sizes, hidden, output, loss, optimizer, learningRate, value, recordEvery, biasInit);
    }

    @Override
    public int[] sizes() {
        return sizes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrainingConfig c && Arrays.equals(sizes, c.sizes) && hidden == c.hidden
                && output == c.output && loss == c.loss && optimizer == c.optimizer
                && Double.compare(learningRate, c.learningRate) == 0 && schedule.equals(c.schedule)
                && recordEvery == c.recordEvery && java.util.Objects.equals(biasInit, c.biasInit);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(Arrays.hashCode(sizes), hidden, output, loss, optimizer, learningRate,
                schedule, recordEvery, biasInit);
    }

    @Override
    public String toString() {
        return "TrainingConfig[sizes=" + Arrays.toString(sizes) + ", hidden=" + hidden.text() + ", output=" + output.text()
                + ", loss=" + loss.text() + ", optimizer=" + optimizer.text() + ", learningRate=" + learningRate
                + ", " + schedule.text() + ", recordEvery=" + recordEvery + ", bias="
                + (biasInit == null ? "zeros" : biasInit.spec()) + "]";
    }
}
