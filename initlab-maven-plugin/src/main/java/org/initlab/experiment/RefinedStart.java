package org.initlab.experiment;

import java.util.Arrays;
import org.initlab.data.Dataset;
import org.initlab.init.DataDependentInitializer;
import org.initlab.numeric.Matrix;
import org.initlab.numeric.MatrixKernel;
import org.initlab.nn.MutableMlp;
import org.initlab.nn.Schedule;

/**
 * A training run's start for a data-dependent initializer (LSUV): the drawn weights are refined
 * layer by layer on the batch the network would see first, as Mishkin and Matas do before
 * training. The batch is the first {@code batchSize} training rows in file order (for full-batch
 * training, every row), so it costs no random numbers and every other run's weights and data
 * order stay what they were. Each layer is refined on the previous layer's output computed with
 * its refined weights, bias and activation.
 */
final class RefinedStart {

    private RefinedStart() {
    }

    /** Refines {@code net}'s weights in place on the first batch of {@code train}. */
    static void refine(MutableMlp net, DataDependentInitializer init, Dataset train, Schedule schedule, MatrixKernel kernel) {
        Matrix x = firstBatch(train.inputs(), schedule);
        for (int l = 1; l <= net.layers(); l++) {
            int in = net.size(l - 1);
            int out = net.size(l);
            Matrix drawn = new Matrix(out, in, net.weights(l)).transpose(); // (in, out), as x·W computes
            Matrix refined = new Matrix(in, out, init.refine(drawn.data(), in, out, x, kernel));
            System.arraycopy(refined.transpose().data(), 0, net.weights(l), 0, in * out);
            if (l < net.layers()) {
                x = activate(kernel.multiply(x, refined), net.biases(l), net);
            }
        }
    }

    private static Matrix firstBatch(Matrix inputs, Schedule schedule) {
        int rows = schedule instanceof Schedule.Minibatch minibatch ? Math.min(minibatch.batchSize(), inputs.rows())
                : inputs.rows();
        return new Matrix(rows, inputs.cols(), Arrays.copyOf(inputs.data(), rows * inputs.cols()));
    }

    /** {@code g(z + b)} for every row of {@code z}: the layer's output, the next layer's input. */
    private static Matrix activate(Matrix z, double[] bias, MutableMlp net) {
        double[] v = z.data();
        for (int r = 0; r < z.rows(); r++) {
            for (int c = 0; c < z.cols(); c++) {
                v[r * z.cols() + c] += bias[c];
            }
        }
        net.hidden().applyInPlace(v);
        return z;
    }
}
