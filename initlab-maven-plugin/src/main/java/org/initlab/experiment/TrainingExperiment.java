package org.initlab.experiment;

import java.util.ArrayList;
import java.util.List;
import org.initlab.config.ExperimentSpec;
import org.initlab.config.TrainingSpec;
import org.initlab.data.Dataset;
import org.initlab.init.DataDependentInitializer;
import org.initlab.init.Initializer;
import org.initlab.init.WeightShape;
import org.initlab.layers.PlannedLayer;
import org.initlab.nn.Activation;
import org.initlab.nn.BatchPass;
import org.initlab.numeric.MatrixKernel;
import org.initlab.nn.MutableConvNet;
import org.initlab.nn.MutableMlp;
import org.initlab.nn.OutputActivation;
import org.initlab.nn.Trainer;
import org.initlab.nn.TrainingConfig;
import org.initlab.nn.TrainingResult;
import org.initlab.random.RandomSource;
import org.initlab.results.CostPoint;
import org.initlab.results.DecisionBoundary;
import org.initlab.results.LayerResult;
import org.initlab.results.RunResult;
import org.initlab.results.Stats;
import org.initlab.results.TrainingSummary;

/**
 * Trains one network per initializer and records the cost curve, the accuracies, how many hidden
 * units stayed distinct, the initial weights' statistics, and for 2-D inputs the decision boundary.
 * A dense network trains as a {@link MutableMlp}, one with convolutions or pooling as a {@link MutableConvNet}.
 */
final class TrainingExperiment implements Experiment {
    /** Grid points per axis of the decision-boundary picture. */
    static final int GRID = 60;

    private final ExperimentSpec spec;
    private final Dataset train;
    private final Dataset test;
    private final MatrixKernel kernel;

    TrainingExperiment(ExperimentSpec spec, Dataset train, Dataset test, MatrixKernel kernel) {
        this.spec = spec;
        this.train = train;
        this.test = test;
        this.kernel = kernel;
    }

    @Override
    public RunResult run(ExperimentSpec.Labeled init, Activation hidden) {
        long start = System.nanoTime();
        if (!spec.architecture().isDense()) {
            return network(init, hidden, start);
        }
        TrainingSpec t = spec.training();
        int[] sizes = new int[spec.layers().length + 1];
        sizes[0] = train.features();
        System.arraycopy(spec.layers(), 0, sizes, 1, spec.layers().length);
        TrainingConfig config = new TrainingConfig(sizes, hidden, t.output(), t.loss(), t.optimizer(), t.learningRate(),
                t.schedule(), t.recordEvery(), spec.bias());
        RandomSource rng = spec.rng().create(spec.seed());
        MutableMlp net = MutableMlp.initialize(sizes, hidden, t.output(), init.initializer(), spec.bias(),
                spec.libraryBias(init.initializer()), rng);
        if (init.initializer() instanceof DataDependentInitializer data) {
            RefinedStart.refine(net, data, train, t.schedule(), kernel);
        }
        List<LayerResult> layers = new ArrayList<>();
        for (int l = 1; l <= net.layers(); l++) {
            layers.add(LayerResult.weightsOnly(l, sizes[l - 1], sizes[l], Stats.of(net.weights(l), spec.bins(), null)));
        }
        TrainingResult result = Trainer.train(config, net, rng, train, test, kernel);
        DecisionBoundary boundary = train.features() == 2 ? boundary(net) : null;
        return new RunResult(init.label(), init.name(), hidden.text(), spec.seed(), (System.nanoTime() - start) / 1_000_000, layers,
                summary(result, boundary), null);
    }

    /**
     * A network with convolutions or pooling, trained as a {@link MutableConvNet}: every layer recorded
     * with its spec and shape, weighted ones with their initial weights.
     */
    private RunResult network(ExperimentSpec.Labeled init, Activation hidden, long start) {
        TrainingSpec t = spec.training();
        List<PlannedLayer> plan = spec.architecture().plan("experiment '" + spec.id() + "' <layers>", train.sample());
        RandomSource rng = spec.rng().create(spec.seed());
        MutableConvNet net = draw(spec, plan, init.initializer(), hidden, rng);
        List<LayerResult> layers = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>(List.of(net.inputs()));
        int l = 0;
        for (PlannedLayer p : plan) {
            int index = layers.size() + 1;
            String shown = p.output().toString();
            if (p.layer().weighted()) {
                WeightShape shape = NetworkPass.weightShape(p, spec.layout());
                // training stores weights out-in, the order they were drawn in, so these are the drawn values as drawn
                layers.add(new LayerResult(index, shape.fanIn(), shape.fanOut(), Stats.of(net.weights(++l), spec.bins(), null),
                        null, null, null, null, null, null, null, p.layer().text(), shown));
                sizes.add(Math.toIntExact(p.output().size()));
            } else {
                layers.add(new LayerResult(index, Math.toIntExact(p.input().size()), Math.toIntExact(p.output().size()), null,
                        null, null, null, null, null, null, null, p.layer().text(), shown));
            }
        }
        TrainingConfig config = new TrainingConfig(sizes.stream().mapToInt(Integer::intValue).toArray(), hidden, t.output(),
                t.loss(), t.optimizer(), t.learningRate(), t.schedule(), t.recordEvery(), spec.bias());
        TrainingResult result = Trainer.train(config, net, rng, train, test, kernel);
        return new RunResult(init.label(), init.name(), hidden.text(), spec.seed(), (System.nanoTime() - start) / 1_000_000,
                layers, summary(result, null), null);
    }

    /**
     * The network's parameters drawn from {@code rng} exactly as an activations experiment's
     * {@link NetworkPass} draws them: layer by layer, each weighted layer's weights in its stored order,
     * then its bias (the experiment's {@code <bias>}, else the initializer's library rule, else zeros), so
     * the first forward pass is that experiment's.
     */
    static MutableConvNet draw(ExperimentSpec spec, List<PlannedLayer> plan, Initializer init, Activation hidden,
                               RandomSource rng) {
        List<double[]> weights = new ArrayList<>();
        List<double[]> biases = new ArrayList<>();
        for (PlannedLayer p : plan) {
            if (p.layer().weighted()) {
                WeightShape shape = NetworkPass.weightShape(p, spec.layout());
                weights.add(shape.outInOrder(NetworkPass.draw(spec, init, shape, rng)));
                biases.add(ForwardPass.drawBias(spec, init, shape, p.output().channels(), rng));
            }
        }
        return MutableConvNet.of(plan, hidden, spec.training().output(), weights, biases);
    }

    private TrainingSummary summary(TrainingResult result, DecisionBoundary boundary) {
        List<CostPoint> costs = result.costs().stream().map(c -> new CostPoint(c.iteration(), c.cost())).toList();
        // a linear output is regression: its accuracy does not exist, and results.json leaves it out
        boolean classifies = spec.training().output() != OutputActivation.LINEAR;
        return new TrainingSummary(costs, classifies ? result.trainAccuracy() : null,
                classifies ? result.testAccuracy() : null, classifies && test != null ? majorityShare(train, test) : null,
                result.distinctUnits(), boundary);
    }

    /** The share of {@code test}'s labels equal to {@code train}'s most frequent one, the smallest on a tie (as argmax picks). */
    static double majorityShare(Dataset train, Dataset test) {
        java.util.Map<Double, Integer> counts = new java.util.TreeMap<>();
        for (double label : train.targets()) {
            counts.merge(label, 1, Integer::sum);
        }
        double majority = counts.entrySet().stream().max(java.util.Map.Entry.<Double, Integer>comparingByValue()
                .thenComparing(java.util.Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).orElseThrow().getKey();
        long same = java.util.Arrays.stream(test.targets()).filter(label -> label == majority).count();
        return (double) same / test.targets().length;
    }

    /** The trained network's class over a grid covering the training points with a margin, as the tutorial plots it. */
    private DecisionBoundary boundary(MutableMlp net) {
        double[] x = train.inputs().data();
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < train.inputs().rows(); i++) {
            xMin = Math.min(xMin, x[2 * i]);
            xMax = Math.max(xMax, x[2 * i]);
            yMin = Math.min(yMin, x[2 * i + 1]);
            yMax = Math.max(yMax, x[2 * i + 1]);
            points.add(new double[] {x[2 * i], x[2 * i + 1], train.targets() == null ? 0 : train.targets()[i]});
        }
        xMin -= 0.2;
        xMax += 0.2;
        yMin -= 0.2;
        yMax += 0.2;
        int m = GRID * GRID;
        double[] grid = new double[2 * m]; // (features × m), one grid point per column
        for (int gy = 0; gy < GRID; gy++) {
            for (int gx = 0; gx < GRID; gx++) {
                int j = gy * GRID + gx;
                grid[j] = xMin + (xMax - xMin) * gx / (GRID - 1);
                grid[m + j] = yMin + (yMax - yMin) * gy / (GRID - 1);
            }
        }
        int outputs = net.size(net.layers());
        double[] a = new BatchPass(net, grid, new double[outputs * m], m).forward();
        int[] predictions = new int[m];
        for (int j = 0; j < m; j++) {
            predictions[j] = predictedClass(net.output(), a, outputs, m, j);
        }
        return new DecisionBoundary(xMin, xMax, yMin, yMax, GRID, predictions, points);
    }

    private static int predictedClass(OutputActivation output, double[] a, int outputs, int m, int j) {
        if (outputs == 1) {
            return a[j] > 0.5 ? 1 : 0;
        }
        int best = 0;
        for (int k = 1; k < outputs; k++) {
            if (a[k * m + j] > a[best * m + j]) {
                best = k;
            }
        }
        return best;
    }
}
