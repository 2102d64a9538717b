/**
 * Neural-network building blocks: matrices, activations, the forward pass, and the matrix
 * kernels (plain Java, ND4J) behind one interface.
 *
 * <p>Training (the T1 tutorial and the {@code training} experiment type) lives here too, in plain
 * {@code double[]} loops because the tutorials' networks are so small that per-operation overhead,
 * not arithmetic, would decide the run time: {@link org.initlab.nn.TrainingConfig} says what to
 * train, {@link org.initlab.nn.MutableMlp} holds the parameters, {@link org.initlab.nn.BatchPass}
 * propagates forward and back in numpy's operation order, {@link org.initlab.nn.Loss} and
 * {@link org.initlab.nn.Optimizer} decide what is minimised and how, and
 * {@link org.initlab.nn.Trainer} runs the loop into an immutable {@link org.initlab.nn.TrainingResult}.
 *
 * <p>Minibatch training (T4, MNIST) is the opposite case: 784-wide layers make arithmetic the
 * cost, so a {@link org.initlab.nn.Schedule.Minibatch} run puts each layer's three products on a
 * {@link org.initlab.numeric.MatrixKernel} as fixed-shape {@link org.initlab.numeric.MatrixProduct}s (ND4J's
 * dgemm, or a cache-blocked Java loop), and shuffles the rows each epoch with the run's generator.
 */
package org.initlab.nn;

import org.initlab.numeric.MatrixKernel;
import org.initlab.numeric.MatrixProduct;
