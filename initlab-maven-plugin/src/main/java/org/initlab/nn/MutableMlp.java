package org.initlab.nn;

import java.util.Arrays;
import org.initlab.init.BiasRule;
import org.initlab.init.Initializer;
import org.initlab.init.Layout;
import org.initlab.init.WeightShape;
import org.initlab.random.RandomSource;

/**
 * A fully connected network's parameters, changed in place by training (hence the name).
 * Layout out-in, as in the T1 tutorial and PyTorch: layer {@code l} holds {@code W_l} of shape
 * (n_l, n_{l−1}), row-major, and computes {@code W_l·a + b_l} on inputs stored as
 * (features × samples).
 */
public final class MutableMlp implements TrainableNetwork {
    private final int[] sizes;
    private final Activation hidden;
    private final OutputActivation output;
    private final double[][] weights;
    private final double[][] biases;

    private MutableMlp(int[] sizes, Activation hidden, OutputActivation output) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("a network needs an input size and at least one layer, got "
                    + Arrays.toString(sizes));
        }
        for (int s : sizes) {
            if (s <= 0) {
                throw new IllegalArgumentException("layer sizes must be positive, got " + Arrays.toString(sizes));
            }
        }
        this.sizes = sizes.clone();
        this.hidden = hidden;
        this.output = output;
        this.weights = new double[sizes.length - 1][];
        this.biases = new double[sizes.length - 1][];
    }

    /**
     * Draws the parameters the way the T1 tutorial does: for each layer in order, {@code W_l}
     * as one (n_l, n_{l−1}) array in row-major order, then {@code b_l}. A {@code null} bias
     * initializer means zeros, drawing nothing.
     *
     * @param sizes input size then each layer's size, e.g. {@code [2, 10, 5, 1]}
     */
    public static MutableMlp initialize(int[] sizes, Activation hidden, OutputActivation output,
            Initializer weightInit, Initializer biasInit, RandomSource rng) {
        return initialize(sizes, hidden, output, weightInit, biasInit, java.util.Optional.empty(), rng);
    }

    /**
     * As above; without a bias initializer, {@code libraryBias} (torch:default's U(±1/√fan_in)) draws
     * each layer's bias from the layer's weight shape, else the biases are zeros.
     */
    public static MutableMlp initialize(int[] sizes, Activation hidden, OutputActivation output,
            Initializer weightInit, Initializer biasInit, java.util.Optional<BiasRule> libraryBias, RandomSource rng) {
        MutableMlp net = new MutableMlp(sizes, hidden, output);
        for (int l = 1; l < sizes.length; l++) {
            WeightShape shape = WeightShape.of(sizes[l - 1], sizes[l], Layout.OUT_IN);
            net.weights[l - 1] = weightInit.sample(shape, rng);
            net.biases[l - 1] = biasInit != null ? biasInit.sample(WeightShape.of(1, sizes[l], Layout.OUT_IN), rng)
                    : libraryBias.map(rule -> rule.sample(shape, rng)).orElseGet(() -> new double[shape.out()]);
        }
        return net;
    }

    /** Number of layers with weights (3 for T1's 2-10-5-1). */
    @Override
    public int layers() {
        return sizes.length - 1;
    }

    /** Units of layer {@code l}; layer 0 is the input. */
    public int size(int l) {
        return sizes[l];
    }

    public Activation hidden() {
        return hidden;
    }

    @Override
    public OutputActivation output() {
        return output;
    }

    /** {@code W_l} (1-based {@code l}), row-major (n_l × n_{l−1}); the live array. */
    @Override
    public double[] weights(int l) {
        return weights[l - 1];
    }

    /** {@code b_l} (1-based {@code l}); the live array. */
    @Override
    public double[] biases(int l) {
        return biases[l - 1];
    }

    /**
     * How many different units layer {@code l} has: units whose incoming weights and bias are
     * all equal compute the same function and get the same gradient, so training can never tell
     * them apart. 1 for a layer that started from zeros — the symmetry problem, counted.
     */
    public int distinctUnits(int l) {
        return DistinctUnits.count(weights[l - 1], biases[l - 1]);
    }

    @Override
    public int inputs() {
        return sizes[0];
    }

    @Override
    public int outputs() {
        return sizes[sizes.length - 1];
    }

    /** A pass over inputs gathered by sample, its products on {@code kernel} ({@link BatchPass#bySample}). */
    @Override
    public TrainingPass pass(int samples, boolean targets, org.initlab.numeric.MatrixKernel kernel) {
        return BatchPass.bySample(this, samples, targets, kernel);
    }
}
