package org.initlab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.initlab.config.ExperimentSpec;
import org.initlab.init.BiasRule;
import org.initlab.init.DataDependentInitializer;
import org.initlab.init.Initializer;
import org.initlab.init.Layout;
import org.initlab.init.WeightShape;
import org.initlab.nn.Activation;
import org.initlab.numeric.Matrix;
import org.initlab.numeric.MatrixKernel;
import org.initlab.random.RandomSource;
import org.initlab.results.LayerResult;
import org.initlab.theory.InputMoments;
import org.initlab.theory.MeanField;
import org.initlab.theory.MomentSource;
import org.initlab.theory.ParameterMoments;

/**
 * One forward pass through freshly drawn layers, giving each layer's matrices (the weights as
 * drawn, the linear outputs and the activations) to the caller as the layer is computed: {@link #each}
 * holds only the layer at hand, {@link #run} keeps them all (a backward pass needs them). Weights are drawn in layer order from the run's
 * own generator, with the contract's seeding rules; the theory column carries two predictions
 * along: the linear approximation n·Var(w)·E[x²] and the mean-field recursion ({@link MeanField}).
 *
 * <p>A {@link DataDependentInitializer} (LSUV) refines each layer's drawn weights on the batch the
 * layer receives, before the bias is drawn and before the float32 rounding; the linear
 * approximation predicts nothing for it (the figure is absent), since the refined weights' variance is not known a
 * priori, while the mean field uses the refined matrix's own moments.
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
        return run(spec, inputs, init, activation, kernel, spec.rng().create(spec.seed()));
    }

    /** As above, drawing from {@code rng} (fresh, seeded with the experiment's seed), which the caller may draw on from after. */
    static List<Layer> run(ExperimentSpec spec, Matrix inputs, Initializer init, Activation activation, MatrixKernel kernel,
                           RandomSource rng) {
        List<Layer> layers = new ArrayList<>();
        each(spec, inputs, init, activation, kernel, rng, layers::add);
        return layers;
    }

    /**
     * The same pass, handing each layer to {@code use} before the next is drawn and keeping none: a
     * deep network then needs one layer's weights at a time, not all of them (issue 14).
     */
    static void each(ExperimentSpec spec, Matrix inputs, Initializer init, Activation activation, MatrixKernel kernel,
                     Consumer<Layer> use) {
        each(spec, inputs, init, activation, kernel, spec.rng().create(spec.seed()), use);
    }

    private static void each(ExperimentSpec spec, Matrix inputs, Initializer init, Activation activation, MatrixKernel kernel,
                             RandomSource rng, Consumer<Layer> use) {
        Matrix x = spec.float32() ? inputs.toFloat32() : inputs;
        int in = x.cols();
        Double predictedSecondMoment = meanSquare(x.data());
        MeanField meanField = new MeanField(activation, InputMoments.of(x.data(), x.rows(), x.cols()));
        for (int l = 0; l < spec.layers().length; l++) {
            int out = spec.layers()[l];
            WeightShape shape = WeightShape.of(in, out, spec.layout());
            Matrix stored = draw(spec, init, shape, rng);
            if (init instanceof DataDependentInitializer data) {
                stored = refine(data, stored, spec.layout(), x, kernel);
            }
            if (spec.float32()) {
                stored = stored.toFloat32();
            }
            Matrix w = spec.layout() == Layout.IN_OUT ? stored : stored.transpose();
            Matrix pre = kernel.multiply(x, w);
            addBias(drawBias(spec, init, shape, out, rng), pre, out);
            if (spec.float32()) {
                pre = pre.toFloat32();
            }
            double[] post = pre.data().clone();
            activation.applyInPlace(post);
            Matrix activated = new Matrix(pre.rows(), pre.cols(), post);
            if (spec.float32()) {
                activated = activated.toFloat32();
            }
            Double weightVariance = init instanceof DataDependentInitializer ? null : finite(Math.pow(init.std(shape), 2));
            // once a layer has no formula variance, the linear approximation has nothing to carry on
            Double predictedPre = null;
            if (weightVariance != null && predictedSecondMoment != null) {
                double linear = in * weightVariance * predictedSecondMoment;
                predictedPre = finite(linear);
                predictedSecondMoment = finite(activation.secondMomentOut(linear)); // tanh of an overflow is still 1
            } else {
                predictedSecondMoment = null;
            }
            ParameterMoments moments = weightMoments(init, shape, stored);
            ParameterMoments biasMoments = biasMoments(spec, init, shape);
            MeanField.Layer predicted = meanField.next(in, out, moments, biasMoments);
            use.accept(new Layer(shape, stored, w, x, pre, activated, new LayerResult.Theory(weightVariance, predictedPre,
                    moments.mean(), moments.source(), finite(predicted.preVariance()), finite(predicted.postVariance()),
                    finite(predicted.backwardGain()), biasMoments == ParameterMoments.NONE ? null : finite(biasMoments.variance()))));
            x = activated;
            in = out;
        }
    }

    /**
     * The initializer's mean and variance where its formula fixes them; the drawn (refined) matrix's own
     * where it does not: a data-dependent initializer, or a mean that depends on more than the shape.
     */
    private static ParameterMoments weightMoments(Initializer init, WeightShape shape, Matrix stored) {
        double mean = init.mean(shape);
        double std = init.std(shape);
        if (init instanceof DataDependentInitializer || !Double.isFinite(mean) || !Double.isFinite(std)) {
            return ParameterMoments.drawn(stored.data());
        }
        return new ParameterMoments(mean, std * std, MomentSource.FORMULA);
    }

    /** The bias's moments by its initializer's formula, or by the library's rule; none without a bias. */
    private static ParameterMoments biasMoments(ExperimentSpec spec, Initializer init, WeightShape weights) {
        Initializer bias = spec.bias();
        if (bias == null) {
            return spec.libraryBias(init).map(rule -> new ParameterMoments(
                    rule instanceof BiasRule.Constant c ? c.value() : 0.0, rule.variance(weights), MomentSource.FORMULA))
                    .orElse(ParameterMoments.NONE);
        }
        WeightShape shape = new WeightShape(1, weights.out(), Layout.IN_OUT);
        double std = bias.std(shape);
        return new ParameterMoments(bias.mean(shape), std * std, MomentSource.FORMULA);
    }

    /** A prediction that overflowed or had nothing to stand on is absent rather than a string in results.json. */
    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** The weights refined on the layer's input, computed as (in, out) and returned in the stored layout. */
    private static Matrix refine(DataDependentInitializer init, Matrix stored, Layout layout, Matrix x, MatrixKernel kernel) {
        Matrix w = layout == Layout.IN_OUT ? stored : stored.transpose();
        Matrix refined = new Matrix(w.rows(), w.cols(), init.refine(w.data(), w.rows(), w.cols(), x, kernel));
        return layout == Layout.IN_OUT ? refined : refined.transpose();
    }

    /**
     * One layer's weights as drawn, before any refinement or rounding: re-seeding first when the
     * experiment re-seeds per layer. With {@link #drawBias} after it, this is every draw a layer makes
     * from the run's generator, in order ({@link WeightComparison} repeats them for other initializers).
     */
    static Matrix draw(ExperimentSpec spec, Initializer init, WeightShape shape, RandomSource rng) {
        if (spec.reseedPerLayer()) {
            rng.seed(spec.seed());
        }
        return new Matrix(shape.rows(), shape.cols(), init.sample(shape, rng));
    }

    /**
     * The layer's bias, drawn after its weights ({@code weights}), {@code count} values, one per output
     * unit or channel: the experiment's {@code <bias>}, else the library rule {@code init} carries; null
     * without a bias.
     */
    static double[] drawBias(ExperimentSpec spec, Initializer init, WeightShape weights, int count, RandomSource rng) {
        if (spec.bias() != null) {
            return spec.bias().sample(new WeightShape(1, count, Layout.IN_OUT), rng);
        }
        // a transposed convolution's weights are stored (in, out, k, k): same fan-in, count output channels
        WeightShape rule = count == weights.out() ? weights : WeightShape.conv(weights.in(), count,
                weights.kernelHeight(), weights.kernelWidth(), weights.layout());
        return spec.libraryBias(init).map(r -> r.sample(rule, rng)).orElse(null);
    }

    /** Bias added to every row, one value per output unit. */
    private static void addBias(double[] b, Matrix pre, int out) {
        if (b == null) {
            return;
        }
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
