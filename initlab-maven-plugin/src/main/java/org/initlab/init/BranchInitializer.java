package org.initlab.init;

import java.util.Optional;
import java.util.OptionalDouble;
import org.initlab.random.RandomSource;

/**
 * A base initializer that carries a {@link BranchRule}: {@code fixup(base=…)} and
 * {@code zero_branch(base=…)}. It draws exactly as its base, so the generator's sequence is the
 * base's, and every description (moments, bound, library bias) is the base's; the network pass
 * then multiplies the layers inside residual branches by the rule's factors. Outside residual
 * branches (the first layers, a residual's projection) the weights are the base's as drawn.
 */
public final class BranchInitializer implements Initializer {
    private final String spec;
    private final Initializer base;
    private final BranchRule rule;

    public BranchInitializer(String spec, Initializer base, BranchRule rule) {
        if (rule == BranchRule.NONE) {
            throw new IllegalArgumentException("a branch initializer needs a rule other than none, got '" + spec + "'");
        }
        if (base instanceof DataDependentInitializer || base.branchRule() != BranchRule.NONE) {
            throw new IllegalArgumentException("a branch rule's base draws without data and without a rule of its own, got '"
                    + base.spec() + "'");
        }
        this.spec = spec;
        this.base = base;
        this.rule = rule;
    }

    @Override
    public String spec() {
        return spec;
    }

    public Initializer base() {
        return base;
    }

    @Override
    public BranchRule branchRule() {
        return rule;
    }

    @Override
    public void fill(double[] weights, WeightShape shape, RandomSource rng) {
        base.fill(weights, shape, rng);
    }

    @Override
    public double std(WeightShape shape) {
        return base.std(shape);
    }

    @Override
    public double mean() {
        return base.mean();
    }

    @Override
    public double mean(WeightShape shape) {
        return base.mean(shape);
    }

    @Override
    public OptionalDouble bound(WeightShape shape) {
        return base.bound(shape);
    }

    @Override
    public Optional<BiasRule> defaultBias() {
        return base.defaultBias();
    }

    @Override
    public String formula() {
        return "W \\sim \\texttt{" + base.spec().replace("_", "\\_") + "},\\quad " + rule.formula();
    }

    @Override
    public String toString() {
        return spec;
    }
}
