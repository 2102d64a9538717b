package org.initlab.nn;

/**
 * Where matrix products run. Tiny products are dominated by per-call overhead (ND4J pays tens of
 * microseconds an op), wide ones by BLAS throughput; each workload picks the kernel that is fast
 * for it, and all kernels give the same numbers up to summation order.
 */
public interface MatrixKernel {

    /** {@code a·b} for row-major a (m×k) and b (k×n). */
    Matrix multiply(Matrix a, Matrix b);

    String name();
}
