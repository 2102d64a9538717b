package org.initlab.tensor;

import java.util.Arrays;
import java.util.List;
import org.initlab.numeric.Matrix;
import org.initlab.numeric.SampleShape;

/**
 * What a layer's linear output can be checked against, computed independently from the layer's input:
 * the input itself, or a bilinear interpolation of it to the output's size. Lets a claim say that a
 * convolution initialised with {@code dirac} is the identity, or that a transposed convolution
 * initialised with {@code bilinear} is an upsampler, as exactly as the arithmetic allows.
 */
public enum Reference {
    /** The input unchanged: needs an output of the input's shape. */
    INPUT("input", "the layer must give the shape it takes") {
        @Override
        public boolean applies(SampleShape in, SampleShape out) {
            return in.equals(out);
        }

        @Override
        Matrix compute(Matrix x, SampleShape in, SampleShape out) {
            return x;
        }
    },
    /**
     * {@code torch.nn.functional.interpolate(x, size=(H′, W′), mode='bilinear', align_corners=False)}: output
     * pixel o samples the input at (o + ½)·H/H′ − ½, clamped at 0 below, the last pixel repeated above.
     */
    BILINEAR("bilinear", "the layer must take and give images of as many channels") {
        @Override
        Matrix compute(Matrix x, SampleShape in, SampleShape out) {
            return bilinear(x, in, out, true);
        }
    },
    /**
     * The same sampling points, but the input continued by zeros beyond its edges instead of clamped:
     * {@code torch.nn.functional.grid_sample(x, grid, mode='bilinear', padding_mode='zeros', align_corners=False)}
     * at the pixel centres {@code interpolate} uses. What a zero-padded transposed convolution computes at the border.
     */
    BILINEAR_ZEROS("bilinear-zeros", "the layer must take and give images of as many channels") {
        @Override
        Matrix compute(Matrix x, SampleShape in, SampleShape out) {
            return bilinear(x, in, out, false);
        }
    };

    private final String word;
    private final String requirement;

    Reference(String word, String requirement) {
        this.word = word;
        this.requirement = requirement;
    }

    /**
     * One comparison a claim asks for: a reference, and how many pixels at each edge of the output it leaves out.
     *
     * @param border 0 for every pixel
     */
    public record Check(Reference reference, int border) {
        public Check {
            if (border < 0) {
                throw new IllegalArgumentException("border must be 0 or more, got " + border);
            }
        }

        /** How results.json names it: {@code input}, {@code bilinear(border=1)}. */
        public String key() {
            return reference.word + (border == 0 ? "" : "(border=" + border + ")");
        }

        /** Whether a layer from {@code in} to {@code out} can be compared so: the reference fits it and the border leaves pixels. */
        public boolean applies(SampleShape in, SampleShape out) {
            return reference.applies(in, out) && (border == 0 || out.image() && 2 * border < Math.min(out.height(), out.width()));
        }

        /** What a layer must be for this comparison, for errors that name a layer it does not fit. */
        public String requirement() {
            return reference.requirement + (border == 0 ? "" : ", and an image output more than " + 2 * border + " pixels on each side");
        }

        /** {@link Reference#maxRelDiff} of the layer's output {@code y} for its input {@code x}. */
        public double maxRelDiff(Matrix x, SampleShape in, Matrix y, SampleShape out) {
            return reference.maxRelDiff(x, in, y, out, border);
        }
    }

    /** As a claim writes it: {@code ref=bilinear}. */
    public String word() {
        return word;
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(Reference::word).toList();
    }

    /** The reference a word names, or null. */
    public static Reference named(String word) {
        return Arrays.stream(values()).filter(r -> r.word.equals(word)).findFirst().orElse(null);
    }

    /** Whether a layer from {@code in} to {@code out} can be compared with this reference; the interpolations need images of as many channels. */
    public boolean applies(SampleShape in, SampleShape out) {
        return in.image() && out.image() && in.channels() == out.channels();
    }

    /** What a layer of {@code x} would output if it were this reference; only where it {@link #applies}. */
    abstract Matrix compute(Matrix x, SampleShape in, SampleShape out);

    /**
     * How far {@code y}, the layer's output for {@code x}, is from this reference, element by element:
     * max|y − r| / max(max|y|, max|r|) over the output's pixels at least {@code border} away from each edge
     * (every pixel for {@code border} 0; flat outputs have no edges). 0 when they agree exactly, NaN when
     * a value is NaN, and 0 when both are zero everywhere.
     *
     * @throws IllegalArgumentException when the reference does not apply or the border leaves no pixel
     */
    public double maxRelDiff(Matrix x, SampleShape in, Matrix y, SampleShape out, int border) {
        if (!applies(in, out)) {
            throw new IllegalArgumentException("ref=" + word + " does not apply to a layer from " + in + " to " + out);
        }
        if (border > 0 && (!out.image() || 2 * border >= Math.min(out.height(), out.width()))) {
            throw new IllegalArgumentException("border " + border + " leaves no pixel of " + out);
        }
        Matrix r = compute(x, in, out);
        double[] ys = y.data();
        double[] rs = r.data();
        int h = out.height();
        int w = out.width();
        int plane = h * w;
        double diff = 0;
        double largest = 0;
        for (int i = 0; i < ys.length; i++) {
            int p = i % plane;
            int a = p / w;
            int b = p % w;
            if (a < border || a >= h - border || b < border || b >= w - border) {
                continue;
            }
            if (Double.isNaN(ys[i]) || Double.isNaN(rs[i])) {
                return Double.NaN;
            }
            diff = Math.max(diff, Math.abs(ys[i] - rs[i]));
            largest = Math.max(largest, Math.max(Math.abs(ys[i]), Math.abs(rs[i])));
        }
        return largest == 0 ? 0 : diff / largest;
    }

    /** Each axis separably: source (o + ½)·n/n′ − ½ between its two neighbours, clamped or zero beyond the edges. */
    private static Matrix bilinear(Matrix x, SampleShape in, SampleShape out, boolean clamp) {
        Axis rows = new Axis(in.height(), out.height(), clamp);
        Axis cols = new Axis(in.width(), out.width(), clamp);
        int inPlane = in.height() * in.width();
        int outPlane = out.height() * out.width();
        int planes = x.rows() * in.channels();
        double[] xs = x.data();
        double[] y = new double[planes * outPlane];
        for (int q = 0; q < planes; q++) {
            int src = q * inPlane;
            int dst = q * outPlane;
            for (int a = 0; a < out.height(); a++) {
                for (int b = 0; b < out.width(); b++) {
                    // torch's order: h0λ·(w0λ·x00 + w1λ·x01) + h1λ·(w0λ·x10 + w1λ·x11)
                    double top = cols.mix(xs, src + rows.lowIndex(a) * in.width(), rows.lowValid(a), b);
                    double bottom = cols.mix(xs, src + rows.highIndex(a) * in.width(), rows.highValid(a), b);
                    y[dst + a * out.width() + b] = rows.lowWeight(a) * top + rows.highWeight(a) * bottom;
                }
            }
        }
        return new Matrix(x.rows(), Math.toIntExact((long) in.channels() * outPlane), y);
    }

    /** One axis of a bilinear resize: for each output index, its two source indices and their weights. */
    private static final class Axis {
        private final int[] low;
        private final int[] high;
        private final double[] lowWeight;
        private final double[] highWeight;
        private final boolean[] lowValid;
        private final boolean[] highValid;

        Axis(int n, int size, boolean clamp) {
            low = new int[size];
            high = new int[size];
            lowWeight = new double[size];
            highWeight = new double[size];
            lowValid = new boolean[size];
            highValid = new boolean[size];
            double scale = (double) n / size; // torch's scale when a size (not a factor) is given
            for (int o = 0; o < size; o++) {
                double s = scale * (o + 0.5) - 0.5;
                if (clamp) {
                    s = Math.max(s, 0); // interpolate clamps below; above, the last pixel pairs with itself
                    int i0 = (int) s;
                    low[o] = i0;
                    high[o] = i0 + (i0 < n - 1 ? 1 : 0);
                    highWeight[o] = s - i0;
                    lowWeight[o] = 1 - highWeight[o];
                    lowValid[o] = true;
                    highValid[o] = true;
                } else {
                    int i0 = (int) Math.floor(s);
                    highWeight[o] = s - i0;
                    lowWeight[o] = 1 - highWeight[o];
                    lowValid[o] = i0 >= 0 && i0 < n;
                    highValid[o] = i0 + 1 >= 0 && i0 + 1 < n;
                    low[o] = Math.max(0, Math.min(i0, n - 1)); // read only where valid
                    high[o] = Math.max(0, Math.min(i0 + 1, n - 1));
                }
            }
        }

        int lowIndex(int o) {
            return low[o];
        }

        int highIndex(int o) {
            return high[o];
        }

        boolean lowValid(int o) {
            return lowValid[o];
        }

        boolean highValid(int o) {
            return highValid[o];
        }

        double lowWeight(int o) {
            return lowWeight[o];
        }

        double highWeight(int o) {
            return highWeight[o];
        }

        /** The row starting at {@code start}, interpolated at output column {@code b}; 0 for a row beyond the edge. */
        double mix(double[] xs, int start, boolean rowValid, int b) {
            if (!rowValid) {
                return 0;
            }
            double left = lowValid[b] ? xs[start + low[b]] : 0;
            double right = highValid[b] ? xs[start + high[b]] : 0;
            return lowWeight[b] * left + highWeight[b] * right;
        }
    }
}
