package org.initlab.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.initlab.layers.LayerSpec;
import org.initlab.layers.PlannedLayer;
import org.initlab.numeric.MatrixKernel;

/**
 * A network of {@code conv2d}, {@code maxpool}, {@code avgpool}, {@code flatten} and {@code dense}
 * layers, its parameters changed in place by training (hence the name). The hidden activation follows
 * every weighted layer but the last, a dense layer whose units are the outputs, followed by the output
 * activation, as in {@link MutableMlp}. Weights are stored as torch stores them: (out, in) for dense,
 * (out, in, k, k) for conv2d; one bias per output unit or channel.
 */
public final class MutableConvNet implements TrainableNetwork {
    private final List<PlannedLayer> plan;
    private final Activation hidden;
    private final OutputActivation output;
    private final double[][] weights;
    private final double[][] biases;

    private MutableConvNet(List<PlannedLayer> plan, Activation hidden, OutputActivation output, double[][] weights,
                           double[][] biases) {
        this.plan = plan;
        this.hidden = hidden;
        this.output = output;
        this.weights = weights;
        this.biases = biases;
    }

    /**
     * The network of {@code plan} with the given parameters, one array each per weighted layer in order
     * (the arrays are the network's from now on; a {@code null} bias is zeros).
     *
     * @throws IllegalArgumentException when a layer cannot be trained ({@link #untrainable}) or a parameter's size is wrong
     */
    public static MutableConvNet of(List<PlannedLayer> plan, Activation hidden, OutputActivation output,
                                    List<double[]> weights, List<double[]> biases) {
        untrainable(plan.stream().map(PlannedLayer::layer).toList()).ifPresent(why -> {
            throw new IllegalArgumentException(why);
        });
        List<PlannedLayer> weighted = plan.stream().filter(p -> p.layer().weighted()).toList();
        if (weights.size() != weighted.size() || biases.size() != weighted.size()) {
            throw new IllegalArgumentException("the network has " + weighted.size() + " weighted layers, got "
                    + weights.size() + " weight and " + biases.size() + " bias arrays");
        }
        double[][] w = new double[weighted.size()][];
        double[][] b = new double[weighted.size()][];
        for (int l = 0; l < weighted.size(); l++) {
            PlannedLayer p = weighted.get(l);
            long expected = p.layer().weightCount(p.input());
            if (weights.get(l).length != expected) {
                throw new IllegalArgumentException(p.label() + ": expected " + expected + " weights, got " + weights.get(l).length);
            }
            int units = p.output().channels();
            double[] bias = biases.get(l) == null ? new double[units] : biases.get(l);
            if (bias.length != units) {
                throw new IllegalArgumentException(p.label() + ": expected " + units + " biases, got " + bias.length);
            }
            w[l] = weights.get(l);
            b[l] = bias;
        }
        return new MutableConvNet(List.copyOf(plan), hidden, output, w, b);
    }

    /**
     * Why training cannot take these layers, naming the first that it cannot: one without a backward
     * pass here (batchnorm, layernorm, residual, convtranspose2d), or a last layer that is not dense.
     */
    public static Optional<String> untrainable(List<LayerSpec> layers) {
        for (int i = 0; i < layers.size(); i++) {
            if (!LayerPass.supports(layers.get(i))) {
                return Optional.of("layer " + (i + 1) + " " + layers.get(i).text() + ": training has no backward pass for"
                        + " it; it trains dense, conv2d, maxpool, avgpool and flatten layers (not batchnorm, layernorm,"
                        + " residual or convtranspose2d)");
            }
        }
        LayerSpec last = layers.get(layers.size() - 1);
        if (!(last instanceof LayerSpec.Dense)) {
            return Optional.of("layer " + layers.size() + " " + last.text() + ": training needs a dense(n) layer last,"
                    + " one unit per output");
        }
        return Optional.empty();
    }

    @Override
    public int inputs() {
        return Math.toIntExact(plan.get(0).input().size());
    }

    @Override
    public int outputs() {
        return Math.toIntExact(plan.get(plan.size() - 1).output().size());
    }

    @Override
    public OutputActivation output() {
        return output;
    }

    public Activation hidden() {
        return hidden;
    }

    /** The layers, each placed on its input. */
    public List<PlannedLayer> plan() {
        return plan;
    }

    @Override
    public int layers() {
        return weights.length;
    }

    @Override
    public double[] weights(int l) {
        return weights[l - 1];
    }

    @Override
    public double[] biases(int l) {
        return biases[l - 1];
    }

    @Override
    public TrainingPass pass(int samples, boolean targets, MatrixKernel kernel) {
        List<LayerPass> passes = new ArrayList<>();
        List<Boolean> needInput = new ArrayList<>();
        int l = 0;
        for (int i = 0; i < plan.size(); i++) {
            PlannedLayer p = plan.get(i);
            needInput.add(l > 0); // only a layer with weights below it needs ∂cost/∂input
            if (p.layer().weighted()) {
                l++;
            }
            passes.add(LayerPass.of(p, this, l, i == plan.size() - 1 ? null : hidden, samples, kernel));
        }
        return new ConvNetPass(this, passes, needInput, samples, targets);
    }

    /**
     * Rows per pass when measuring accuracy: a convolution's patches of one chunk stay near 32 MB
     * (an MNIST chunk of 1000 images through conv2d(kernel=5) would need 115 MB of them).
     */
    @Override
    public int evaluationRows() {
        long perSample = 1;
        for (PlannedLayer p : plan) {
            if (p.layer() instanceof LayerSpec.Conv2d c) {
                perSample = Math.max(perSample, (long) p.output().height() * p.output().width() * p.input().channels()
                        * c.kernel() * c.kernel());
            }
        }
        return (int) Math.max(1, Math.min(1000, (1L << 22) / perSample));
    }
}
