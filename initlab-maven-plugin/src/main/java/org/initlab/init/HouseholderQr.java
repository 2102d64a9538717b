package org.initlab.init;

/**
 * The thin QR decomposition A = Q·R of a tall matrix (m ≥ n) by Householder reflections, in
 * plain Java: Q is m×n with orthonormal columns, R is n×n upper triangular.
 *
 * <p>Each step k reflects column k below the diagonal onto a multiple of the unit vector, the
 * sign chosen opposite to the pivot so nothing cancels; Q is then the product of the reflections
 * applied to the first n columns of the identity. Numerically stable: ‖QᵀQ − I‖ stays at a few
 * ulps. The signs of R's diagonal are not unique (LAPACK's choice may differ); callers that need
 * a unique Q fold {@code sign(diag R)} into it, after which the result no longer depends on the
 * convention.
 */
public final class HouseholderQr {
    private final int m;
    private final int n;
    private final double[] q;
    private final double[] rDiagonal;

    /**
     * @param a m×n row-major, m ≥ n; not modified
     */
    public HouseholderQr(double[] a, int m, int n) {
        if (m < n || a.length != m * n) {
            throw new IllegalArgumentException("expected a tall m x n matrix (m >= n), got " + m + " x " + n);
        }
        this.m = m;
        this.n = n;
        double[] r = a.clone();
        double[][] reflectors = new double[n][];
        rDiagonal = new double[n];
        for (int k = 0; k < n; k++) {
            double[] v = new double[m - k];
            double norm = 0;
            for (int i = k; i < m; i++) {
                v[i - k] = r[i * n + k];
                norm += v[i - k] * v[i - k];
            }
            norm = Math.sqrt(norm);
            double alpha = v[0] >= 0 ? -norm : norm;
            v[0] -= alpha;
            double vNorm2 = 0;
            for (double x : v) {
                vNorm2 += x * x;
            }
            if (vNorm2 > 0) { // a zero column needs no reflection
                reflect(r, v, vNorm2, k, k);
                reflectors[k] = v;
            }
            rDiagonal[k] = r[k * n + k];
        }
        q = new double[m * n];
        for (int j = 0; j < n; j++) {
            q[j * n + j] = 1.0;
        }
        for (int k = n - 1; k >= 0; k--) {
            if (reflectors[k] != null) {
                reflect(q, reflectors[k], norm2(reflectors[k]), k, 0);
            }
        }
    }

    private static double norm2(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return s;
    }

    /**
     * Applies H = I − 2vvᵀ/(vᵀv) to rows k.. of the matrix x (n columns), columns from {@code fromCol}.
     * Walks the rows in storage order (every column's dot product at once) rather than column by
     * column with a stride of n: the same sums in the same order per column, so the same bits, at
     * memory speed instead of a cache miss per element.
     */
    private void reflect(double[] x, double[] v, double vNorm2, int k, int fromCol) {
        int width = n - fromCol;
        double[] f = new double[width];
        for (int i = k; i < m; i++) {
            double vi = v[i - k];
            int row = i * n + fromCol;
            for (int j = 0; j < width; j++) {
                f[j] += vi * x[row + j];
            }
        }
        for (int j = 0; j < width; j++) {
            f[j] = 2 * f[j] / vNorm2;
        }
        for (int i = k; i < m; i++) {
            double vi = v[i - k];
            int row = i * n + fromCol;
            for (int j = 0; j < width; j++) {
                x[row + j] -= f[j] * vi;
            }
        }
    }

    /** Q, m×n row-major. */
    public double[] q() {
        return q.clone();
    }

    /** The diagonal of R. */
    public double[] rDiagonal() {
        return rDiagonal.clone();
    }
}
