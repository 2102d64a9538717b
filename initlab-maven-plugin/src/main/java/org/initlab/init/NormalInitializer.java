package org.initlab.init;

import java.util.function.ToDoubleFunction;
import org.initlab.random.RandomSource;

/**
 * Every weight {@code mean + std·gauss}, numpy's {@code normal(mean, std, shape)}; the standard
 * deviation may depend on the layer's fans (Xavier, Kaiming, LeCun).
 */
public final class NormalInitializer implements Initializer {
    private final String spec;
    private final String formula;
    private final double mean;
    private final ToDoubleFunction<WeightShape> std;

    public NormalInitializer(String spec, String formula, double mean, ToDoubleFunction<WeightShape> std) {
        this.spec = spec;
        this.formula = formula;
        this.mean = mean;
        this.std = std;
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
        return mean;
    }

    @Override
    public double std(WeightShape shape) {
        return std.applyAsDouble(shape);
    }

    @Override
    public void fill(double[] weights, WeightShape shape, RandomSource rng) {
        double s = std(shape);
        for (int i = 0; i < weights.length; i++) {
            weights[i] = mean + s * rng.gauss();
        }
    }

    @Override
    public String toString() {
        return spec;
    }
}
