package org.initlab.nn;

import java.util.Arrays;
import java.util.List;
import org.initlab.settings.ConfigException;
import org.initlab.settings.Names;
import org.initlab.numeric.NumpySum;

/**
 * What training minimises, over outputs {@code a} and targets {@code y}, both row-major
 * (units × m). Each loss knows its cost and the gradient it sends into the output layer's
 * linear part ({@code dZ}), already divided by m, as the deeplearning.ai utilities write it:
 * {@code dz3 = 1./m * (a3 - Y)}.
 *
 * <p>The costs use {@code nansum}, like the T1 tutorial: a term {@code 0 · log 0} is NaN and
 * dropped, but a confident wrong answer ({@code 1 · log 0}) makes the cost {@code +∞} — which
 * is exactly what T1 prints at iteration 0 for weights ×10.
 */
public enum Loss {
    /** Binary cross-entropy {@code 1/m · nansum(−y·log a − (1−y)·log(1−a))}; pairs with a sigmoid output. */
    BCE("bce", OutputActivation.SIGMOID) {
        @Override
        double cost(double[] a, double[] y, double[] scratch, int units, int m) {
            int n = units * m;
            for (int i = 0; i < n; i++) {
                scratch[i] = -Math.log(a[i]) * y[i] + -Math.log(1 - a[i]) * (1 - y[i]);
            }
            return 1.0 / m * NumpySum.nansum(scratch, 0, n);
        }
    },
    /** Categorical cross-entropy {@code 1/m · nansum(−y·log a)} over one-hot targets; pairs with softmax. */
    CE("ce", OutputActivation.SOFTMAX) {
        @Override
        double cost(double[] a, double[] y, double[] scratch, int units, int m) {
            int n = units * m;
            for (int i = 0; i < n; i++) {
                scratch[i] = -Math.log(a[i]) * y[i];
            }
            return 1.0 / m * NumpySum.nansum(scratch, 0, n);
        }
    },
    /**
     * Mean squared error over every output value, {@code 1/(m·k) · Σ (a − y)²} (Keras' and
     * scikit-learn's convention); meant for a linear output, accepted after a sigmoid.
     */
    MSE("mse", null) {
        @Override
        double cost(double[] a, double[] y, double[] scratch, int units, int m) {
            int n = units * m;
            for (int i = 0; i < n; i++) {
                double d = a[i] - y[i];
                scratch[i] = d * d;
            }
            return 1.0 / n * NumpySum.nansum(scratch, 0, n);
        }

        @Override
        void outputGradient(OutputActivation output, double[] a, double[] y, double[] dz, int units, int m) {
            double scale = 2.0 / (units * m);
            for (int i = 0; i < units * m; i++) {
                double g = scale * (a[i] - y[i]);
                dz[i] = output == OutputActivation.SIGMOID ? g * (a[i] * (1 - a[i])) : g;
            }
        }
    };

    private final String text;
    private final OutputActivation canonical;

    Loss(String text, OutputActivation canonical) {
        this.text = text;
        this.canonical = canonical;
    }

    /** The mean cost; {@code scratch} holds at least {@code units · m} values and is overwritten. */
    abstract double cost(double[] a, double[] y, double[] scratch, int units, int m);

    /**
     * ∂cost/∂z of the output layer. For a cross-entropy with its matching output the
     * activation's derivative cancels and leaves {@code 1/m · (a − y)}.
     */
    void outputGradient(OutputActivation output, double[] a, double[] y, double[] dz, int units, int m) {
        double inv = 1.0 / m;
        for (int i = 0; i < units * m; i++) {
            dz[i] = inv * (a[i] - y[i]);
        }
    }

    /** Fails unless this loss can train through {@code output} (the cross-entropies need their own output). */
    public void requireCompatible(String field, OutputActivation output) {
        boolean ok = canonical == null ? output != OutputActivation.SOFTMAX : canonical == output;
        if (!ok) {
            throw new ConfigException(field + ": loss '" + text + "' needs outputActivation "
                    + (canonical == null ? "linear or sigmoid" : "'" + canonical.text() + "'")
                    + ", got '" + output.text() + "'");
        }
    }

    public String text() {
        return text;
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Loss::text).toList();
    }

    public static Loss parse(String field, String value) {
        for (Loss l : values()) {
            if (l.text.equals(value)) {
                return l;
            }
        }
        throw new ConfigException(field + ": unknown loss '" + value + "'" + Names.suggestion(value, names())
                + "; valid: " + String.join(", ", names()));
    }
}
