package org.initlab.init;

import java.util.Optional;
import java.util.OptionalDouble;
import org.initlab.random.RandomSource;

/**
 * One weight-initialization scheme. Implementations are immutable; the randomness comes from the
 * run's own generator, so the same seed always gives the same weights.
 *
 * <p>Besides drawing weights, every initializer describes itself — formula, theoretical mean and
 * standard deviation, bound — so the catalogue page is rendered from the very objects that run
 * the experiments.
 */
public interface Initializer {

    /** The canonical spec, e.g. {@code kaiming_normal(a=0, mode=fan_in, nonlinearity=relu)}. */
    String spec();

    /** Fills {@code weights} (row-major, {@code shape.size()} values) in the order numpy would draw them. */
    void fill(double[] weights, WeightShape shape, RandomSource rng);

    /** The theoretical standard deviation of one weight for {@code shape} (population, over the whole matrix). */
    double std(WeightShape shape);

    /** The theoretical mean of one weight when it does not depend on the shape; NaN when it does. */
    default double mean() {
        return 0.0;
    }

    /** The theoretical mean of one weight for {@code shape}. */
    default double mean(WeightShape shape) {
        return mean();
    }

    /** The largest possible |w| for {@code shape}, when the distribution is bounded by construction (uniform, truncated). */
    default OptionalDouble bound(WeightShape shape) {
        return OptionalDouble.empty();
    }

    /**
     * The bias the scheme's library gives a layer along with these weights, for the library
     * defaults ({@code torch:default}: U(±1/√fan_in); {@code keras:default}, {@code dl4j:default}: 0).
     * Empty for every other initializer: the experiment's {@code bias} setting decides.
     */
    default Optional<BiasRule> defaultBias() {
        return Optional.empty();
    }

    /**
     * How the layers inside residual branches are scaled after they are drawn ({@code fixup(base=…)},
     * {@code zero_branch(base=…)}); {@link BranchRule#NONE} for every plain scheme.
     */
    default BranchRule branchRule() {
        return BranchRule.NONE;
    }

    /** A short LaTeX formula of the distribution, for the report. */
    String formula();

    default double[] sample(WeightShape shape, RandomSource rng) {
        double[] w = new double[shape.size()];
        fill(w, shape, rng);
        return w;
    }
}
