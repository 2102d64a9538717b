package org.initlab.random;


/** The two primitive draws every initializer is built from. One instance per run, never shared. */
public interface RandomSource {
    /** A standard normal value. */
    double gauss();

    /** A uniform value in [0, 1). */
    double randomSample();

    /**
     * A random ordering of 0 … n−1. This default is a Fisher–Yates shuffle driven by
     * {@link #randomSample()}; {@link NumpyRandom} overrides it with numpy's exact
     * {@code permutation(n)}.
     */
    default int[] permutation(int n) {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = (int) Math.floor(randomSample() * (i + 1));
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
        return values;
    }

    /** Restarts the stream as if freshly created with {@code seed}. */
    void seed(long seed);
}
