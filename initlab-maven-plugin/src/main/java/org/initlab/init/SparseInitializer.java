package org.initlab.init;

import org.initlab.random.RandomSource;
import org.initlab.settings.ConfigException;

/**
 * PyTorch's {@code sparse_}, its variant of the sparse start of Martens (2010), "Deep learning via
 * Hessian-free optimization". Martens fixes a count (15) of non-zero incoming weights per unit with
 * unit-Gaussian values; torch instead zeroes a fraction of each column of N(0, std²) weights. As
 * {@code sparse_}: first every weight is drawn {@code 0 + std·gauss} in row-major order; then,
 * column by column, a random permutation of the row indices picks ⌈sparsity·rows⌉ of them to
 * set to zero. The permutation is numpy's ({@code np.random.permutation(rows)}, legacy
 * Fisher–Yates) under the numpy generator, so the zero pattern is reproducible in a notebook.
 *
 * <p>The count is rounded up in floating point exactly as PyTorch does, so 0.07·300 (which is
 * 21.000000000000004) zeroes 22 entries per column, not 21.
 */
public final class SparseInitializer implements Initializer {
    private final String spec;
    private final double sparsity;
    private final double std;

    public SparseInitializer(String spec, double sparsity, double std) {
        this.spec = spec;
        this.sparsity = sparsity;
        this.std = std;
    }

    @Override
    public String spec() {
        return spec;
    }

    @Override
    public String formula() {
        return "w \\sim \\mathcal{N}(0,\\ " + Numbers.latex(std) + "^2),\\ \\lceil " + Numbers.latex(sparsity)
                + " \\cdot n_\\text{rows} \\rceil \\text{ zeros per column}";
    }

    /** How many entries of each column are zeroed. */
    public int zerosPerColumn(WeightShape shape) {
        return (int) Math.min(shape.rows(), Math.ceil(sparsity * shape.rows()));
    }

    @Override
    public double std(WeightShape shape) {
        double kept = (shape.rows() - zerosPerColumn(shape)) / (double) shape.rows();
        return std * Math.sqrt(kept);
    }

    @Override
    public void fill(double[] weights, WeightShape shape, RandomSource rng) {
        if (shape.isConvolution()) {
            throw new ConfigException("initializer '" + spec + "' fills 2-d matrices only (torch.nn.init.sparse_"
                    + " refuses other tensors), but the weights are the kernel " + shape);
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 0 + std * rng.gauss();
        }
        int zeros = zerosPerColumn(shape);
        for (int c = 0; c < shape.cols(); c++) {
            int[] order = rng.permutation(shape.rows());
            for (int k = 0; k < zeros; k++) {
                weights[order[k] * shape.cols() + c] = 0.0;
            }
        }
    }

    @Override
    public String toString() {
        return spec;
    }
}
