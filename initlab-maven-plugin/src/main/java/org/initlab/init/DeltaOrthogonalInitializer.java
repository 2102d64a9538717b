package org.initlab.init;

import java.util.Arrays;
import org.initlab.random.RandomSource;
import org.initlab.settings.ConfigException;

/**
 * Xiao et al. (2018), "Dynamical Isometry and a Mean Field Theory of CNNs: How to Train 10,000-Layer
 * Vanilla Convolutional Neural Networks", Algorithm 2 (the delta-orthogonal kernel): a random
 * orthogonal (out, in) matrix H, out ≥ in, times {@code gain} at the kernel's spatial centre
 * (kh // 2, kw // 2), zeros at every other position.
 *
 * <p>Why: a convolution with this kernel (odd kernel, padding k // 2) applies H to every pixel's
 * channel vector, so with out = in it is an orthogonal map of the whole input and keeps its norm
 * exactly, at any depth — the dynamical isometry the paper needs for very deep plain CNNs, where
 * an orthogonal matrix alone (spread over the kernel) is not orthogonal as a convolution.
 *
 * <p>H is drawn as {@link OrthogonalInitializer} draws a dense layer of the same layout: (out, in)
 * in torch's way for layout out-in, (in, out) for in-out. On a dense layer (a 1 × 1 kernel) this
 * is that orthogonal matrix.
 */
public final class DeltaOrthogonalInitializer implements Initializer {
    private final String spec;
    private final double gain;

    public DeltaOrthogonalInitializer(String spec, double gain) {
        this.spec = spec;
        this.gain = gain;
    }

    @Override
    public String spec() {
        return spec;
    }

    @Override
    public String formula() {
        return "W_{:,:,\\lfloor k_h/2 \\rfloor,\\lfloor k_w/2 \\rfloor} = g\\,H,\\ H^\\top H = I,\\ \\text{else } 0,\\ g = "
                + Numbers.latex(gain);
    }

    /** H's n_in orthonormal columns hold gain²·n_in of squared weight among all the kernel's values. */
    @Override
    public double std(WeightShape shape) {
        return Math.abs(gain) * Math.sqrt(shape.in() / (double) shape.size());
    }

    @Override
    public void fill(double[] weights, WeightShape shape, RandomSource rng) {
        if (shape.out() < shape.in()) {
            throw new ConfigException("initializer '" + spec + "' needs at least as many output as input channels (an"
                    + " orthogonal (out, in) matrix with out >= in), got weights " + shape + " with " + shape.in()
                    + " in and " + shape.out() + " out");
        }
        WeightShape centre = WeightShape.of(shape.in(), shape.out(), shape.layout());
        double[] h = new OrthogonalInitializer(spec, gain).sample(centre, rng);
        Arrays.fill(weights, 0.0);
        int cy = shape.kernelHeight() / 2;
        int cx = shape.kernelWidth() / 2;
        for (int o = 0; o < shape.out(); o++) {
            for (int i = 0; i < shape.in(); i++) {
                weights[shape.index(o, i, cy, cx)] = h[centre.index(o, i, 0, 0)];
            }
        }
    }

    @Override
    public String toString() {
        return spec;
    }
}
