package org.initlab.numeric;

/**
 * A fixed-shape product in plain Java, arranged for the cache and the JIT's vector units: the
 * innermost loop is always {@code c[i, j…] += Σ₄ a[i, p]·b[p, j…]} over contiguous rows (which
 * C2 compiles to SIMD), four rows of {@code b} at a time so each row of {@code c} is loaded and
 * stored once per four multiply-adds, and {@code b} is walked in blocks of rows that stay in the
 * L2 cache while every row of {@code c} passes over them. A transposed operand is first copied
 * into its upright layout (a scratch array allocated once): the copy is {@code k·n} moves against
 * {@code m·k·n} multiply-adds, and keeps one fast loop for all three shapes training needs.
 */
final class JavaProduct implements MatrixProduct {
    /** Rows of b per block fill 256 KB: half of a 512 KB L2, the rest for c's rows and a. */
    private static final int BLOCK_BYTES = 256 * 1024;

    private final int m;
    private final int k;
    private final int n;
    private final double[] upA;
    private final double[] upB;
    private final int blockRows;

    JavaProduct(int m, int k, int n, boolean transposeA, boolean transposeB) {
        this.m = m;
        this.k = k;
        this.n = n;
        this.upA = transposeA ? new double[m * k] : null;
        this.upB = transposeB ? new double[k * n] : null;
        this.blockRows = Math.max(4, BLOCK_BYTES / 8 / Math.max(1, n) / 4 * 4);
    }

    @Override
    public void multiply(double[] a, double[] b, double[] c) {
        double[] x = a;
        double[] y = b;
        if (upA != null) {
            transpose(a, k, m, upA);
            x = upA;
        }
        if (upB != null) {
            transpose(b, n, k, upB);
            y = upB;
        }
        java.util.Arrays.fill(c, 0, m * n, 0.0);
        for (int p0 = 0; p0 < k; p0 += blockRows) {
            int p1 = Math.min(k, p0 + blockRows);
            int i = 0;
            for (; i + 1 < m; i += 2) {
                accumulateTwoRows(x, y, c, i, p0, p1);
            }
            if (i < m) {
                accumulateRow(x, y, c, i, p0, p1);
            }
        }
    }

    /**
     * {@code c[i, :] += Σ a[i, p]·b[p, :]} and the same for row {@code i + 1}, over
     * {@code p0 ≤ p < p1}: each load of four rows of b feeds eight multiply-adds.
     */
    private void accumulateTwoRows(double[] a, double[] b, double[] c, int i, int p0, int p1) {
        int ci = i * n;
        int cj = ci + n;
        int ai = i * k;
        int aj = ai + k;
        int p = p0;
        for (; p + 3 < p1; p += 4) {
            double a0 = a[ai + p];
            double a1 = a[ai + p + 1];
            double a2 = a[ai + p + 2];
            double a3 = a[ai + p + 3];
            double e0 = a[aj + p];
            double e1 = a[aj + p + 1];
            double e2 = a[aj + p + 2];
            double e3 = a[aj + p + 3];
            int b0 = p * n;
            int b1 = b0 + n;
            int b2 = b1 + n;
            int b3 = b2 + n;
            for (int j = 0; j < n; j++) {
                double y0 = b[b0 + j];
                double y1 = b[b1 + j];
                double y2 = b[b2 + j];
                double y3 = b[b3 + j];
                c[ci + j] += a0 * y0 + a1 * y1 + a2 * y2 + a3 * y3;
                c[cj + j] += e0 * y0 + e1 * y1 + e2 * y2 + e3 * y3;
            }
        }
        for (; p < p1; p++) {
            double ap = a[ai + p];
            double ep = a[aj + p];
            int bp = p * n;
            for (int j = 0; j < n; j++) {
                c[ci + j] += ap * b[bp + j];
                c[cj + j] += ep * b[bp + j];
            }
        }
    }

    /** {@code c[i, :] += Σ_{p0 ≤ p < p1} a[i, p]·b[p, :]}, four rows of b per sweep of c's row. */
    private void accumulateRow(double[] a, double[] b, double[] c, int i, int p0, int p1) {
        int ci = i * n;
        int ai = i * k;
        int p = p0;
        for (; p + 3 < p1; p += 4) {
            double a0 = a[ai + p];
            double a1 = a[ai + p + 1];
            double a2 = a[ai + p + 2];
            double a3 = a[ai + p + 3];
            int b0 = p * n;
            int b1 = b0 + n;
            int b2 = b1 + n;
            int b3 = b2 + n;
            for (int j = 0; j < n; j++) {
                c[ci + j] += a0 * b[b0 + j] + a1 * b[b1 + j] + a2 * b[b2 + j] + a3 * b[b3 + j];
            }
        }
        for (; p < p1; p++) {
            double ap = a[ai + p];
            int bp = p * n;
            for (int j = 0; j < n; j++) {
                c[ci + j] += ap * b[bp + j];
            }
        }
    }

    /** {@code t (cols×rows) = sᵀ} for row-major {@code s (rows×cols)}. */
    private static void transpose(double[] s, int rows, int cols, double[] t) {
        for (int r = 0; r < rows; r++) {
            int sr = r * cols;
            for (int col = 0; col < cols; col++) {
                t[col * rows + r] = s[sr + col];
            }
        }
    }
}
