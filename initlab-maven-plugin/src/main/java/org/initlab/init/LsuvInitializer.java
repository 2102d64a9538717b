package org.initlab.init;

import java.util.Locale;
import java.util.OptionalDouble;
import org.initlab.numeric.Matrix;
import org.initlab.numeric.MatrixKernel;
import org.initlab.random.RandomSource;

/**
 * Mishkin and Matas (2015), "All you need is a good init": layer-sequential unit-variance
 * initialization. Draw the layer's weights with a base scheme (orthogonal, as in the paper), pass
 * the layer's input batch x through them, and divide the weights by √Var(x·W) until
 * |Var(x·W) − 1| &lt; tol or {@code maxIter} rescalings were done.
 *
 * <p>Why it works where the derivations do not have to: Var(x·W) is measured, not derived, so it
 * holds whatever the activation, the data's second moment or the correlations between inputs.
 * x·W is linear in W, so one rescaling brings the variance of the batch it was measured on to 1
 * up to rounding; the paper iterates because it measures each time on a fresh minibatch, here the
 * batch is the experiment's and stays the same. Var is the population variance of all
 * samples × out values, before any bias. When it is 0 (zero weights or zero input) or not finite
 * nothing can be rescaled and the weights stay as drawn.
 *
 * <p>Without data ({@link #sample}) the base's weights are returned unchanged, and
 * {@link #mean}, {@link #std} and {@link #bound} are the base's: they describe that draw, not the
 * refined weights, whose scale depends on the data.
 */
public final class LsuvInitializer implements DataDependentInitializer {
    private final String spec;
    private final Initializer base;
    private final double tol;
    private final int maxIter;

    public LsuvInitializer(String spec, Initializer base, double tol, int maxIter) {
        if (base instanceof DataDependentInitializer) {
            throw new IllegalArgumentException("lsuv's base must draw without data, got '" + base.spec() + "'");
        }
        if (!(tol > 0) || maxIter < 0) {
            throw new IllegalArgumentException("lsuv needs tol > 0 and maxIter >= 0, got tol=" + tol + ", maxIter=" + maxIter);
        }
        this.spec = spec;
        this.base = base;
        this.tol = tol;
        this.maxIter = maxIter;
    }

    @Override
    public String spec() {
        return spec;
    }

    public Initializer base() {
        return base;
    }

    public double tol() {
        return tol;
    }

    public int maxIter() {
        return maxIter;
    }

    @Override
    public String formula() {
        return "W \\leftarrow \\frac{W}{\\sqrt{\\operatorname{Var}(xW)}}\\ \\text{until}\\ |\\operatorname{Var}(xW) - 1| < "
                + Numbers.latex(tol) + ",\\quad W_0 \\sim \\texttt{" + base.spec().replace("_", "\\_") + "}";
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
    public double[] refine(double[] weights, int in, int out, Matrix input, MatrixKernel kernel) {
        requireShapes(weights, in, out, input);
        double[] w = weights;
        for (int i = 0; i < maxIter; i++) {
            double v = outputVariance(w, in, out, input, kernel);
            if (!(v > 0) || !Double.isFinite(v) || Math.abs(v - 1) < tol) {
                break;
            }
            double scale = 1 / Math.sqrt(v);
            double[] scaled = new double[w.length];
            for (int k = 0; k < w.length; k++) {
                scaled[k] = w[k] * scale;
            }
            w = scaled;
        }
        return w;
    }

    @Override
    public Check check(double[] weights, int in, int out, Matrix input, MatrixKernel kernel) {
        requireShapes(weights, in, out, input);
        double v = outputVariance(weights, in, out, input, kernel);
        return new Check(Math.abs(v - 1) < tol,
                String.format(Locale.ROOT, "Var(x·W) = %.4f, target 1 ± %s", v, Numbers.text(tol)));
    }

    /** Population variance of all values of x·W. */
    static double outputVariance(double[] weights, int in, int out, Matrix input, MatrixKernel kernel) {
        double[] y = kernel.multiply(input, new Matrix(in, out, weights)).data();
        double sum = 0;
        for (double v : y) {
            sum += v;
        }
        double mean = sum / y.length;
        double squares = 0;
        for (double v : y) {
            squares += (v - mean) * (v - mean);
        }
        return squares / y.length;
    }

    private void requireShapes(double[] weights, int in, int out, Matrix input) {
        if (weights.length != in * out || input.cols() != in) {
            throw new IllegalArgumentException("'" + spec + "': weights (" + in + ", " + out + ") need an input with "
                    + in + " columns and " + (in * out) + " values, got " + input.rows() + "×" + input.cols()
                    + " and " + weights.length);
        }
    }

    @Override
    public String toString() {
        return spec;
    }
}
