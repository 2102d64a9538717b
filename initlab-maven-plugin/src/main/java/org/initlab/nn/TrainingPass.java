package org.initlab.nn;

/**
 * Forward and backward propagation of one {@link TrainableNetwork} over a batch of a fixed size, with
 * every buffer allocated once. The trainers refill {@link #inputs()} and {@link #targets()} before
 * each step; outputs, targets and the loss's gradient are (units × samples), as the T1 tutorial lays
 * them out, whatever the network keeps inside.
 */
public interface TrainingPass {

    /** Samples per pass. */
    int samples();

    /** The inputs the pass reads, refilled before each step; (samples × features) unless the pass says otherwise. */
    double[] inputs();

    /** The targets the pass reads, (outputs × samples), or {@code null} for a pass that only predicts. */
    double[] targets();

    /** Runs the forward pass and returns the output activations (outputs × samples); the live array. */
    double[] forward();

    /** The cost of the last {@link #forward()}. */
    double cost(Loss loss);

    /** Backpropagates the last {@link #forward()} into {@code grads}. */
    void backward(Loss loss, Gradients grads);
}
