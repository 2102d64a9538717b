package org.initlab.nn;

import java.util.Arrays;
import java.util.List;
import org.initlab.settings.ConfigException;
import org.initlab.settings.Names;

/** How a gradient becomes a parameter change. Each {@link #start} gives a fresh {@link Step} with its own state. */
public enum Optimizer {
    /** Plain gradient descent, {@code W = W − lr·dW}, written in that order as the tutorials do. */
    GD("gd") {
        @Override
        public Step start(TrainableNetwork net, double learningRate) {
            return grads -> {
                for (int l = 1; l <= net.layers(); l++) {
                    descend(net.weights(l), grads.weights(l), learningRate);
                    descend(net.biases(l), grads.biases(l), learningRate);
                }
            };
        }
    },
    /**
     * Adam (Kingma &amp; Ba 2015, "Adam: A Method for Stochastic Optimization", Algorithm 1) with
     * the paper's defaults β1 = 0.9, β2 = 0.999, ε = 1e−8: per-parameter steps scaled by running,
     * bias-corrected estimates of the gradient's first and second moments. T4's "zeros + Adam"
     * needs it.
     */
    ADAM("adam") {
        @Override
        public Step start(TrainableNetwork net, double learningRate) {
            return new Adam(net, learningRate, 0.9, 0.999, 1e-8);
        }
    };

    /** One update of a network from its gradients. Mutable: holds the optimizer's running state. */
    @FunctionalInterface
    public interface Step {
        void apply(Gradients grads);
    }

    private final String text;

    Optimizer(String text) {
        this.text = text;
    }

    /** A fresh optimizer state for {@code net}. */
    public abstract Step start(TrainableNetwork net, double learningRate);

    public String text() {
        return text;
    }

    private static void descend(double[] p, double[] g, double lr) {
        for (int i = 0; i < p.length; i++) {
            p[i] = p[i] - lr * g[i];
        }
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Optimizer::text).toList();
    }

    public static Optimizer parse(String field, String value) {
        for (Optimizer o : values()) {
            if (o.text.equals(value)) {
                return o;
            }
        }
        throw new ConfigException(field + ": unknown optimizer '" + value + "'" + Names.suggestion(value, names())
                + "; valid: " + String.join(", ", names()));
    }

    /** Adam's moment estimates for every parameter, in the layout of {@link Gradients}. */
    private static final class Adam implements Step {
        private final TrainableNetwork net;
        private final double lr;
        private final double beta1;
        private final double beta2;
        private final double eps;
        private final Gradients first;
        private final Gradients second;
        private int t;

        Adam(TrainableNetwork net, double lr, double beta1, double beta2, double eps) {
            this.net = net;
            this.lr = lr;
            this.beta1 = beta1;
            this.beta2 = beta2;
            this.eps = eps;
            this.first = new Gradients(net);
            this.second = new Gradients(net);
        }

        @Override
        public void apply(Gradients grads) {
            t++;
            double correct1 = 1 - Math.pow(beta1, t);
            double correct2 = 1 - Math.pow(beta2, t);
            for (int l = 1; l <= net.layers(); l++) {
                update(net.weights(l), grads.weights(l), first.weights(l), second.weights(l), correct1, correct2);
                update(net.biases(l), grads.biases(l), first.biases(l), second.biases(l), correct1, correct2);
            }
        }

        private void update(double[] p, double[] g, double[] mean, double[] square, double correct1, double correct2) {
            for (int i = 0; i < p.length; i++) {
                mean[i] = beta1 * mean[i] + (1 - beta1) * g[i];
                square[i] = beta2 * square[i] + (1 - beta2) * g[i] * g[i];
                double mHat = mean[i] / correct1;
                double vHat = square[i] / correct2;
                p[i] = p[i] - lr * mHat / (Math.sqrt(vHat) + eps);
            }
        }
    }
}
