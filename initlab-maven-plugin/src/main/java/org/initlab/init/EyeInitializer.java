package org.initlab.init;

import org.initlab.settings.ConfigException;
import org.initlab.random.RandomSource;

/**
 * {@code gain} on the main diagonal of the stored matrix, 0 elsewhere (a rectangular identity:
 * min(rows, cols) ones). A layer that starts as the identity passes its input through unchanged.
 * Draws nothing, so the generator's state is untouched.
 *
 * <p>Only for matrices, as {@code torch.nn.init.eye_} and Keras's {@code Identity}: on a
 * convolution's kernel it fails naming the shape (use {@code dirac} there). DL4J's {@code IDENTITY}
 * is the exception: on a kernel it is the centred identity of {@link DiracInitializer}.
 */
public final class EyeInitializer implements Initializer {
    private final String spec;
    private final String formula;
    private final double gain;
    private final boolean squareOnly;

    /**
     * @param squareOnly fail on non-square matrices, as DL4J's {@code IDENTITY} does
     */
    public EyeInitializer(String spec, String formula, double gain, boolean squareOnly) {
        this.spec = spec;
        this.formula = formula;
        this.gain = gain;
        this.squareOnly = squareOnly;
    }

    @Override
    public String spec() {
        return spec;
    }

    @Override
    public String formula() {
        return formula;
    }

    /** Share of diagonal entries in the matrix. */
    private static double diagonalShare(WeightShape shape) {
        return Math.min(shape.rows(), shape.cols()) / (double) shape.size();
    }

    @Override
    public double mean() {
        return Double.NaN;
    }

    @Override
    public double mean(WeightShape shape) {
        return gain * diagonalShare(shape);
    }

    @Override
    public double std(WeightShape shape) {
        double p = diagonalShare(shape);
        return Math.abs(gain) * Math.sqrt(p * (1 - p));
    }

    @Override
    public void fill(double[] weights, WeightShape shape, RandomSource rng) {
        if (shape.isConvolution()) {
            if (squareOnly) { // DL4J's WeightInitIdentity.setIdentityConv
                new DiracInitializer(spec, 1, true).fill(weights, shape, rng);
                return;
            }
            throw new ConfigException("initializer '" + spec + "' fills 2-d matrices only (as torch.nn.init.eye_ and"
                    + " Keras's Identity), but the weights are the kernel " + shape + "; use dirac for a convolution");
        }
        if (squareOnly && shape.rows() != shape.cols()) {
            throw new ConfigException("initializer '" + spec + "' needs a square weight matrix, got ("
                    + shape.rows() + ", " + shape.cols() + ")");
        }
        java.util.Arrays.fill(weights, 0.0);
        int n = Math.min(shape.rows(), shape.cols());
        for (int i = 0; i < n; i++) {
            weights[i * shape.cols() + i] = gain;
        }
    }

    @Override
    public String toString() {
        return spec;
    }
}
