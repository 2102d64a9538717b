package org.initlab.init;

import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import org.initlab.random.RandomSource;

/**
 * Every weight {@code low + (high − low)·random_sample}, numpy's {@code uniform(low, high, shape)};
 * the bounds may depend on the layer's fans.
 */
public final class UniformInitializer implements Initializer {
    private final String spec;
    private final String formula;
    private final ToDoubleFunction<WeightShape> low;
    private final ToDoubleFunction<WeightShape> high;

    public UniformInitializer(String spec, String formula, ToDoubleFunction<WeightShape> low,
                              ToDoubleFunction<WeightShape> high) {
        this.spec = spec;
        this.formula = formula;
        this.low = low;
        this.high = high;
    }

    /** U(−bound, bound) with a fan-dependent bound. */
    public static UniformInitializer symmetric(String spec, String formula, ToDoubleFunction<WeightShape> bound) {
        return new UniformInitializer(spec, formula, s -> -bound.applyAsDouble(s), bound);
    }

    @Override
    public String spec() {
        return spec;
    }

    @Override
    public String formula() {
        return formula;
    }

    @Override
    public double mean() {
        return Double.NaN; // depends on the shape only through the bounds; see mean(shape)
    }

    @Override
    public double mean(WeightShape shape) {
        return (low.applyAsDouble(shape) + high.applyAsDouble(shape)) / 2;
    }

    @Override
    public OptionalDouble bound(WeightShape shape) {
        return OptionalDouble.of(Math.max(Math.abs(low.applyAsDouble(shape)), Math.abs(high.applyAsDouble(shape))));
    }

    @Override
    public double std(WeightShape shape) {
        return (high.applyAsDouble(shape) - low.applyAsDouble(shape)) / Math.sqrt(12.0);
    }

    @Override
    public void fill(double[] weights, WeightShape shape, RandomSource rng) {
        double lo = low.applyAsDouble(shape);
        double hi = high.applyAsDouble(shape);
        for (int i = 0; i < weights.length; i++) {
            weights[i] = lo + (hi - lo) * rng.randomSample();
        }
    }

    @Override
    public String toString() {
        return spec;
    }
}
