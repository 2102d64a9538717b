package org.initlab.init;

import java.util.Arrays;
import org.initlab.random.RandomSource;
import org.initlab.settings.ConfigException;

/**
 * PyTorch's {@code dirac_(tensor, groups)}: a convolution that passes its input through. Every
 * weight is 0 except, in each of the {@code groups} groups of out/groups output channels, a 1 at
 * the kernel's centre {@code (kh // 2, kw // 2)} for output channel g·(out/groups) + d and input
 * channel d, d &lt; min(out/groups, in). With odd kernels and padding k // 2 the convolution
 * returns its input's first channels exactly (grouped, each group its own).
 *
 * <p>As torch stores a grouped convolution's weight (out, in/groups, kh, kw), the shape's
 * {@link WeightShape#in()} is the channels per group. A dense layer is a 1 × 1 kernel: with
 * groups = 1 the identity matrix, as {@code eye}. Under layout in-out the same logical entries
 * are set in Keras's (kh, kw, in, out) order ({@link WeightShape#index}). Draws nothing.
 *
 * <p>DL4J's {@code IDENTITY} on a convolution is the same kernel with groups = 1 but refuses what
 * torch accepts: {@code in ≠ out} and even kernel sizes ({@code WeightInitIdentity.setIdentityConv}),
 * see {@link #dl4j}.
 */
public final class DiracInitializer implements Initializer {
    private final String spec;
    private final int groups;
    private final boolean dl4j;

    /**
     * @param dl4j refuse non-square channels and even kernels, as DL4J's {@code IDENTITY} does
     */
    public DiracInitializer(String spec, int groups, boolean dl4j) {
        if (groups < 1) {
            throw new IllegalArgumentException("dirac needs groups >= 1, got " + groups);
        }
        this.spec = spec;
        this.groups = groups;
        this.dl4j = dl4j;
    }

    public int groups() {
        return groups;
    }

    @Override
    public String spec() {
        return spec;
    }

    @Override
    public String formula() {
        return "W_{o,i,y,x} = [\\,o = g\\tfrac{n_\\text{out}}{G} + i,\\ y = \\lfloor k_h/2 \\rfloor,\\ x = \\lfloor k_w/2 \\rfloor\\,],"
                + "\\ G = " + groups;
    }

    /** How many weights are 1. */
    private int ones(WeightShape shape) {
        return groups * Math.min(shape.out() / groups, shape.in());
    }

    @Override
    public double mean() {
        return Double.NaN;
    }

    @Override
    public double mean(WeightShape shape) {
        return ones(shape) / (double) shape.size();
    }

    @Override
    public double std(WeightShape shape) {
        double p = mean(shape);
        return Math.sqrt(p * (1 - p));
    }

    @Override
    public void fill(double[] weights, WeightShape shape, RandomSource rng) {
        check(shape);
        Arrays.fill(weights, 0.0);
        int perGroup = shape.out() / groups;
        int n = Math.min(perGroup, shape.in());
        int cy = shape.kernelHeight() / 2;
        int cx = shape.kernelWidth() / 2;
        for (int g = 0; g < groups; g++) {
            for (int d = 0; d < n; d++) {
                weights[shape.index(g * perGroup + d, d, cy, cx)] = 1.0;
            }
        }
    }

    private void check(WeightShape shape) {
        if (shape.out() % groups != 0) {
            throw new ConfigException("initializer '" + spec + "': key 'groups' must divide the output channels; "
                    + shape.out() + " channels (weights " + shape + ") are not divisible by groups=" + groups);
        }
        if (dl4j && shape.in() != shape.out()) {
            throw new ConfigException("initializer '" + spec + "' needs as many input as output channels, as DL4J's"
                    + " IDENTITY does; got weights " + shape + " (" + shape.in() + " in, " + shape.out() + " out)");
        }
        if (dl4j && (shape.kernelHeight() % 2 == 0 || shape.kernelWidth() % 2 == 0)) {
            throw new ConfigException("initializer '" + spec + "' needs odd kernel sizes, as DL4J's IDENTITY does; got "
                    + shape.kernelHeight() + " × " + shape.kernelWidth() + " (weights " + shape + ")");
        }
    }

    @Override
    public String toString() {
        return spec;
    }
}
