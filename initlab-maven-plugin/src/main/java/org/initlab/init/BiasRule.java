package org.initlab.init;

import org.initlab.random.RandomSource;

/**
 * How a library's layer starts its bias when the user chooses nothing: one value per output unit
 * (channel), drawn after the layer's weights. Unlike an {@link Initializer} it is given the
 * <em>weights'</em> shape, because PyTorch's bound depends on the weights' fan-in.
 *
 * <p>A forward pass asks {@link Initializer#defaultBias()} and, when an initializer carries a rule
 * and the experiment sets no {@code bias} of its own, calls {@link #sample} with the layer's
 * weight shape.
 */
public sealed interface BiasRule permits BiasRule.Constant, BiasRule.TorchUniform {

    /** Short text for the catalogue, e.g. {@code U(±1/√fan_in)}. */
    String text();

    /** The rule as LaTeX, e.g. {@code b = 0}. */
    String tex();

    /** The bias values, {@code weights.out()} of them. */
    double[] sample(WeightShape weights, RandomSource rng);

    /** Var(b) of one bias value. */
    double variance(WeightShape weights);

    /** Every bias the same value: Keras's {@code bias_initializer='zeros'}, DL4J's {@code biasInit} (0 by default). */
    record Constant(double value) implements BiasRule {
        @Override
        public String text() {
            return value == 0 ? "zeros" : "constant " + Numbers.text(value);
        }

        @Override
        public String tex() {
            return "b = " + Numbers.latex(value);
        }

        @Override
        public double[] sample(WeightShape weights, RandomSource rng) {
            double[] b = new double[weights.out()];
            java.util.Arrays.fill(b, value);
            return b;
        }

        @Override
        public double variance(WeightShape weights) {
            return 0;
        }
    }

    /**
     * PyTorch's {@code nn.Linear} and {@code nn.Conv2d} ({@code reset_parameters}): U(±1/√fan_in)
     * with fan_in the weights' ({@code _calculate_fan_in_and_fan_out(self.weight)}), drawn as
     * numpy's {@code uniform(-bound, bound, out)}.
     */
    record TorchUniform() implements BiasRule {
        @Override
        public String text() {
            return "U(±1/√fan_in)";
        }

        @Override
        public String tex() {
            return "b \\sim \\mathcal{U}\\left(\\pm \\tfrac{1}{\\sqrt{n_\\text{in}}}\\right)";
        }

        public double bound(WeightShape weights) {
            return 1 / Math.sqrt(weights.fanIn());
        }

        @Override
        public double[] sample(WeightShape weights, RandomSource rng) {
            double bound = bound(weights);
            double[] b = new double[weights.out()];
            for (int i = 0; i < b.length; i++) {
                b[i] = -bound + (bound - -bound) * rng.randomSample();
            }
            return b;
        }

        @Override
        public double variance(WeightShape weights) {
            double bound = bound(weights);
            return bound * bound / 3;
        }
    }
}
