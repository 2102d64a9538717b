package org.initlab.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.initlab.claims.ComparedReferences;
import org.initlab.config.ExperimentSpec;
import org.initlab.config.Plot;
import org.initlab.data.Dataset;
import org.initlab.nn.Activation;
import org.initlab.numeric.Matrix;
import org.initlab.numeric.MatrixKernel;
import org.initlab.numeric.SampleShape;
import org.initlab.results.LayerResult;
import org.initlab.results.RunResult;
import org.initlab.results.Stats;
import org.initlab.tensor.Reference;

/**
 * One forward pass per run: draw each layer's weights, apply the layer, and record the
 * statistics of the weights, the linear output and the activation, and how far the weights are
 * from those the experiment's other initializers draw ({@link WeightComparison}), and how far each layer's linear
 * output is from the references its claims name ({@link ComparedReferences}).
 */
final class ActivationsExperiment implements Experiment {
    private final ExperimentSpec spec;
    private final Dataset data;
    private final MatrixKernel kernel;
    private final Set<Reference.Check> references;

    ActivationsExperiment(ExperimentSpec spec, Dataset data, MatrixKernel kernel) {
        this.spec = spec;
        this.data = data;
        this.kernel = kernel;
        this.references = ComparedReferences.of(spec);
    }

    @Override
    public RunResult run(ExperimentSpec.Labeled init, Activation activation) {
        return run(init, activation, layer -> {
        });
    }

    /**
     * The run, telling {@code taken} of each layer's result as soon as it is summarised. A dense
     * layer's matrices are dropped then, so the pass holds one layer's weights whatever the depth.
     */
    RunResult run(ExperimentSpec.Labeled init, Activation activation, Consumer<LayerResult> taken) {
        long start = System.nanoTime();
        if (!spec.architecture().isDense()) {
            return network(init, activation, start, taken);
        }
        List<LayerResult> layers = new ArrayList<>();
        WeightComparison comparison = new WeightComparison(spec, init);
        ForwardPass.each(spec, data.inputs(), init.initializer(), activation, kernel, layer -> {
            SampleShape in = SampleShape.flat(layer.input().cols());
            SampleShape out = SampleShape.flat(layer.pre().cols());
            LayerResult result = new LayerResult(layers.size() + 1, layer.shape().fanIn(), layer.shape().fanOut(),
                    stats(layer.stored().data(), null), stats(layer.pre().data(), plotted(Plot.PRE)),
                    stats(layer.post().data(), plotted(Plot.POST)), null, null, layer.theory(), meanUnitStd(layer.post()),
                    comparison.next(layer), null, null, references(layer.input(), in, layer.pre(), out));
            layers.add(result);
            taken.accept(result);
        });
        return new RunResult(init.label(), init.name(), activation.text(), spec.seed(), (System.nanoTime() - start) / 1_000_000, layers, null, null);
    }

    /**
     * A network with other layers than dense ones: every layer its pre and post statistics, weighted ones
     * their weights; no theory columns (the predictions are the dense networks' so far) and no weight comparison.
     */
    private RunResult network(ExperimentSpec.Labeled init, Activation activation, long start, Consumer<LayerResult> taken) {
        List<LayerResult> layers = new ArrayList<>();
        List<NetworkPass.Step> steps = NetworkPass.run(spec, data, init.initializer(), activation, kernel);
        for (int l = 0; l < steps.size(); l++) {
            NetworkPass.Step step = steps.get(l);
            var planned = step.planned();
            int fanIn = step.shape() == null ? Math.toIntExact(planned.input().size()) : step.shape().fanIn();
            int fanOut = step.shape() == null ? Math.toIntExact(planned.output().size()) : step.shape().fanOut();
            Stats pre = stats(step.pre().data(), plotted(Plot.PRE));
            // a layer without an activation (pooling, a norm, a residual sum) has post = pre: summarise it once
            boolean same = step.post() == step.pre() && Arrays.equals(plotted(Plot.PRE), plotted(Plot.POST));
            Stats post = same ? pre : stats(step.post().data(), plotted(Plot.POST));
            layers.add(new LayerResult(l + 1, fanIn, fanOut, step.stored() == null ? null : stats(step.stored(), null),
                    pre, post, null, null, null, meanUnitStd(step.post()), null, planned.layer().text(), planned.output().toString(),
                    references(step.input(), planned.input(), step.pre(), planned.output())));
            taken.accept(layers.get(l));
        }
        return new RunResult(init.label(), init.name(), activation.text(), spec.seed(), (System.nanoTime() - start) / 1_000_000,
                layers, null, null);
    }

    /** The comparisons the claims ask for ({@link ComparedReferences}) that fit the layer, or null when none does. */
    private Map<String, Double> references(Matrix x, SampleShape in, Matrix pre, SampleShape out) {
        Map<String, Double> diffs = new LinkedHashMap<>();
        for (Reference.Check check : references) {
            if (check.applies(in, out)) {
                diffs.put(check.key(), check.maxRelDiff(x, in, pre, out));
            }
        }
        return diffs.isEmpty() ? null : diffs;
    }

    /** For each unit (column), the population std over samples (rows); then the mean over units. */
    static double meanUnitStd(Matrix m) {
        double[] sum = new double[m.cols()];
        double[] squares = new double[m.cols()];
        double[] v = m.data();
        for (int r = 0; r < m.rows(); r++) {
            for (int c = 0; c < m.cols(); c++) {
                sum[c] += v[r * m.cols() + c];
            }
        }
        double[] mean = new double[m.cols()]; // divided once per unit, not once per value
        for (int c = 0; c < m.cols(); c++) {
            mean[c] = sum[c] / m.rows();
        }
        for (int r = 0; r < m.rows(); r++) {
            for (int c = 0; c < m.cols(); c++) {
                double d = v[r * m.cols() + c] - mean[c];
                squares[c] += d * d;
            }
        }
        double total = 0;
        for (int c = 0; c < m.cols(); c++) {
            total += Math.sqrt(squares[c] / m.rows());
        }
        return total / m.cols();
    }

    /** The configured range belongs to the plotted values (a sigmoid's (0, 1), or T3's [−1, 1] for linear outputs). */
    private double[] plotted(Plot values) {
        return spec.plot() == values ? spec.range() : null;
    }

    /** Histograms span their data unless a range is given for them. */
    private Stats stats(double[] values, double[] range) {
        return Stats.of(values, spec.bins(), range);
    }
}
