package org.initlab.nn;

import java.util.Arrays;
import java.util.List;
import org.initlab.settings.ConfigException;
import org.initlab.settings.Names;

/**
 * The last layer's nonlinearity, applied to a (units × samples) block. Separate from
 * {@link Activation} because softmax is not element-wise: it normalises each sample's column.
 */
public enum OutputActivation {
    /** One probability per unit: {@code 1/(1+e^−z)}, written as numpy's {@code 1/(1+np.exp(-x))}. */
    SIGMOID("sigmoid") {
        @Override
        void apply(double[] z, double[] a, int units, int samples) {
            for (int i = 0; i < units * samples; i++) {
                a[i] = 1 / (1 + Math.exp(-z[i]));
            }
        }
    },
    /** A probability distribution over the units of each sample (shifted by the column max for stability). */
    SOFTMAX("softmax") {
        @Override
        void apply(double[] z, double[] a, int units, int samples) {
            for (int j = 0; j < samples; j++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < units; i++) {
                    max = Math.max(max, z[i * samples + j]);
                }
                double total = 0;
                for (int i = 0; i < units; i++) {
                    double e = Math.exp(z[i * samples + j] - max);
                    a[i * samples + j] = e;
                    total += e;
                }
                for (int i = 0; i < units; i++) {
                    a[i * samples + j] /= total;
                }
            }
        }
    },
    /** The identity, for regression with {@link Loss#MSE}. */
    LINEAR("linear") {
        @Override
        void apply(double[] z, double[] a, int units, int samples) {
            System.arraycopy(z, 0, a, 0, units * samples);
        }
    };

    private final String text;

    OutputActivation(String text) {
        this.text = text;
    }

    /** Writes the activation of the row-major (units × samples) block {@code z} into {@code a}. */
    abstract void apply(double[] z, double[] a, int units, int samples);

    public String text() {
        return text;
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(OutputActivation::text).toList();
    }

    public static OutputActivation parse(String field, String value) {
        for (OutputActivation a : values()) {
            if (a.text.equals(value)) {
                return a;
            }
        }
        throw new ConfigException(field + ": unknown output activation '" + value + "'" + Names.suggestion(value, names())
                + "; valid: " + String.join(", ", names()));
    }
}
