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
    private final TrainingConfig config;
    private final MatrixKernel kernel;

    MinibatchTrainer(TrainingConfig config, MatrixKernel kernel) {
        this.config = config;
        this.kernel = kernel;
    }

    TrainingResult train(Schedule.Minibatch schedule, TrainableNetwork net, RandomSource rng, Dataset train, Dataset test) {
        BatchSource source = BatchSource.of(train, net, "training data");
        if (test != null) {
            BatchSource.of(test, net, "test data"); // a test set that does not fit fails before training
        }
        int m = source.rows();
        if (schedule.steps(m) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(schedule.text() + " over " + m + " rows is more than 2³¹ steps");
        }
        int size = Math.min(schedule.batchSize(), m);
        TrainingPass full = net.pass(size, true, kernel);
        TrainingPass last = m % size == 0 ? full : net.pass(m % size, true, kernel);
        Gradients grads = new Gradients(net);
        Optimizer.Step update = config.optimizer().start(net, config.learningRate());
        List<TrainingResult.Cost> costs = new ArrayList<>();
        int step = 0;
        for (int epoch = 0; epoch < schedule.epochs(); epoch++) {
            int[] order = rng.permutation(m);
            for (int from = 0; from < m; from += size) {
                TrainingPass pass = m - from >= size ? full : last;
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
        return result(costs, net, source, test);
    }

    /**
     * Full-batch training of a network that has no numpy-ordered pass of its own (everything but
     * {@link MutableMlp}): every step sees every row in file order, nothing is shuffled.
     */
    TrainingResult fullBatch(Schedule.FullBatch schedule, TrainableNetwork net, Dataset train, Dataset test) {
        BatchSource source = BatchSource.of(train, net, "training data");
        TrainingPass pass = net.pass(source.rows(), true, kernel);
        source.gather(null, 0, pass.samples(), pass.inputs(), pass.targets());
        Gradients grads = new Gradients(net);
        Optimizer.Step update = config.optimizer().start(net, config.learningRate());
        List<TrainingResult.Cost> costs = new ArrayList<>();
        for (int i = 0; i < schedule.iterations(); i++) {
            pass.forward();
            if (i % config.recordEvery() == 0) {
                costs.add(new TrainingResult.Cost(i, pass.cost(config.loss())));
            }
            pass.backward(config.loss(), grads);
            update.apply(grads);
        }
        return result(costs, net, source, test);
    }

    private TrainingResult result(List<TrainingResult.Cost> costs, TrainableNetwork net, BatchSource source, Dataset test) {
        BatchSource testSource = test == null ? null : BatchSource.of(test, net, "test data");
        double trainAccuracy = accuracy(net, source);
        Double testAccuracy = testSource == null ? null : accuracy(net, testSource);
        return new TrainingResult(costs, trainAccuracy, testAccuracy, net.distinctUnits());
    }

    /** {@link Trainer#accuracy} over every row of {@code source}, in chunks so no copy of the whole set is made. */
    private double accuracy(TrainableNetwork net, BatchSource source) {
        if (net.output() == OutputActivation.LINEAR) {
            return Double.NaN;
        }
        int m = source.rows();
        int size = Math.min(net.evaluationRows(), m);
        TrainingPass full = net.pass(size, false, kernel);
        TrainingPass last = m % size == 0 ? full : net.pass(m % size, false, kernel);
        long right = 0;
        for (int from = 0; from < m; from += size) {
            TrainingPass pass = m - from >= size ? full : last;
            int n = pass.samples();
            source.gather(null, from, n, pass.inputs(), null);
            int first = from;
            right += Trainer.correct(pass.forward(), net.outputs(), n, j -> source.label(first + j));
        }
        return (double) right / m;
    }
}
