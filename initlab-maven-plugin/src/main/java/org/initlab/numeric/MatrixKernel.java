package org.initlab.numeric;

/**
 * Where matrix products run. Tiny products are dominated by per-call overhead (ND4J pays tens of
 * microseconds an op), wide ones by BLAS throughput; each workload picks the kernel that is fast
 * for it, and all kernels give the same numbers up to summation order.
 */
public interface MatrixKernel {

    /** {@code a·b} for row-major a (m×k) and b (k×n). */
    Matrix multiply(Matrix a, Matrix b);

    /**
     * A reusable product {@code c (m×n) = op(a)·op(b)}, {@code op(a)} being (m×k) and {@code op(b)}
     * (k×n). With {@code transposeA} the array {@code a} holds (k×m) and is used transposed, with
     * {@code transposeB} {@code b} holds (n×k): training needs {@code dz·aᵀ} and {@code Wᵀ·dz}, and
     * BLAS takes both without a copy. Summation order is the kernel's own.
     */
    default MatrixProduct product(int m, int k, int n, boolean transposeA, boolean transposeB) {
        return new JavaProduct(m, k, n, transposeA, transposeB);
    }

    String name();
}
