package org.initlab.nn;

/**
 * numpy's float64 summation, operation for operation: {@code np.sum} over a contiguous run adds
 * to 0.0 the result of a pairwise sum (blocks of at most 128 values with eight running partial
 * sums, larger runs split in two at a multiple of eight). Matching it matters where a tutorial's
 * figure hangs on the last bit: with zero weights, T1's bias gradient is a sum of ±c values
 * whose exact rounding decides whether the output bias ever moves.
 */
public final class NumpySum {
    private static final int BLOCK = 128;

    private NumpySum() {
    }

    /** {@code np.sum(values[from:from+count])}. */
    public static double sum(double[] values, int from, int count) {
        return 0.0 + pairwise(values, from, count);
    }

    /** {@code np.nansum}: NaN counts as 0 (numpy replaces it by 0 before the same pairwise sum). */
    public static double nansum(double[] values, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (Double.isNaN(values[i])) {
                values[i] = 0.0;
            }
        }
        return sum(values, from, count);
    }

    private static double pairwise(double[] a, int from, int n) {
        if (n < 8) {
            double res = 0.0;
            for (int i = 0; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        if (n <= BLOCK) {
            double r0 = a[from];
            double r1 = a[from + 1];
            double r2 = a[from + 2];
            double r3 = a[from + 3];
            double r4 = a[from + 4];
            double r5 = a[from + 5];
            double r6 = a[from + 6];
            double r7 = a[from + 7];
            int i;
            int whole = n - n % 8;
            for (i = 8; i < whole; i += 8) {
                int k = from + i;
                r0 += a[k];
                r1 += a[k + 1];
                r2 += a[k + 2];
                r3 += a[k + 3];
                r4 += a[k + 4];
                r5 += a[k + 5];
                r6 += a[k + 6];
                r7 += a[k + 7];
            }
            double res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return pairwise(a, from, n2) + pairwise(a, from + n2, n - n2);
    }
}
