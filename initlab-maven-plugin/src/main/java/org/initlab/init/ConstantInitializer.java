package org.initlab.init;

import java.util.Arrays;
import org.initlab.random.RandomSource;

/** Every weight the same value; draws nothing, so the generator's state is untouched. */
public final class ConstantInitializer implements Initializer {
    private final String spec;
    private final double value;

    public ConstantInitializer(String spec, double value) {
        this.spec = spec;
        this.value = value;
    }

    @Override
    public String spec() {
        return spec;
    }

    @Override
    public String formula() {
        return "w = " + Numbers.latex(value);
    }

    @Override
    public double mean() {
        return value;
    }

    @Override
    public double std(WeightShape shape) {
        return 0.0;
    }

    @Override
    public void fill(double[] weights, WeightShape shape, RandomSource rng) {
        Arrays.fill(weights, value);
    }

    @Override
    public String toString() {
        return spec;
    }
}
