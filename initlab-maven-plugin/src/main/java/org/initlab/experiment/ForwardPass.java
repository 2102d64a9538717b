package org.initlab.experiment;

import java.util.ArrayList;
import java.util.List;
import org.initlab.config.ExperimentSpec;
import org.initlab.init.DataDependentInitializer;
import org.initlab.init.Initializer;
import org.initlab.init.Layout;
import org.initlab.init.WeightShape;
import org.initlab.nn.Activation;
import org.initlab.nn.Matrix;
import org.initlab.nn.MatrixKernel;
import org.initlab.random.RandomSource;
import org.initlab.results.LayerResult;

/**
 * One forward pass through freshly drawn layers, keeping every layer's matrices: the weights as
 * drawn, the linear outputs and the activations. Weights are drawn in layer order from the run's
 * own generator, with the contract's seeding rules; the theory column carries the derivation's
 * prediction along.
 *
 * <p>A {@link DataDependentInitializer} (LSUV) refines each layer's drawn weights on the batch the
 * layer receives, before the bias is drawn and before the float32 rounding; its layers predict
 * nothing (NaN), since the refined weights' variance is not known a priori, and the prediction
 * stays NaN for the layers after it.
 */
final class ForwardPass {

    /**
     * One layer of the pass.
     *
     * @param stored weights in the layout they were drawn in
     * @param w      the same weights as (in, out), the form {@code x·W} computes with
     * @param input  what the layer received (samples × in)
     */
    record Layer(WeightShape shape, Matrix stored, Matrix w, Matrix input, Matrix pre, Matrix post, LayerResult.Theory theory) {
    }

    private ForwardPass() {
    }

    static List<Layer> run(ExperimentSpec spec, Matrix inputs, Initializer init, Activation activation, MatrixKernel kernel) {
        return run(spec, inputs, init, activation, kernel, RandomSource.create(spec.rng(), spec.seed()));
    }

    /** As above, drawing from {@code rng} (fresh, seeded with the experiment's seed), which the caller may draw on from after. */
    static List<Layer> run(ExperimentSpec spec, Matrix inputs, Initializer init, Activation activation, MatrixKernel kernel,
                           RandomSource rng) {
        Matrix x = spec.float32() ? inputs.toFloat32() : inputs;
        List<Layer> layers = new ArrayList<>();
        int in = x.cols();
        double predictedSecondMoment = meanSquare(x.data());
        for (int l = 0; l < spec.layers().length; l++) {
            int out = spec.layers()[l];
            if (spec.reseedPerLayer()) {
                rng.seed(spec.seed());
            }
            WeightShape shape = WeightShape.of(in, out, spec.layout());
            Matrix stored = new Matrix(shape.rows(), shape.cols(), init.sample(shape, rng));
            if (init instanceof DataDependentInitializer data) {
                stored = refine(data, stored, spec.layout(), x, kernel);
            }
            if (spec.float32()) {
                stored = stored.toFloat32();
            }
            Matrix w = spec.layout() == Layout.IN_OUT ? stored : stored.transpose();
            Matrix pre = kernel.multiply(x, w);
            addBias(spec.bias(), pre, out, rng);
            if (spec.float32()) {
                pre = pre.toFloat32();
            }
            double[] post = pre.data().clone();
            activation.applyInPlace(post);
            Matrix activated = new Matrix(pre.rows(), pre.cols(), post);
            if (spec.float32()) {
                activated = activated.toFloat32();
            }
            double weightVariance = init instanceof DataDependentInitializer ? Double.NaN : Math.pow(init.std(shape), 2);
            double predictedPre = in * weightVariance * predictedSecondMoment;
            predictedSecondMoment = activation.secondMomentOut(predictedPre);
            layers.add(new Layer(shape, stored, w, x, pre, activated, new LayerResult.Theory(weightVariance, predictedPre)));
            x = activated;
            in = out;
        }
        return layers;
    }

    /** The weights refined on the layer's input, computed as (in, out) and returned in the stored layout. */
    private static Matrix refine(DataDependentInitializer init, Matrix stored, Layout layout, Matrix x, MatrixKernel kernel) {
        Matrix w = layout == Layout.IN_OUT ? stored : stored.transpose();
        Matrix refined = new Matrix(w.rows(), w.cols(), init.refine(w.data(), w.rows(), w.cols(), x, kernel));
        return layout == Layout.IN_OUT ? refined : refined.transpose();
    }

    /** Bias drawn after the layer's weights, one value per output unit, added to every row. */
    private static void addBias(Initializer bias, Matrix pre, int out, RandomSource rng) {
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

    private static double meanSquare(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v * v;
        }
        return sum / values.length;
    }
}
