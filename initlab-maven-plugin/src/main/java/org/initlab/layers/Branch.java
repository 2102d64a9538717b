package org.initlab.layers;

/**
 * A residual block's branch, the block that {@code residual(block=…)} adds to its skip: where it sits
 * and how many weighted layers it has at its own level (a nested residual's layers are that block's).
 * What a branch rule ({@code fixup}, {@code zero_branch}) scales.
 *
 * @param path 1-based position of the residual, {@code 3} or, inside another residual's block, {@code 3.2}
 */
public record Branch(String path, LayerSpec.Residual residual) {

    /** Weighted layers (dense, the convolutions) of the block, nested residuals' own layers not counted. */
    public int weightedLayers() {
        return (int) residual.block().stream().filter(LayerSpec::weighted).count();
    }

    /** {@code layer 3 residual(block=…)}: how errors name it. */
    public String label() {
        return "layer " + path + " " + residual.text();
    }
}
