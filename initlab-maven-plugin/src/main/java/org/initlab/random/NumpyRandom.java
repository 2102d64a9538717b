package org.initlab.random;

/**
 * numpy's legacy {@code RandomState}: MT19937 seeded as {@code np.random.seed(int)}, with the
 * legacy transforms on top, so every figure initlab draws can be re-drawn in a notebook.
 *
 * <p>Bit for bit: the 32-bit stream, {@link #randomSample()}, {@link #uniform}, {@link #interval}
 * and {@link #shuffle}. The polar-method normals ({@link #gauss()}) use {@link Math#log}, which
 * rounds differently from the C library in roughly one value in 3000 (one ulp).
 *
 * <p>Mutable by nature, so never shared: every run owns its own instance.
 */
public final class NumpyRandom implements RandomSource {
    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] mt = new int[N];
    private int pos;
    private boolean hasGauss;
    private double cachedGauss;

    public NumpyRandom(long seed) {
        seed(seed);
    }

    /** {@code np.random.seed(seed)} for an integer seed: Knuth's initialisation, cached normal cleared. */
    @Override
    public void seed(long seed) {
        if (seed < 0 || seed > 0xffffffffL) {
            throw new IllegalArgumentException("seed must be between 0 and 2**32 - 1, got " + seed);
        }
        mt[0] = (int) seed;
        for (int i = 1; i < N; i++) {
            int prev = mt[i - 1];
            mt[i] = 1812433253 * (prev ^ (prev >>> 30)) + i;
        }
        pos = N;
        hasGauss = false;
        cachedGauss = 0.0;
    }

    /** The next raw 32-bit output, as an unsigned value. */
    public long nextUInt32() {
        if (pos >= N) {
            generate();
        }
        int y = mt[pos++];
        y ^= (y >>> 11);
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= (y >>> 18);
        return y & 0xffffffffL;
    }

    private void generate() {
        int kk;
        int y;
        for (kk = 0; kk < N - M; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        }
        for (; kk < N - 1; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        }
        y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        pos = 0;
    }

    /** {@code random_sample()}: 53 random bits from two 32-bit outputs, in [0, 1). */
    @Override
    public double randomSample() {
        long a = nextUInt32() >>> 5;
        long b = nextUInt32() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /** {@code uniform(low, high)} = {@code low + (high - low) * random_sample()}. */
    public double uniform(double low, double high) {
        return low + (high - low) * randomSample();
    }

    /** {@code randn()}: the legacy polar method, which caches its second value until the next seed. */
    @Override
    public double gauss() {
        if (hasGauss) {
            hasGauss = false;
            double g = cachedGauss;
            cachedGauss = 0.0;
            return g;
        }
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * randomSample() - 1.0;
            x2 = 2.0 * randomSample() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f = Math.sqrt(-2.0 * Math.log(r2) / r2);
        cachedGauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    /** {@code normal(loc, scale)} = {@code loc + scale * gauss()}. */
    public double normal(double loc, double scale) {
        return loc + scale * gauss();
    }

    /**
     * A uniform integer in [0, max] by masked rejection, as numpy's legacy {@code random_interval}
     * (the bounded draw behind {@code shuffle} and {@code permutation}).
     */
    public long interval(long max) {
        if (max < 0) {
            throw new IllegalArgumentException("max must be >= 0, got " + max);
        }
        if (max == 0) {
            return 0;
        }
        long mask = max;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        mask |= mask >>> 32;
        long value;
        if (max <= 0xffffffffL) {
            while ((value = (nextUInt32() & mask)) > max) {
                // rejected: draw again
            }
        } else {
            while ((value = (nextUInt64() & mask)) > max) {
                // rejected: draw again
            }
        }
        return value;
    }

    private long nextUInt64() {
        return (nextUInt32() << 32) | nextUInt32();
    }

    /** {@code shuffle(x)} of a 1-d array, in place (Fisher-Yates from the end). */
    public void shuffle(int[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = (int) interval(i);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    /** {@code permutation(n)}: a shuffled {@code arange(n)}. */
    @Override
    public int[] permutation(int n) {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        shuffle(values);
        return values;
    }
}
