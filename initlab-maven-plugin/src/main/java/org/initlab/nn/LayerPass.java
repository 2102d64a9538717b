package org.initlab.nn;

import org.initlab.layers.LayerSpec;
import org.initlab.layers.PlannedLayer;
import org.initlab.numeric.MatrixKernel;

/**
 * One layer of a {@link MutableConvNet}'s pass over a batch of n samples, its buffers allocated once.
 * Values are kept one sample per row (n × values, an image's values in (C, H, W) order), as data sets
 * store them and as the convolutions take them.
 */
interface LayerPass {

    /** This layer's output (n × out) for the input {@code x} (n × in), which it keeps for the backward pass; the live array. */
    double[] forward(double[] x);

    /**
     * From ∂cost/∂output (n × out) of the last {@link #forward}, writes this layer's parameter gradients into
     * {@code grads} and returns ∂cost/∂input (n × in); with {@code needInput} false (no weights below) it may
     * skip that and return null.
     */
    double[] backward(double[] dOut, Gradients grads, boolean needInput);

    /** Whether training has a backward rule for {@code layer}. */
    static boolean supports(LayerSpec layer) {
        return layer instanceof LayerSpec.Dense || layer instanceof LayerSpec.Conv2d || layer instanceof LayerSpec.MaxPool
                || layer instanceof LayerSpec.AvgPool || layer instanceof LayerSpec.Flatten;
    }

    /**
     * The pass of one planned layer.
     *
     * @param l          its 1-based index among the weighted layers (ignored for the others)
     * @param activation what follows a weighted layer, or null (the output layer)
     */
    static LayerPass of(PlannedLayer p, MutableConvNet net, int l, Activation activation, int n, MatrixKernel kernel) {
        LayerSpec layer = p.layer();
        if (layer instanceof LayerSpec.Dense) {
            return new DensePass(net.weights(l), net.biases(l), l, (int) p.input().size(), (int) p.output().size(),
                    activation, n, kernel);
        }
        if (layer instanceof LayerSpec.Conv2d c) {
            return new ConvPass(net.weights(l), net.biases(l), l, p.input(), p.output(), c, activation, n, kernel);
        }
        if (layer instanceof LayerSpec.MaxPool m) {
            return new PoolPass(p.input(), p.output(), m.k(), true, n);
        }
        if (layer instanceof LayerSpec.AvgPool a) {
            return new PoolPass(p.input(), p.output(), a.k(), false, n);
        }
        if (layer instanceof LayerSpec.Flatten) {
            return new FlattenPass();
        }
        throw new IllegalArgumentException(p.label() + ": training has no backward pass for it");
    }
}
