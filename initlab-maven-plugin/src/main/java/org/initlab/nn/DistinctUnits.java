package org.initlab.nn;

/**
 * Counts the units of a layer that differ: each unit's incoming weights are one contiguous row of
 * the (units × rest) weight array (a dense (out, in) matrix, a convolution's (out, in, k, k) filters),
 * and two units are the same when their rows and biases are equal value for value (NaN equal to NaN).
 */
final class DistinctUnits {
    private DistinctUnits() {
    }

    static int count(double[] w, double[] b) {
        int units = b.length;
        int in = w.length / units;
        int distinct = 0;
        for (int i = 0; i < units; i++) {
            boolean seen = false;
            for (int k = 0; k < i && !seen; k++) {
                seen = sameUnit(w, b, in, i, k);
            }
            if (!seen) {
                distinct++;
            }
        }
        return distinct;
    }

    private static boolean sameUnit(double[] w, double[] b, int in, int i, int k) {
        if (!same(b[i], b[k])) {
            return false;
        }
        for (int c = 0; c < in; c++) {
            if (!same(w[i * in + c], w[k * in + c])) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(double x, double y) {
        return x == y || (Double.isNaN(x) && Double.isNaN(y));
    }
}
