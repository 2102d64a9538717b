package org.initlab.nn;

import org.initlab.numeric.Matrix;

import java.util.Arrays;
import java.util.List;
import org.initlab.settings.ConfigException;
import org.initlab.settings.Names;
import org.initlab.random.RandomSource;

/**
 * What a gradients experiment backpropagates once, as the error {@code ∂L/∂a_L} it sends into the
 * last layer's activations {@code a_L} (m samples × k units, row-major).
 */
public enum GradientLoss {
    /**
     * {@code L = 1/(2m) Σ ‖a_L − y‖²}, against the targets when the data has them and the output is
     * one unit, against zero otherwise. The error is the output itself, so it leans towards the units
     * that were active: for a positively homogeneous net (ReLU, no bias) Euler's identity gives
     * {@code ⟨a_l, ∂L/∂a_l⟩ = 2L} at every layer.
     */
    HALF_SQUARED_ERROR("half-squared-error") {
        @Override
        public double[] outputError(Matrix output, double[] targets, RandomSource rng) {
            int m = output.rows();
            boolean withTargets = targets != null && output.cols() == 1;
            double[] error = new double[output.data().length];
            for (int i = 0; i < error.length; i++) {
                error[i] = (output.data()[i] - (withTargets ? targets[i] : 0.0)) / m;
            }
            return error;
        }
    },
    /**
     * {@code L = 1/m Σ_i ⟨a_L,i, u⟩} with u a standard-normal vector of the output width, drawn from the
     * run's generator after the weights: an error independent of the forward pass, which is what the
     * backward variance argument assumes. Every sample receives {@code u/m}.
     */
    RANDOM_PROJECTION("random-projection") {
        @Override
        public double[] outputError(Matrix output, double[] targets, RandomSource rng) {
            int m = output.rows();
            int k = output.cols();
            double[] u = new double[k];
            for (int j = 0; j < k; j++) {
                u[j] = rng.gauss();
            }
            double[] error = new double[m * k];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < k; j++) {
                    error[i * k + j] = u[j] / m;
                }
            }
            return error;
        }
    };

    private final String text;

    GradientLoss(String text) {
        this.text = text;
    }

    /** {@code ∂L/∂a_L}; {@code targets} may be null, {@code rng} is the run's generator, positioned after the weights. */
    public abstract double[] outputError(Matrix output, double[] targets, RandomSource rng);

    public String text() {
        return text;
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(GradientLoss::text).toList();
    }

    public static GradientLoss parse(String field, String value) {
        for (GradientLoss l : values()) {
            if (l.text.equals(value)) {
                return l;
            }
        }
        throw new ConfigException(field + ": unknown loss '" + value + "' for a gradients experiment"
                + Names.suggestion(value, names()) + "; valid: " + String.join(", ", names()));
    }
}
