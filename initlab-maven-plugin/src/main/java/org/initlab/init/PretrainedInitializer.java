package org.initlab.init;

import org.initlab.settings.ConfigException;
import org.initlab.random.RandomSource;

/**
 * Fine-tuning's starting point: weights trained elsewhere, read from a file ({@link WeightFile})
 * when the spec is parsed. The file must hold exactly the stored shape of the layer — (in, out)
 * for layout in-out, (out, in) for out-in, and a convolution's 4-d kernel in its layout's order
 * ((out, in, kh, kw) for out-in, (kh, kw, in, out) for in-out; {@link WeightShape#dims()}) — and a
 * mismatch fails naming both shapes. One file
 * fits one shape, so in a network with several layer shapes use it where the shapes agree.
 * Draws nothing.
 */
public final class PretrainedInitializer implements Initializer {
    private final String spec;
    private final WeightFile file;

    public PretrainedInitializer(String spec, WeightFile file) {
        this.spec = spec;
        this.file = file;
    }

    @Override
    public String spec() {
        return spec;
    }

    @Override
    public String formula() {
        return "W = W_\\text{file}";
    }

    @Override
    public double mean() {
        double sum = 0;
        for (double v : file.values()) {
            sum += v;
        }
        return sum / file.values().length;
    }

    @Override
    public double std(WeightShape shape) {
        double mean = mean();
        double ss = 0;
        for (double v : file.values()) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / file.values().length);
    }

    @Override
    public void fill(double[] weights, WeightShape shape, RandomSource rng) {
        if (!java.util.Arrays.equals(shape.dims(), file.dims())) {
            String what = file.dims().length == 4 ? "kernel" : "matrix";
            throw new ConfigException("initializer '" + spec + "': " + file.path() + " holds a " + file.shapeText() + " "
                    + what + ", but the layer's weights are " + shape + " (layout " + shape.layout().text() + ")");
        }
        System.arraycopy(file.values(), 0, weights, 0, weights.length);
    }

    @Override
    public String toString() {
        return spec;
    }
}
