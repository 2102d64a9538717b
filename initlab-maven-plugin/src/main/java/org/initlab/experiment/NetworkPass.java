package org.initlab.experiment;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import org.initlab.config.ExperimentSpec;
import org.initlab.data.Dataset;
import org.initlab.init.BranchRule;
import org.initlab.init.Initializer;
import org.initlab.init.Layout;
import org.initlab.init.WeightShape;
import org.initlab.layers.LayerSpec;
import org.initlab.layers.PlannedLayer;
import org.initlab.nn.Activation;
import org.initlab.numeric.Matrix;
import org.initlab.numeric.MatrixKernel;
import org.initlab.numeric.SampleShape;
import org.initlab.random.RandomSource;
import org.initlab.tensor.Convolution;
import org.initlab.tensor.Normalization;
import org.initlab.tensor.Pooling;

/**
 * One forward pass through a network with other layers than dense ones ({@link ForwardPass} runs the
 * dense networks, with their theory columns). Weights are drawn in layer order from the run's generator
 * as each layer is reached, in the layout's stored order ({@link WeightShape#dims()}), then the
 * layer's bias (one per output unit or channel) as dense layers do; a residual's projection is drawn
 * after its block's layers. Weighted layers are followed by the activation; pooling, flatten, the
 * normalizations and the residual join are not.
 *
 * <p>The initializer's {@link BranchRule} (Fixup, a zero branch) then multiplies the weights and bias of
 * weighted layer j of each residual branch of m weighted layers, in a network of L residual blocks,
 * by {@code scale(L, m, j)}, after they are drawn: the draws are the base's, so the generator's sequence
 * does not depend on the rule. Layers outside branches, and projections, keep their draws.
 */
final class NetworkPass {

    /**
     * One recorded layer.
     *
     * @param shape  the weights' shape (for a residual, its projection's), or null for a layer without weights
     * @param stored the weights as drawn, in the stored order, or null
     * @param input  what the layer received (for a residual, its block's input)
     */
    record Step(PlannedLayer planned, WeightShape shape, double[] stored, Matrix input, Matrix pre, Matrix post) {
    }

    private final ExperimentSpec spec;
    private final Initializer init;
    private final Activation activation;
    private final MatrixKernel kernel;
    private final RandomSource rng;
    /** L, the network's residual blocks, nested ones included: what a branch rule's factors depend on. */
    private final int branches;
    private final List<Step> steps = new ArrayList<>();

    private NetworkPass(ExperimentSpec spec, Initializer init, Activation activation, MatrixKernel kernel) {
        this.spec = spec;
        this.init = init;
        this.activation = activation;
        this.kernel = kernel;
        this.rng = spec.rng().create(spec.seed());
        this.branches = spec.architecture().branches().size();
    }

    static List<Step> run(ExperimentSpec spec, Dataset data, Initializer init, Activation activation, MatrixKernel kernel) {
        List<PlannedLayer> plan = spec.architecture().plan("experiment '" + spec.id() + "' <layers>", data.sample());
        NetworkPass pass = new NetworkPass(spec, init, activation, kernel);
        Matrix x = spec.float32() ? data.inputs().toFloat32() : data.inputs();
        pass.layers(spec.architecture().layers(), plan.iterator(), x, DoubleStream.generate(() -> 1).iterator());
        return pass.steps;
    }

    /** The layers in order; {@code factors} gives each weighted layer at this level its branch rule's factor. */
    private Matrix layers(List<LayerSpec> layers, Iterator<PlannedLayer> plan, Matrix x, PrimitiveIterator.OfDouble factors) {
        for (LayerSpec layer : layers) {
            if (layer instanceof LayerSpec.Residual residual) {
                Matrix out = layers(residual.block(), plan, x, factors(residual));
                x = join(plan.next(), x, out);
            } else {
                x = layer(plan.next(), x, layer.weighted() ? factors.nextDouble() : 1);
            }
        }
        return x;
    }

    /** Factor j of the branch's m weighted layers (its nested residuals' layers are theirs). */
    private PrimitiveIterator.OfDouble factors(LayerSpec.Residual residual) {
        BranchRule rule = init.branchRule();
        int m = (int) residual.block().stream().filter(LayerSpec::weighted).count();
        return IntStream.range(0, m).mapToDouble(j -> rule.scale(branches, m, j)).iterator();
    }

    private Matrix layer(PlannedLayer p, Matrix x, double factor) {
        SampleShape in = p.input();
        SampleShape out = p.output();
        LayerSpec layer = p.layer();
        if (!layer.weighted()) {
            Matrix y = round(apply(layer, in, x));
            steps.add(new Step(p, null, null, x, y, y));
            return y;
        }
        WeightShape shape = weightShape(p, spec.layout());
        // drawn as the base draws them, weights then bias, and only then scaled by the branch rule
        double[] stored = scale(draw(shape), factor);
        double[] bias = scale(ForwardPass.drawBias(spec, init, shape, out.channels(), rng), factor);
        Matrix pre;
        if (layer instanceof LayerSpec.Dense) {
            Matrix w = new Matrix(shape.rows(), shape.cols(), stored);
            pre = kernel.multiply(x, spec.layout() == Layout.IN_OUT ? w : w.transpose());
        } else if (layer instanceof LayerSpec.Conv2d c) {
            pre = Convolution.conv2d(x, in, shape.outInOrder(stored), out, c.kernel(), c.stride(), c.padding(), kernel);
        } else {
            LayerSpec.ConvTranspose2d c = (LayerSpec.ConvTranspose2d) layer;
            pre = Convolution.convTranspose2d(x, in, shape.outInOrder(stored), out, c.kernel(), c.stride(), c.padding(), kernel);
        }
        if (bias != null) {
            Convolution.addChannelBias(pre, out, bias); // a flat output is C×1×1: one bias per unit
        }
        pre = round(pre);
        double[] post = pre.data().clone();
        activation.applyInPlace(post);
        Matrix activated = round(new Matrix(pre.rows(), pre.cols(), post));
        steps.add(new Step(p, shape, stored, x, pre, activated));
        return activated;
    }

    /**
     * The shape a weighted layer draws its weights in: dense (in, out) in the layout, conv2d
     * (out, in, k, k) for out-in; a transposed convolution's as the libraries store it, torch
     * (in, out, k, k), Keras (k, k, out, in): their fans, fan_in = out·k·k. Training draws by it too.
     */
    static WeightShape weightShape(PlannedLayer p, Layout layout) {
        SampleShape in = p.input();
        SampleShape out = p.output();
        if (p.layer() instanceof LayerSpec.Dense) {
            return WeightShape.of((int) in.size(), out.channels(), layout);
        }
        if (p.layer() instanceof LayerSpec.Conv2d c) {
            return WeightShape.conv(in.channels(), c.out(), c.kernel(), c.kernel(), layout);
        }
        if (p.layer() instanceof LayerSpec.ConvTranspose2d c) {
            return WeightShape.conv(c.out(), in.channels(), c.kernel(), c.kernel(), layout);
        }
        throw new IllegalArgumentException(p.label() + " draws no weights");
    }

    /** {@code block(x) + x}, or {@code block(x) + P(x)} with P drawn now, after the block's weights. */
    private Matrix join(PlannedLayer p, Matrix x, Matrix block) {
        WeightShape shape = null;
        double[] stored = null;
        Matrix skip = x;
        if (p.projectionStride() > 0) {
            SampleShape in = p.input();
            SampleShape out = p.output();
            if (in.image()) {
                shape = WeightShape.conv(in.channels(), out.channels(), 1, 1, spec.layout());
                stored = draw(shape);
                skip = Convolution.conv2d(x, in, shape.outInOrder(stored), out, 1, p.projectionStride(), 0, kernel);
            } else {
                shape = WeightShape.of(in.channels(), out.channels(), spec.layout());
                stored = draw(shape);
                Matrix w = new Matrix(shape.rows(), shape.cols(), stored);
                skip = kernel.multiply(x, spec.layout() == Layout.IN_OUT ? w : w.transpose());
            }
        }
        double[] sum = block.data().clone();
        double[] s = skip.data();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += s[i];
        }
        Matrix y = round(new Matrix(block.rows(), block.cols(), sum));
        steps.add(new Step(p, shape, stored, x, y, y));
        return y;
    }

    private static Matrix apply(LayerSpec layer, SampleShape in, Matrix x) {
        if (layer instanceof LayerSpec.MaxPool m) {
            return Pooling.max(x, in, m.k());
        }
        if (layer instanceof LayerSpec.AvgPool a) {
            return Pooling.average(x, in, a.k());
        }
        if (layer instanceof LayerSpec.BatchNorm) {
            return Normalization.batch(x, in);
        }
        if (layer instanceof LayerSpec.LayerNorm) {
            return Normalization.layer(x);
        }
        if (layer instanceof LayerSpec.Flatten) {
            return x; // the row already holds (C, H, W) in row-major order
        }
        throw new IllegalArgumentException("no forward rule for " + layer.text());
    }

    /** The layer's weights, re-seeding first when the experiment re-seeds per layer; rounded to float32 if asked. */
    private double[] draw(WeightShape shape) {
        double[] w = draw(spec, init, shape, rng);
        if (spec.float32()) {
            for (int i = 0; i < w.length; i++) {
                w[i] = (float) w[i];
            }
        }
        return w;
    }

    /** A layer's weights as drawn, in the stored order of its layout, re-seeding first when the experiment re-seeds per layer. */
    static double[] draw(ExperimentSpec spec, Initializer init, WeightShape shape, RandomSource rng) {
        if (spec.reseedPerLayer()) {
            rng.seed(spec.seed());
        }
        return init.sample(shape, rng);
    }

    /**
     * A branch rule's factor applied to drawn values (in place; null stays null), rounded to float32 if
     * asked. A factor of 0 gives +0.0 everywhere, not the −0.0 of a negative draw times 0.
     */
    private double[] scale(double[] values, double factor) {
        if (values == null || factor == 1) {
            return values;
        }
        for (int i = 0; i < values.length; i++) {
            double v = factor == 0 ? 0.0 : values[i] * factor;
            values[i] = spec.float32() ? (float) v : v;
        }
        return values;
    }

    private Matrix round(Matrix m) {
        return spec.float32() ? m.toFloat32() : m;
    }
}
