package org.initlab.nn;

import java.util.List;
import org.initlab.numeric.MatrixKernel;

/**
 * What the trainers, the optimizers and {@link Gradients} need of a network: its weighted layers'
 * parameters as live arrays (changed in place by training), the output it classifies with, and a
 * {@link TrainingPass} over batches of a given size. A dense MLP ({@link MutableMlp}) and a network of
 * convolutions, pooling and dense layers ({@link MutableConvNet}) both train through it, so every
 * optimizer, loss, minibatch schedule and accuracy is written once.
 */
public sealed interface TrainableNetwork permits MutableMlp, MutableConvNet {

    /** Values per input sample (784 for an MNIST image, flat or 1×28×28). */
    int inputs();

    /** Output units: one per class for a softmax. */
    int outputs();

    OutputActivation output();

    /** Number of layers with weights. */
    int layers();

    /** The weights of weighted layer {@code l} (1-based), row-major with the output unit or channel first; the live array. */
    double[] weights(int l);

    /** The bias of weighted layer {@code l} (1-based), one per output unit or channel; the live array. */
    double[] biases(int l);

    /**
     * How many different units each hidden weighted layer has (layer 1 first, the output layer left out):
     * units (or a convolution's channels) whose incoming weights and bias are all equal compute the same
     * function and get the same gradient, so training can never tell them apart.
     */
    default List<Integer> distinctUnits() {
        List<Integer> distinct = new java.util.ArrayList<>();
        for (int l = 1; l < layers(); l++) {
            distinct.add(DistinctUnits.count(weights(l), biases(l)));
        }
        return distinct;
    }

    /**
     * A pass over batches of {@code samples} rows gathered as a data set stores them, one sample per row
     * of {@link TrainingPass#inputs()}.
     *
     * @param targets whether the pass has targets (training) or predicts only (evaluation)
     * @param kernel  runs the matrix products
     */
    TrainingPass pass(int samples, boolean targets, MatrixKernel kernel);

    /** Rows per pass when measuring accuracy: big enough for fast products, small enough to stay in cache. */
    default int evaluationRows() {
        return 1000;
    }
}
