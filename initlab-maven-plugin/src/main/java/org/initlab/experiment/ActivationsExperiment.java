package org.initlab.experiment;

import java.util.ArrayList;
import java.util.List;
import org.initlab.config.ExperimentSpec;
import org.initlab.data.Dataset;
import org.initlab.init.Initializer;
import org.initlab.init.Layout;
import org.initlab.init.WeightShape;
import org.initlab.nn.Activation;
import org.initlab.nn.Matrix;
import org.initlab.nn.MatrixKernel;
import org.initlab.random.RandomSource;
import org.initlab.results.LayerResult;
import org.initlab.results.RunResult;
import org.initlab.results.Stats;

/**
 * One forward pass per run: draw each layer's weights, apply the layer, and record the
 * statistics of the weights, the linear output and the activation.
 */
final class ActivationsExperiment {
    private final ExperimentSpec spec;
    private final Dataset data;
    private final MatrixKernel kernel;

    ActivationsExperiment(ExperimentSpec spec, Dataset data, MatrixKernel kernel) {
        this.spec = spec;
        this.data = data;
        this.kernel = kernel;
    }

    RunResult run(ExperimentSpec.Labeled init, Activation activation) {
        long start = System.nanoTime();
        RandomSource rng = RandomSource.create(spec.rng(), spec.seed());
        Matrix x = spec.float32() ? data.inputs().toFloat32() : data.inputs();
        List<LayerResult> layers = new ArrayList<>();
        int in = x.cols();
        double predictedSecondMoment = meanSquare(x.data());
        for (int l = 0; l < spec.layers().length; l++) {
            int out = spec.layers()[l];
            if (spec.reseedPerLayer()) {
                rng.seed(spec.seed());
            }
            WeightShape shape = WeightShape.of(in, out, spec.layout());
            Matrix stored = new Matrix(shape.rows(), shape.cols(), init.initializer().sample(shape, rng));
            if (spec.float32()) {
                stored = stored.toFloat32();
            }
            Matrix w = spec.layout() == Layout.IN_OUT ? stored : stored.transpose();
            Matrix pre = kernel.multiply(x, w);
            addBias(pre, out, rng);
            if (spec.float32()) {
                pre = pre.toFloat32();
            }
            double[] post = pre.data().clone();
            activation.applyInPlace(post);
            Matrix activated = new Matrix(pre.rows(), pre.cols(), post);
            if (spec.float32()) {
                activated = activated.toFloat32();
            }
            double weightVariance = Math.pow(init.initializer().std(shape), 2);
            double predictedPre = in * weightVariance * predictedSecondMoment;
            predictedSecondMoment = activation.secondMomentOut(predictedPre);
            layers.add(new LayerResult(l + 1, shape.fanIn(), shape.fanOut(),
                    stats(stored.data(), null), stats(pre.data(), plotted("pre")), stats(activated.data(), plotted("post")), null, null,
                    new LayerResult.Theory(weightVariance, predictedPre), meanUnitStd(activated)));
            x = activated;
            in = out;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new RunResult(init.label(), activation.text(), millis, layers, null);
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
        for (int r = 0; r < m.rows(); r++) {
            for (int c = 0; c < m.cols(); c++) {
                double d = v[r * m.cols() + c] - sum[c] / m.rows();
                squares[c] += d * d;
            }
        }
        double total = 0;
        for (int c = 0; c < m.cols(); c++) {
            total += Math.sqrt(squares[c] / m.rows());
        }
        return total / m.cols();
    }

    private static double meanSquare(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v * v;
        }
        return sum / values.length;
    }

    /** Bias drawn after the layer's weights, one value per output unit, added to every row. */
    private void addBias(Matrix pre, int out, RandomSource rng) {
        Initializer bias = spec.bias();
        if (bias == null) {
            return;
        }
        double[] b = bias.sample(new WeightShape(1, out, Layout.IN_OUT), rng);
        double[] v = pre.data();
        for (int r = 0; r < pre.rows(); r++) {
            for (int c = 0; c < out; c++) {
                v[r * out + c] += b[c];
            }
        }
    }

    /** The configured range belongs to the plotted values (a sigmoid's (0, 1), or T3's [−1, 1] for linear outputs). */
    private double[] plotted(String stat) {
        return spec.plot().equals(stat) ? spec.range() : null;
    }

    /** Histograms span their data unless a range is given for them. */
    private Stats stats(double[] values, double[] range) {
        return Stats.of(values, spec.bins(), range);
    }
}
