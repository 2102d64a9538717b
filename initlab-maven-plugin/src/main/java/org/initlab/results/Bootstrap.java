package org.initlab.results;

import org.initlab.random.NumpyRandom;

/**
 * The 95 % percentile bootstrap interval of a sample's median (Efron &amp; Tibshirani 1993, ch. 13;
 * the interval estimate rliable, Agarwal et al. 2021, asks a report over seeds to give). Each of
 * {@value #RESAMPLES} resamples draws n values with replacement; the interval is the 2.5th and
 * 97.5th percentile of their medians. The resampling generator is numpy's {@code RandomState}
 * seeded with {@value #SEED}, restarted for every figure, so an interval depends only on its own
 * values: two builds give the same bytes, and numpy recomputes it as
 * {@code idx = np.random.RandomState(0).randint(0, n, size=(2000, n));
 * np.percentile(np.median(x[idx], axis=1), [2.5, 97.5])}.
 *
 * <p>The median rather than the mean: a seed whose training diverged moves the mean arbitrarily far,
 * the median not at all. With few seeds the interval is coarse (it can only end on the sample's own
 * values or midpoints of two), which is the honest answer for few seeds.
 */
public final class Bootstrap {
    public static final int RESAMPLES = 2000;
    public static final long SEED = 0;
    /** The interval's ends as quantiles of the resampled medians: numpy's 2.5 / 100 and 97.5 / 100. */
    private static final double LOW = 0.025;
    private static final double HIGH = 0.975;

    private Bootstrap() {
    }

    /** The interval of the median of {@code values} (in any order). */
    public static Interval ofMedian(double[] values) {
        int n = values.length;
        if (n == 0) {
            throw new IllegalArgumentException("no values to bootstrap");
        }
        NumpyRandom rng = new NumpyRandom(SEED);
        double[] medians = new double[RESAMPLES];
        double[] resample = new double[n];
        for (int r = 0; r < RESAMPLES; r++) {
            for (int i = 0; i < n; i++) {
                resample[i] = values[(int) rng.interval(n - 1)]; // numpy's randint(0, n): the same masked draw
            }
            medians[r] = Quantiles.median(Quantiles.sorted(resample));
        }
        double[] sorted = Quantiles.sorted(medians);
        return new Interval(Quantiles.quantile(sorted, LOW), Quantiles.quantile(sorted, HIGH));
    }
}
