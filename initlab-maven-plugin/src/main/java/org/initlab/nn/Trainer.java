package org.initlab.nn;

import java.util.ArrayList;
import java.util.List;
import org.initlab.data.Dataset;
import org.initlab.init.Initializer;
import org.initlab.random.NumpyRandom;
import org.initlab.random.RandomSource;

/**
 * Full-batch training of a {@link MutableMlp}, the T1 tutorial's loop:
 * <pre>
 *   for i in range(iterations):
 *       a = forward(X);  cost = loss(a, Y)      # recorded when i % recordEvery == 0
 *       grads = backward(...);  update(...)
 * </pre>
 * The cost is only computed on recorded iterations: it does not influence training, and skipping
 * it spares two logarithms per sample on all other passes.
 */
public final class Trainer {
    private Trainer() {
    }

    /** Trains from a fresh numpy generator seeded with {@code seed} ({@code np.random.seed(seed)} first). */
    public static TrainingResult train(TrainingConfig config, Initializer weightInit, long seed, Dataset train, Dataset test) {
        return train(config, weightInit, new NumpyRandom(seed), train, test);
    }

    /**
     * Draws the weights from {@code rng}, trains on {@code train} and measures on both sets.
     *
     * @param test may be {@code null}; then the test accuracy is NaN
     */
    public static TrainingResult train(TrainingConfig config, Initializer weightInit, RandomSource rng,
            Dataset train, Dataset test) {
        MutableMlp net = MutableMlp.initialize(config.sizes(), config.hidden(), config.output(), weightInit,
                config.biasInit(), rng);
        return train(config, net, train, test);
    }

    /** Trains the given network in place; exposed for diagnostics that need the trained weights. */
    public static TrainingResult train(TrainingConfig config, MutableMlp net, Dataset train, Dataset test) {
        Batch batch = Batch.of(train, net, "training data");
        BatchPass pass = new BatchPass(net, batch.x(), batch.y(), batch.m());
        Gradients grads = new Gradients(net);
        Optimizer.Step step = config.optimizer().start(net, config.learningRate());
        List<TrainingResult.Cost> costs = new ArrayList<>();
        for (int i = 0; i < config.iterations(); i++) {
            pass.forward();
            if (i % config.recordEvery() == 0) {
                costs.add(new TrainingResult.Cost(i, pass.cost(config.loss())));
            }
            pass.backward(config.loss(), grads);
            step.apply(grads);
        }
        double trainAccuracy = accuracy(net, batch);
        double testAccuracy = test == null ? Double.NaN : accuracy(net, Batch.of(test, net, "test data"));
        List<Integer> distinct = new ArrayList<>();
        for (int l = 1; l < net.layers(); l++) {
            distinct.add(net.distinctUnits(l));
        }
        return new TrainingResult(costs, trainAccuracy, testAccuracy, distinct);
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
        int k = net.size(net.layers());
        int m = batch.m();
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
            if (predicted == batch.labels()[j]) {
                right++;
            }
        }
        return (double) right / m;
    }
}
