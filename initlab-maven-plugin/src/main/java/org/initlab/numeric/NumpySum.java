package org.initlab.numeric;

/**
 * numpy's float64 summation, operation for operation: {@code np.sum} over a contiguous run takes
 * it in buffers of 8192 values, sums each buffer pairwise (blocks of at most 128 values with eight
 * running partial sums, larger runs split in two at a multiple of eight) and adds the buffers'
 * sums to 0.0 in turn. Matching it matters where a tutorial's figure hangs on the last bit: with
 * zero weights, T1's bias gradient is a sum of ±c values whose exact rounding decides whether the
 * output bias ever moves; and it makes every mean and std in {@code results.json} numpy's own.
 */
public final class NumpySum {
    private static final int BLOCK = 128;
    /** numpy's default ufunc buffer size ({@code np.getbufsize()}). */
    private static final int BUFFER = 8192;

    private NumpySum() {
    }

    /** {@code np.sum(values[from:from+count])}. */
    public static double sum(double[] values, int from, int count) {
        return blocks(values, from, count, 0.0, false);
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

    /**
     * {@code np.sum((values[from:from+count] - mean) ** 2)}, the sum inside {@code np.std}: each
     * deviation rounded, squared and rounded, then summed in the pairwise order.
     */
    public static double sumOfSquares(double[] values, int from, int count, double mean) {
        return blocks(values, from, count, mean, true);
    }

    /**
     * A reduction's inner loop sees at most one buffer of {@value #BUFFER} elements at a time: each
     * buffer is summed pairwise and added to the running total.
     */
    private static double blocks(double[] a, int from, int count, double mean, boolean squares) {
        double total = 0.0;
        for (int start = 0; start < count; start += BUFFER) {
            total += pairwise(a, from + start, Math.min(BUFFER, count - start), mean, squares);
        }
        return total;
    }

    /** The pairwise sum of {@code term(a[i])}; {@code squares} is loop-invariant, so the JIT compiles two loops. */
    private static double pairwise(double[] a, int from, int n, double mean, boolean squares) {
        if (n < 8) {
            double res = 0.0;
            for (int i = 0; i < n; i++) {
                res += term(a[from + i], mean, squares);
            }
            return res;
        }
        if (n <= BLOCK) {
            double r0 = term(a[from], mean, squares);
            double r1 = term(a[from + 1], mean, squares);
            double r2 = term(a[from + 2], mean, squares);
            double r3 = term(a[from + 3], mean, squares);
            double r4 = term(a[from + 4], mean, squares);
            double r5 = term(a[from + 5], mean, squares);
            double r6 = term(a[from + 6], mean, squares);
            double r7 = term(a[from + 7], mean, squares);
            int i;
            int whole = n - n % 8;
            for (i = 8; i < whole; i += 8) {
                int k = from + i;
                r0 += term(a[k], mean, squares);
                r1 += term(a[k + 1], mean, squares);
                r2 += term(a[k + 2], mean, squares);
                r3 += term(a[k + 3], mean, squares);
                r4 += term(a[k + 4], mean, squares);
                r5 += term(a[k + 5], mean, squares);
                r6 += term(a[k + 6], mean, squares);
                r7 += term(a[k + 7], mean, squares);
            }
            double res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++) {
                res += term(a[from + i], mean, squares);
            }
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return pairwise(a, from, n2, mean, squares) + pairwise(a, from + n2, n - n2, mean, squares);
    }

    private static double term(double v, double mean, boolean squares) {
        if (!squares) {
            return v;
        }
        double d = v - mean;
        return d * d;
    }
}
