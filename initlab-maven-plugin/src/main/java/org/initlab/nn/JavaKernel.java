package org.initlab.nn;

import org.initlab.numeric.Matrix;
import org.initlab.numeric.MatrixKernel;

/** Plain Java loops in i-k-j order (streams both operands row-wise): no call overhead at all. */
public final class JavaKernel implements MatrixKernel {
    public static final JavaKernel INSTANCE = new JavaKernel();

    private JavaKernel() {
    }

    @Override
    public Matrix multiply(Matrix a, Matrix b) {
        requireCompatible(a, b);
        int m = a.rows();
        int k = a.cols();
        int n = b.cols();
        double[] x = a.data();
        double[] y = b.data();
        double[] c = new double[m * n];
        for (int i = 0; i < m; i++) {
            int rowC = i * n;
            for (int p = 0; p < k; p++) {
                double aip = x[i * k + p];
                if (aip == 0.0) {
                    continue;
                }
                int rowB = p * n;
                for (int j = 0; j < n; j++) {
                    c[rowC + j] += aip * y[rowB + j];
                }
            }
        }
        return new Matrix(m, n, c);
    }

    static void requireCompatible(Matrix a, Matrix b) {
        if (a.cols() != b.rows()) {
            throw new IllegalArgumentException("cannot multiply " + a.rows() + "×" + a.cols() + " by "
                    + b.rows() + "×" + b.cols());
        }
    }

    @Override
    public String name() {
        return "java";
    }
}
