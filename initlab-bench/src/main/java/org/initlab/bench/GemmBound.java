package org.initlab.bench;

import org.initlab.nn.Nd4jKernel;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The MNIST epoch's GEMM bound on this machine: only the matrix products one epoch needs (600 steps
 * of 784-100-10 with batch 100: two forward, three backward products; then the train and test
 * accuracy passes over 70 000 rows in chunks of 1000), as raw OpenBLAS dgemm calls through ND4J on
 * preallocated arrays, with ND4J tuned as initlab tunes it (one thread per product).
 */
final class GemmBound {
    /** {m, k, n, times}: C(m×n) = A(m×k)·B(k×n), repeated. */
    private static final int[][] PRODUCTS = {
        {100, 784, 100, 600}, {100, 100, 10, 600},    // forward
        {10, 100, 100, 600}, {100, 10, 100, 600}, {100, 100, 784, 600},  // dW2, dA1, dW1
        {1000, 784, 100, 70}, {1000, 100, 10, 70},    // accuracy over 60 000 + 10 000 rows
    };

    private GemmBound() {
    }

    /** Floating-point operations of one epoch's products (2 per multiply-add). */
    static double flops() {
        double f = 0;
        for (int[] p : PRODUCTS) {
            f += 2.0 * p[0] * p[1] * p[2] * p[3];
        }
        return f;
    }

    /** Milliseconds the epoch's products take back to back. */
    static double once() {
        Nd4jKernel.get(); // applies initlab's ND4J tuning before the first use
        double total = 0;
        for (int[] p : PRODUCTS) {
            INDArray a = Nd4j.rand(DataType.DOUBLE, p[0], p[1]);
            INDArray b = Nd4j.rand(DataType.DOUBLE, p[1], p[2]);
            INDArray c = Nd4j.create(DataType.DOUBLE, p[0], p[2]);
            total += Samples.time(() -> {
                for (int i = 0; i < p[3]; i++) {
                    Nd4j.gemm(a, b, c, false, false, 1.0, 0.0);
                }
            });
        }
        return total;
    }
}
