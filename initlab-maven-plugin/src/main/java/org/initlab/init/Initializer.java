package org.initlab.init;

import org.initlab.random.RandomSource;

/**
 * One weight-initialization scheme. Implementations are immutable; the randomness comes from the
 * run's own generator, so the same seed always gives the same weights.
 */
public interface Initializer {

    /** The canonical spec, e.g. {@code kaiming_normal(a=0, mode=fan_in, nonlinearity=relu)}. */
    String spec();

    /** Fills {@code weights} (row-major, {@code shape.size()} values) in the order numpy would draw them. */
    void fill(double[] weights, WeightShape shape, RandomSource rng);

    /** The theoretical standard deviation of one weight for {@code shape}. */
    double std(WeightShape shape);

    /** The theoretical mean of one weight. */
    default double mean() {
        return 0.0;
    }

    /** A short LaTeX formula of the distribution, for the report. */
    String formula();

    default double[] sample(WeightShape shape, RandomSource rng) {
        double[] w = new double[shape.size()];
        fill(w, shape, rng);
        return w;
    }
}
