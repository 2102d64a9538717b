package org.initlab.nn;

/** ∂cost/∂W_l and ∂cost/∂b_l of every layer, shaped like the network's parameters; reused every step. */
public final class Gradients {
    private final double[][] weights;
    private final double[][] biases;

    public Gradients(TrainableNetwork net) {
        weights = new double[net.layers()][];
        biases = new double[net.layers()][];
        for (int l = 1; l <= net.layers(); l++) {
            weights[l - 1] = new double[net.weights(l).length];
            biases[l - 1] = new double[net.biases(l).length];
        }
    }

    /** {@code dW_l} (1-based {@code l}), row-major like {@link TrainableNetwork#weights(int)}. */
    public double[] weights(int l) {
        return weights[l - 1];
    }

    public double[] biases(int l) {
        return biases[l - 1];
    }

    public int layers() {
        return weights.length;
    }
}
