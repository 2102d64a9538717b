package org.initlab.layers;

import org.initlab.numeric.SampleShape;

/**
 * One layer of a network placed on its input: what the run records as one layer of results, in order.
 * A residual comes after its block's layers and stands for the join {@code block(x) + skip(x)}.
 *
 * @param path             1-based position, {@code 3} or, inside a residual's block, {@code 3.1}
 * @param input            the sample the layer receives (for a residual, the block's input)
 * @param projectionStride a residual's 1×1 projection stride, 0 for an identity skip (and for every other layer)
 */
public record PlannedLayer(String path, LayerSpec layer, SampleShape input, SampleShape output, int projectionStride) {

    /** {@code layer 3 conv2d(out=16, kernel=5)}: how errors and pages name it. */
    public String label() {
        return "layer " + path + " " + layer.text();
    }
}
