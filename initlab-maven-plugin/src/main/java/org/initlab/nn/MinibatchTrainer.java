package org.initlab.nn;

import org.initlab.numeric.MatrixKernel;

import java.util.ArrayList;
import java.util.List;
import org.initlab.data.Dataset;
import org.initlab.random.RandomSource;

/**
 * Minibatch training, the T4 tutorial's loop (and PyTorch's {@code DataLoader(shuffle=True)}):
 * <pre>
 *   for epoch in range(epochs):
 *       order = np.random.permutation(m)          # the run's generator, after the weights
 *       for each run of batchSize rows of order:  # the last one may be shorter
 *           cost = loss(forward(X[rows]), Y[rows])   # recorded when step % recordEvery == 0
 *           backward(...);  update(...);  step += 1
 * </pre>
 * The order comes from the same numpy generator that drew the weights, one
 * {@code permutation(m)} per epoch, so a run is reproducible from its seed alone and a notebook
 * can replay it: {@code np.random.seed(seed)}, draw the weights, then permute. Adam's step count
 * runs across epochs, as in every framework: its bias correction only matters early on.
 */
final class MinibatchTrainer {
    /** Rows per forward pass when measuring accuracy: big enough for fast products, small enough to stay in cache. */
    private static final int EVALUATION_CHUNK = 1000;

    private final TrainingConfig config;
    private final MatrixKernel kernel;

    MinibatchTrainer(TrainingConfig config, MatrixKernel kernel) {
        this.config = config;
        this.kernel = kernel;
    }

    TrainingResult train(Schedule.Minibatch schedule, MutableMlp net, RandomSource rng, Dataset train, Dataset test) {
        BatchSource source = BatchSource.of(train, net, "training data");
        BatchSource testSource = test == null ? null : BatchSource.of(test, net, "test data");
        int m = source.rows();
        if (schedule.steps(m) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(schedule.text() + " over " + m + " rows is more than 2³¹ steps");
        }
        int size = Math.min(schedule.batchSize(), m);
        BatchPass full = pass(net, size, true);
        BatchPass last = m % size == 0 ? full : pass(net, m % size, true);
        Gradients grads = new Gradients(net);
        Optimizer.Step update = config.optimizer().start(net, config.learningRate());
        List<TrainingResult.Cost> costs = new ArrayList<>();
        int step = 0;
        for (int epoch = 0; epoch < schedule.epochs(); epoch++) {
            int[] order = rng.permutation(m);
            for (int from = 0; from < m; from += size) {
                BatchPass pass = m - from >= size ? full : last;
                source.gather(order, from, pass.samples(), pass.inputs(), pass.targets());
                pass.forward();
                if (step % config.recordEvery() == 0) {
                    costs.add(new TrainingResult.Cost(step, pass.cost(config.loss())));
                }
                pass.backward(config.loss(), grads);
                update.apply(grads);
                step++;
            }
        }
        double trainAccuracy = accuracy(net, source);
        Double testAccuracy = testSource == null ? null : accuracy(net, testSource);
        return new TrainingResult(costs, trainAccuracy, testAccuracy, Trainer.distinctUnits(net));
    }

    private BatchPass pass(MutableMlp net, int n, boolean targets) {
        return BatchPass.bySample(net, n, targets, kernel);
    }

    /** {@link Trainer#accuracy} over every row of {@code source}, in chunks so no copy of the whole set is made. */
    private double accuracy(MutableMlp net, BatchSource source) {
        if (net.output() == OutputActivation.LINEAR) {
            return Double.NaN;
        }
        int m = source.rows();
        int size = Math.min(EVALUATION_CHUNK, m);
        BatchPass full = pass(net, size, false);
        BatchPass last = m % size == 0 ? full : pass(net, m % size, false);
        long right = 0;
        for (int from = 0; from < m; from += size) {
            BatchPass pass = m - from >= size ? full : last;
            int n = pass.samples();
            source.gather(null, from, n, pass.inputs(), null);
            int first = from;
            right += Trainer.correct(pass.forward(), net.size(net.layers()), n, j -> source.label(first + j));
        }
        return (double) right / m;
    }
}
