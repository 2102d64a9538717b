package org.initlab.nn;

import java.util.Arrays;
import java.util.List;
import org.initlab.settings.ConfigException;
import org.initlab.settings.Names;
import org.initlab.numeric.Tanh;

/**
 * The nonlinearity applied after a layer's linear map. Each knows its function, its derivative
 * (for backpropagation) and the PyTorch gain name of the initializer that suits it.
 */
public enum Activation {
    /** Identity: the baseline in which variance propagation is exactly linear. */
    LINEAR("linear") {
        @Override
        public double apply(double x) {
            return x;
        }

        @Override
        public double derivative(double x, double y) {
            return 1.0;
        }

        @Override
        public double secondMomentOut(double preVariance) {
            return preVariance;
        }
    },
    /** 1/(1+e^−x): centred at 0.5, slope 1/4 at 0, saturates at 0 and 1 where its gradient vanishes. */
    SIGMOID("sigmoid") {
        @Override
        public double apply(double x) {
            return 1.0 / (1.0 + Math.exp(-x));
        }

        @Override
        public double derivative(double x, double y) {
            return y * (1 - y);
        }

        /** First-order expansion around 0: σ(x) ≈ 1/2 + x/4. */
        @Override
        public double secondMomentOut(double preVariance) {
            return 0.25 + preVariance / 16;
        }
    },
    /** tanh: zero-centred and close to the identity near 0, which Glorot's derivation assumes. */
    TANH("tanh") {
        @Override
        public double apply(double x) {
            return Tanh.of(x);
        }

        @Override
        public double derivative(double x, double y) {
            return 1 - y * y;
        }

        /** tanh(x) ≈ x near 0: the regime Glorot's derivation assumes. */
        @Override
        public double secondMomentOut(double preVariance) {
            return preVariance;
        }
    },
    /** max(0, x): zeroes half of a symmetric input, so it halves the second moment (He's factor 2). */
    RELU("relu") {
        @Override
        public double apply(double x) {
            return x > 0 || Double.isNaN(x) ? x : 0.0; // NaN stays NaN, as numpy's maximum(z, 0) keeps it
        }

        @Override
        public double derivative(double x, double y) {
            return x > 0 ? 1.0 : 0.0;
        }

        /** A symmetric input loses its negative half: E[relu(h)²] = Var(h)/2 (He et al.). */
        @Override
        public double secondMomentOut(double preVariance) {
            return preVariance / 2;
        }
    },
    /** max(0.01·x, x): keeps a small gradient for negative inputs so a unit cannot die for good. */
    LEAKY_RELU("leaky_relu") {
        @Override
        public double apply(double x) {
            return x > 0 || Double.isNaN(x) ? x : 0.01 * x;
        }

        @Override
        public double derivative(double x, double y) {
            return x > 0 ? 1.0 : 0.01;
        }

        @Override
        public double secondMomentOut(double preVariance) {
            return preVariance * (1 + 0.01 * 0.01) / 2;
        }
    };

    private final String text;

    Activation(String text) {
        this.text = text;
    }

    public abstract double apply(double x);

    /** The derivative at input {@code x} whose output was {@code y}. */
    public abstract double derivative(double x, double y);

    /**
     * What the variance derivation predicts for E[out²] when the input is zero-mean with variance
     * {@code preVariance}: the quantity the next layer multiplies by n·Var(w).
     */
    public abstract double secondMomentOut(double preVariance);

    public String text() {
        return text;
    }

    /**
     * {@link #apply} on every value. One loop per constant: called on a constant, {@code apply} is
     * inlined, where a shared loop would make a virtual call per value through five bodies.
     */
    public void applyInPlace(double[] values) {
        switch (this) {
            case LINEAR -> {
            }
            case SIGMOID -> {
                for (int i = 0; i < values.length; i++) {
                    values[i] = SIGMOID.apply(values[i]);
                }
            }
            case TANH -> {
                for (int i = 0; i < values.length; i++) {
                    values[i] = TANH.apply(values[i]);
                }
            }
            case RELU -> {
                for (int i = 0; i < values.length; i++) {
                    values[i] = RELU.apply(values[i]);
                }
            }
            default -> {
                for (int i = 0; i < values.length; i++) {
                    values[i] = apply(values[i]);
                }
            }
        }
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Activation::text).toList();
    }

    public static Activation parse(String field, String value) {
        for (Activation a : values()) {
            if (a.text.equals(value)) {
                return a;
            }
        }
        throw new ConfigException(field + ": unknown activation '" + value + "'" + Names.suggestion(value, names())
                + "; valid: " + String.join(", ", names()));
    }
}
