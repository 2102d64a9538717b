package org.initlab.init;

import java.util.Optional;
import java.util.OptionalDouble;
import org.initlab.random.RandomSource;

/**
 * What a library's layer does when the user chooses nothing ({@code torch:default},
 * {@code keras:default}, {@code dl4j:default}): the weights of one of its initializers and its rule
 * for the bias ({@link #defaultBias()}). The weights draw, describe and bound themselves as that
 * initializer does.
 */
final class LibraryDefault implements Initializer {
    private final String spec;
    private final Initializer weights;
    private final BiasRule bias;

    LibraryDefault(String spec, Initializer weights, BiasRule bias) {
        this.spec = spec;
        this.weights = weights;
        this.bias = bias;
    }

    @Override
    public String spec() {
        return spec;
    }

    @Override
    public Optional<BiasRule> defaultBias() {
        return Optional.of(bias);
    }

    @Override
    public String formula() {
        return weights.formula() + ",\\quad " + bias.tex();
    }

    @Override
    public void fill(double[] w, WeightShape shape, RandomSource rng) {
        weights.fill(w, shape, rng);
    }

    @Override
    public double std(WeightShape shape) {
        return weights.std(shape);
    }

    @Override
    public double mean() {
        return weights.mean();
    }

    @Override
    public double mean(WeightShape shape) {
        return weights.mean(shape);
    }

    @Override
    public OptionalDouble bound(WeightShape shape) {
        return weights.bound(shape);
    }

    @Override
    public String toString() {
        return spec;
    }
}
