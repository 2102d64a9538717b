package org.initlab.init;

import org.initlab.random.RandomSource;

/**
 * Caffe's {@code BilinearFiller}: the kernel of a transposed convolution that upsamples by
 * bilinear interpolation (Long et al. 2015 start their FCN deconvolution layers this way).
 * For a k×k kernel, with f = ⌈k/2⌉ and a centre c, the weight at column x, row y is
 * (1 − |x/f − c|)·(1 − |y/f − c|). Caffe's kernel size for upsampling by a factor F is
 * k = 2F − F mod 2 (4 for ×2, 5 for ×3, …).
 *
 * <p>The centre is {@link Variant#CAFFE}'s c = (k − 1)/(2f), Caffe's since BVLC/caffe PR #5713
 * (2017), symmetric for every k: k = 3 gives [0.5, 1, 0.5]. {@link Variant#CAFFE_2016} keeps the
 * formula before that fix, c = (2f − 1 − f mod 2)/(2f), which agrees for k = 2F − F mod 2 but is
 * lopsided for the other sizes (k = 3 gives [0.25, 0.75, 0.75]).
 *
 * <p>On a convolution's kernel ({@link WeightShape#isConvolution()}) every (out, in) pair gets
 * the kh × kw kernel, each axis with its own f and c (Caffe requires kh = kw; for a square kernel
 * this is Caffe's filler). That is the weight of a transposed convolution with stride F, kernel
 * 2F − F mod 2 and padding ⌈(F − 1)/2⌉ that upsamples by F: PyTorch's {@code conv_transpose2d}
 * stores it (in, out, kh, kw) ({@link WeightShape#transposedConv}), and since every pair holds the
 * same kernel the layout does not change the values, only their order.
 *
 * <p>On a matrix (a dense layer) each row is read as one kernel: when
 * cols is a perfect square k², the row is the k×k kernel in row-major order; otherwise the row is
 * a one-dimensional kernel of size k = cols, weight (1 − |x/f − c|) — linear interpolation along
 * one axis. Every row gets the same kernel. Deterministic: draws nothing.
 */
public final class BilinearInitializer implements Initializer {
    /** Which of Caffe's centres the kernel uses. */
    public enum Variant {
        /** Caffe since PR #5713: c = (k − 1)/(2f). */
        CAFFE("caffe", "\\tfrac{k - 1}{2f}"),
        /** Caffe before PR #5713: c = (2f − 1 − f mod 2)/(2f). */
        CAFFE_2016("caffe-2016", "\\tfrac{2f - 1 - (f \\bmod 2)}{2f}");

        private final String text;
        private final String centreTex;

        Variant(String text, String centreTex) {
            this.text = text;
            this.centreTex = centreTex;
        }

        public String text() {
            return text;
        }

        public static Variant of(String text) {
            for (Variant v : values()) {
                if (v.text.equals(text)) {
                    return v;
                }
            }
            throw new IllegalArgumentException("unknown bilinear variant " + text);
        }

        double centre(int k, int f) {
            return this == CAFFE ? (k - 1) / (2.0 * f) : (2.0 * f - 1 - f % 2) / (2.0 * f);
        }
    }

    private final String spec;
    private final Variant variant;

    public BilinearInitializer(String spec, Variant variant) {
        this.spec = spec;
        this.variant = variant;
    }

    @Override
    public String spec() {
        return spec;
    }

    @Override
    public String formula() {
        return "w_{x,y} = \\left(1 - \\left|\\tfrac{x}{f} - c\\right|\\right)\\left(1 - \\left|\\tfrac{y}{f} - c\\right|\\right),"
                + "\\ f = \\lceil k/2 \\rceil,\\ c = " + variant.centreTex;
    }

    /** One axis's profile 1 − |x/f − c|, x = 0 … k − 1. */
    private double[] profile(int k) {
        int f = (k + 1) / 2; // ceil(k / 2)
        double c = variant.centre(k, f);
        double[] p = new double[k];
        for (int x = 0; x < k; x++) {
            p[x] = 1 - Math.abs((double) x / f - c);
        }
        return p;
    }

    /** A convolution's kh × kw kernel, row-major: the product of the two axes' profiles. */
    public double[] kernel(int kh, int kw) {
        double[] py = profile(kh);
        double[] px = profile(kw);
        double[] w = new double[kh * kw];
        for (int y = 0; y < kh; y++) {
            for (int x = 0; x < kw; x++) {
                w[y * kw + x] = py[y] * px[x];
            }
        }
        return w;
    }

    /** The values one (out, in) pair (a convolution) or one row (a matrix) holds. */
    private double[] unit(WeightShape shape) {
        return shape.isConvolution() ? kernel(shape.kernelHeight(), shape.kernelWidth()) : kernel(shape.cols());
    }

    /** The kernel of one row: k×k row-major when cols = k², else 1-D of length cols. */
    public double[] kernel(int cols) {
        int k = (int) Math.round(Math.sqrt(cols));
        boolean square = k * k == cols;
        if (!square) {
            k = cols;
        }
        int f = (k + 1) / 2; // ceil(k / 2)
        double c = variant.centre(k, f);
        double[] w = new double[cols];
        for (int i = 0; i < cols; i++) {
            int x = i % k;
            double wx = 1 - Math.abs((double) x / f - c);
            if (square) {
                int y = i / k;
                w[i] = wx * (1 - Math.abs((double) y / f - c));
            } else {
                w[i] = wx;
            }
        }
        return w;
    }

    @Override
    public double mean() {
        return Double.NaN;
    }

    @Override
    public double mean(WeightShape shape) {
        double sum = 0;
        double[] unit = unit(shape);
        for (double v : unit) {
            sum += v;
        }
        return sum / unit.length;
    }

    @Override
    public double std(WeightShape shape) {
        double mean = mean(shape);
        double ss = 0;
        double[] unit = unit(shape);
        for (double v : unit) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / unit.length);
    }

    @Override
    public void fill(double[] weights, WeightShape shape, RandomSource rng) {
        if (shape.isConvolution()) {
            double[] k = kernel(shape.kernelHeight(), shape.kernelWidth());
            for (int o = 0; o < shape.out(); o++) {
                for (int i = 0; i < shape.in(); i++) {
                    for (int y = 0; y < shape.kernelHeight(); y++) {
                        for (int x = 0; x < shape.kernelWidth(); x++) {
                            weights[shape.index(o, i, y, x)] = k[y * shape.kernelWidth() + x];
                        }
                    }
                }
            }
            return;
        }
        double[] k = kernel(shape.cols());
        for (int r = 0; r < shape.rows(); r++) {
            System.arraycopy(k, 0, weights, r * shape.cols(), k.length);
        }
    }

    @Override
    public String toString() {
        return spec;
    }
}
