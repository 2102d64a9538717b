package org.initlab.theory;

/**
 * The mean and variance of one layer's weights (or biases), and where they come from.
 *
 * @param source {@link MomentSource#FORMULA} when the initializer defines them, {@link MomentSource#DRAWN}
 *               when they are the drawn matrix's own (a data-dependent initializer's refined weights)
 */
public record ParameterMoments(double mean, double variance, MomentSource source) {

    /** No parameters at all (no bias): contributes nothing. */
    public static final ParameterMoments NONE = new ParameterMoments(0, 0, MomentSource.FORMULA);

    /** E[w²] = mean² + variance: what a sum Σ wᵢ·gᵢ with zero-mean, uncorrelated gᵢ scales by. */
    public double secondMoment() {
        return mean * mean + variance;
    }

    /** The population mean and variance of drawn values. */
    public static ParameterMoments drawn(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / values.length;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return new ParameterMoments(mean, squares / values.length, MomentSource.DRAWN);
    }
}
