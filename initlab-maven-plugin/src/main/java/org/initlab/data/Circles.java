package org.initlab.data;

import org.initlab.numeric.Matrix;
import org.initlab.random.NumpyRandom;

/**
 * scikit-learn's {@code make_circles} (as of 1.2) under numpy's global seed, value for value, so
 * the T1 tutorial's data — {@code np.random.seed(1); make_circles(n_samples=300, noise=.05)} —
 * can be rebuilt without Python.
 *
 * <p>The recipe, in sklearn's order, because every step changes which random number lands where:
 * <ol>
 *   <li>{@code n_out = n // 2} points on the unit circle, {@code n_in = n - n_out} on the circle
 *       of radius {@code factor}, at angles {@code linspace(0, 2π, k, endpoint=False)}, which numpy
 *       computes as {@code i · (2π / k)};</li>
 *   <li>rows stacked outer first, labels 0 for the outer circle and 1 for the inner one;</li>
 *   <li>rows reordered by {@code indices = arange(n); shuffle(indices)};</li>
 *   <li>{@code X += normal(0, noise, (n, 2))}, drawn row by row.</li>
 * </ol>
 * Only {@link Math#cos}/{@link Math#sin} (versus the C library's) and the one-ulp {@code log}
 * difference of {@link NumpyRandom#gauss()} can separate a value from numpy's.
 */
public final class Circles {
    private Circles() {
    }

    /**
     * {@code np.random.seed(seed); make_circles(n_samples=samples, noise=noise, factor=factor)}.
     *
     * @return inputs (samples × 2, one point per row) and labels 0 (outer) / 1 (inner)
     */
    public static Dataset generate(int samples, double noise, double factor, long seed) {
        return generate(samples, noise, factor, new NumpyRandom(seed));
    }

    /** {@code make_circles} drawing from {@code rng}, which it advances. */
    public static Dataset generate(int samples, double noise, double factor, NumpyRandom rng) {
        if (samples < 1) {
            throw new IllegalArgumentException("circles: samples must be >= 1, got " + samples);
        }
        if (!(factor >= 0 && factor < 1)) {
            throw new IllegalArgumentException("circles: factor must be in [0, 1), got " + factor);
        }
        if (!(noise >= 0)) {
            throw new IllegalArgumentException("circles: noise must be >= 0, got " + noise);
        }
        int outer = samples / 2;
        int inner = samples - outer;
        double[] ordered = new double[2 * samples];
        double[] orderedLabels = new double[samples];
        placeOnCircle(ordered, 0, outer, 1.0, false);
        placeOnCircle(ordered, outer, inner, factor, true);
        for (int i = outer; i < samples; i++) {
            orderedLabels[i] = 1.0;
        }

        int[] indices = new int[samples];
        for (int i = 0; i < samples; i++) {
            indices[i] = i;
        }
        rng.shuffle(indices);
        double[] x = new double[2 * samples];
        double[] labels = new double[samples];
        for (int r = 0; r < samples; r++) {
            x[2 * r] = ordered[2 * indices[r]];
            x[2 * r + 1] = ordered[2 * indices[r] + 1];
            labels[r] = orderedLabels[indices[r]];
        }

        for (int i = 0; i < x.length; i++) {
            x[i] += 0.0 + noise * rng.gauss();
        }
        String spec = "circles(samples=" + samples + ", noise=" + noise + ", factor=" + factor + ")";
        return new Dataset(spec, new Matrix(samples, 2, x), labels);
    }

    /**
     * Rows {@code first .. first+count-1}: angle {@code i · (2π / count)} as numpy's
     * {@code linspace(0, 2π, count, endpoint=False)}; the inner circle scales cos and sin by
     * {@code radius} after evaluating them, as sklearn does.
     */
    private static void placeOnCircle(double[] x, int first, int count, double radius, boolean scale) {
        double step = (2 * Math.PI - 0.0) / count;
        for (int i = 0; i < count; i++) {
            double angle = i * step + 0.0;
            double c = Math.cos(angle);
            double s = Math.sin(angle);
            x[2 * (first + i)] = scale ? c * radius : c;
            x[2 * (first + i) + 1] = scale ? s * radius : s;
        }
    }
}
