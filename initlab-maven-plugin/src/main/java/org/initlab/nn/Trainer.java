package org.initlab.nn;

import org.initlab.numeric.MatrixKernel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.initlab.data.Dataset;
import org.initlab.init.Initializer;
import org.initlab.random.NumpyRandom;
import org.initlab.random.RandomSource;

/**
 * Trains a {@link MutableMlp} on the config's {@link Schedule}. Full batch is the T1 tutorial's
 * loop:
 * <pre>
 *   for i in range(iterations):
 *       a = forward(X);  cost = loss(a, Y)      # recorded when i % recordEvery == 0
 *       grads = backward(...);  update(...)
 * </pre>
 * in plain Java loops that reproduce numpy's rounding; minibatches are {@link MinibatchTrainer}'s,
 * with the wide products on a {@link MatrixKernel}. The cost is only computed on recorded steps:
 * it does not influence training, and skipping it spares two logarithms per sample on all other
 * passes.
 */
public final class Trainer {
    private Trainer() {
    }

    /** Trains from a fresh numpy generator seeded with {@code seed} ({@code np.random.seed(seed)} first). */
    public static TrainingResult train(TrainingConfig config, Initializer weightInit, long seed, Dataset train, Dataset test) {
        return train(config, weightInit, new NumpyRandom(seed), train, test);
    }

    /** {@link #train(TrainingConfig, Initializer, RandomSource, Dataset, Dataset, MatrixKernel)} with the {@code auto} kernel. */
    public static TrainingResult train(TrainingConfig config, Initializer weightInit, RandomSource rng,
            Dataset train, Dataset test) {
        return train(config, weightInit, rng, train, test, Kernels.named("auto"));
    }

    /**
     * Draws the weights from {@code rng}, trains on {@code train} and measures on both sets. In
     * minibatch training the same {@code rng} then shuffles the rows, one {@code permutation(m)}
     * per epoch.
     *
     * @param test   may be {@code null}; then the test accuracy is NaN
     * @param kernel runs the wide products of minibatch training; full-batch training ignores it
     *               and keeps numpy's exact operation order
     */
    public static TrainingResult train(TrainingConfig config, Initializer weightInit, RandomSource rng,
            Dataset train, Dataset test, MatrixKernel kernel) {
        MutableMlp net = MutableMlp.initialize(config.sizes(), config.hidden(), config.output(), weightInit,
                config.biasInit(), rng);
        return train(config, net, rng, train, test, kernel);
    }

    /**
     * Trains the given network in place; exposed for diagnostics that need the trained weights.
     *
     * @param rng shuffles the rows in minibatch training; unused (may be {@code null}) for full batch
     */
    public static TrainingResult train(TrainingConfig config, TrainableNetwork net, RandomSource rng, Dataset train,
            Dataset test, MatrixKernel kernel) {
        if (config.schedule() instanceof Schedule.Minibatch minibatch) {
            if (rng == null) {
                throw new IllegalArgumentException("minibatch training (" + minibatch.text() + ") needs a generator to shuffle the rows");
            }
            return new MinibatchTrainer(config, kernel).train(minibatch, net, rng, train, test);
        }
        Schedule.FullBatch fullBatch = (Schedule.FullBatch) config.schedule();
        // the dense MLP keeps numpy's exact operation order, which T1's published costs need to the last bit
        return net instanceof MutableMlp mlp ? fullBatch(config, fullBatch.iterations(), mlp, train, test)
                : new MinibatchTrainer(config, kernel).fullBatch(fullBatch, net, train, test);
    }

    /** Full-batch training of the given network in place. */
    public static TrainingResult train(TrainingConfig config, MutableMlp net, Dataset train, Dataset test) {
        return train(config, net, null, train, test, null);
    }

    private static TrainingResult fullBatch(TrainingConfig config, int iterations, MutableMlp net, Dataset train, Dataset test) {
        Batch batch = Batch.of(train, net, "training data");
        BatchPass pass = new BatchPass(net, batch.x(), batch.y(), batch.m());
        Gradients grads = new Gradients(net);
        Optimizer.Step step = config.optimizer().start(net, config.learningRate());
        List<TrainingResult.Cost> costs = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            pass.forward();
            if (i % config.recordEvery() == 0) {
                costs.add(new TrainingResult.Cost(i, pass.cost(config.loss())));
            }
            pass.backward(config.loss(), grads);
            step.apply(grads);
        }
        double trainAccuracy = accuracy(net, batch);
        Double testAccuracy = test == null ? null : accuracy(net, Batch.of(test, net, "test data"));
        return new TrainingResult(costs, trainAccuracy, testAccuracy, net.distinctUnits());
    }

    /**
     * Fraction of samples classified right: a single sigmoid output predicts 1 when
     * {@code a > 0.5} (the tutorial's {@code predict}); softmax predicts its largest output.
     * NaN for a linear output, which is regression.
     */
    static double accuracy(MutableMlp net, Batch batch) {
        if (net.output() == OutputActivation.LINEAR) {
            return Double.NaN;
        }
        double[] a = new BatchPass(net, batch.x(), null, batch.m()).forward();
        return (double) correct(a, net.size(net.layers()), batch.m(), j -> batch.labels()[j]) / batch.m();
    }

    /** How many of the {@code m} columns of the outputs {@code a} (k × m) predict their label. */
    static int correct(double[] a, int k, int m, IntToDoubleFunction label) {
        int right = 0;
        for (int j = 0; j < m; j++) {
            int predicted;
            if (k == 1) {
                predicted = a[j] > 0.5 ? 1 : 0;
            } else {
                predicted = 0;
                for (int i = 1; i < k; i++) {
                    if (a[i * m + j] > a[predicted * m + j]) {
                        predicted = i;
                    }
                }
            }
            if (predicted == label.applyAsDouble(j)) {
                right++;
            }
        }
        return right;
    }
}
