package org.initlab.init;

import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import org.initlab.random.RandomSource;

/**
 * A normal distribution cut to an interval [low, high], sampled by <em>redrawing</em>: each weight
 * is {@code mean + sigma·gauss}, drawn again and again until it falls inside the interval. The
 * accepted values follow the truncated normal exactly, and every draw is one numpy
 * {@code normal(mean, sigma)} call, so a notebook loop reproduces the weights bit for bit.
 * (PyTorch's {@code trunc_normal_} uses the inverse distribution function instead: same
 * distribution, different numbers.)
 *
 * <p>{@code sigma} is the standard deviation <em>before</em> truncation; the weights' real
 * standard deviation is smaller ({@link #std}, from {@link StandardNormal#truncatedMoments}).
 * For a cut at ±2σ it is 0.8796·σ, the constant Keras divides by to compensate.
 */
public final class TruncatedNormalInitializer implements Initializer {
    private final String spec;
    private final String formula;
    private final double mean;
    private final ToDoubleFunction<WeightShape> sigma;
    private final ToDoubleFunction<WeightShape> low;
    private final ToDoubleFunction<WeightShape> high;

    public TruncatedNormalInitializer(String spec, String formula, double mean, ToDoubleFunction<WeightShape> sigma,
                                      ToDoubleFunction<WeightShape> low, ToDoubleFunction<WeightShape> high) {
        this.spec = spec;
        this.formula = formula;
        this.mean = mean;
        this.sigma = sigma;
        this.low = low;
        this.high = high;
    }

    /** Cut at mean ± {@code width}·sigma, the form TensorFlow, Keras and ND4J use (width 2). */
    public static TruncatedNormalInitializer symmetric(String spec, String formula, double mean,
                                                      ToDoubleFunction<WeightShape> sigma, double width) {
        return new TruncatedNormalInitializer(spec, formula, mean, sigma,
                s -> mean - width * sigma.applyAsDouble(s), s -> mean + width * sigma.applyAsDouble(s));
    }

    @Override
    public String spec() {
        return spec;
    }

    @Override
    public String formula() {
        return formula;
    }

    /** The standard deviation before truncation. */
    public double sigma(WeightShape shape) {
        return sigma.applyAsDouble(shape);
    }

    @Override
    public double mean() {
        return Double.NaN;
    }

    @Override
    public double mean(WeightShape shape) {
        return StandardNormal.truncatedMoments(mean, sigma(shape), low.applyAsDouble(shape), high.applyAsDouble(shape))[0];
    }

    @Override
    public double std(WeightShape shape) {
        return StandardNormal.truncatedMoments(mean, sigma(shape), low.applyAsDouble(shape), high.applyAsDouble(shape))[1];
    }

    @Override
    public OptionalDouble bound(WeightShape shape) {
        double bound = Math.max(Math.abs(low.applyAsDouble(shape)), Math.abs(high.applyAsDouble(shape)));
        return Double.isFinite(bound) ? OptionalDouble.of(bound) : OptionalDouble.empty(); // an open side has no bound
    }

    public double low(WeightShape shape) {
        return low.applyAsDouble(shape);
    }

    public double high(WeightShape shape) {
        return high.applyAsDouble(shape);
    }

    @Override
    public void fill(double[] weights, WeightShape shape, RandomSource rng) {
        double s = sigma(shape);
        double lo = low.applyAsDouble(shape);
        double hi = high.applyAsDouble(shape);
        for (int i = 0; i < weights.length; i++) {
            double v;
            do {
                v = mean + s * rng.gauss();
            } while (v < lo || v > hi);
            weights[i] = v;
        }
    }

    @Override
    public String toString() {
        return spec;
    }
}
