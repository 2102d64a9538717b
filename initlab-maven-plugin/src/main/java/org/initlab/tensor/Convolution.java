package org.initlab.tensor;

import org.initlab.numeric.Matrix;
import org.initlab.numeric.MatrixKernel;
import org.initlab.numeric.SampleShape;

/**
 * {@code torch.nn.functional.conv2d} and {@code conv_transpose2d} without bias (the caller adds it),
 * square kernels, zero padding, as matrix products on the caller's kernel. Samples are processed in
 * chunks whose im2col matrix stays near {@link #CHUNK_VALUES} values, which changes no number (each
 * row of a product is computed on its own) and keeps the scratch small.
 */
public final class Convolution {
    /** About 32 MB of scratch per chunk. */
    static final long CHUNK_VALUES = 1L << 22;

    private Convolution() {
    }

    /**
     * Cross-correlation: {@code y[n,o,a,b] = Σ_{c,i,j} w[o,c,i,j] · x[n, c, a·stride + i − padding, b·stride + j − padding]}.
     *
     * @param weights (out, in, k, k) in row-major order, torch's {@code Conv2d.weight}
     */
    public static Matrix conv2d(Matrix x, SampleShape in, double[] weights, SampleShape out, int k, int stride, int padding,
                                MatrixKernel kernel) {
        int c = in.channels();
        int oc = out.channels();
        int oh = out.height();
        int ow = out.width();
        int patch = c * k * k;
        Matrix wt = new Matrix(oc, patch, weights).transpose(); // (C·k·k) × out
        int n = x.rows();
        double[] y = new double[Math.toIntExact((long) n * out.size())];
        int chunk = chunk(n, (long) oh * ow * patch);
        double[] xs = x.data();
        for (int first = 0; first < n; first += chunk) {
            int count = Math.min(chunk, n - first);
            double[] cols = new double[count * oh * ow * patch];
            im2col(xs, first, count, in, out, k, stride, padding, cols);
            double[] p = kernel.multiply(new Matrix(count * oh * ow, patch, cols), wt).data(); // (count·oh·ow) × out
            for (int s = 0; s < count; s++) {
                int base = (first + s) * (int) out.size();
                for (int pos = 0; pos < oh * ow; pos++) {
                    for (int o = 0; o < oc; o++) {
                        y[base + o * oh * ow + pos] = p[(s * oh * ow + pos) * oc + o];
                    }
                }
            }
        }
        return new Matrix(n, (int) out.size(), y);
    }

    /**
     * The im2col matrix of samples {@code first … first + count − 1} of {@code x} (samples × C·H·W,
     * row-major): one row per sample and output position (sample-major, then row-major positions),
     * holding the C·k·k input values the kernel sees there in (c, i, j) order, zeros where it reaches
     * into the padding. {@code cols} holds at least {@code count·oh·ow·C·k·k} values.
     */
    public static void im2col(double[] x, int first, int count, SampleShape in, SampleShape out, int k, int stride,
                              int padding, double[] cols) {
        int c = in.channels();
        int h = in.height();
        int w = in.width();
        int oh = out.height();
        int ow = out.width();
        int patch = c * k * k;
        int inSize = (int) in.size();
        for (int s = 0; s < count; s++) {
            int base = (first + s) * inSize;
            for (int a = 0; a < oh; a++) {
                for (int b = 0; b < ow; b++) {
                    int row = ((s * oh + a) * ow + b) * patch;
                    for (int ch = 0; ch < c; ch++) {
                        for (int i = 0; i < k; i++) {
                            int r = a * stride + i - padding;
                            for (int j = 0; j < k; j++) {
                                int q = b * stride + j - padding;
                                cols[row + (ch * k + i) * k + j] = r < 0 || r >= h || q < 0 || q >= w ? 0
                                        : x[base + (ch * h + r) * w + q];
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * The adjoint of {@link #im2col}: adds every value of {@code cols} (as im2col lays it out for
     * {@code count} samples from 0) back onto the input position it was read from, into {@code dx}
     * (count × C·H·W); what im2col read from the padding is dropped. The backward pass of a
     * convolution's input: {@code dx = col2im(δ·W)}.
     */
    public static void col2im(double[] cols, int count, SampleShape in, SampleShape out, int k, int stride, int padding,
                              double[] dx) {
        int c = in.channels();
        int h = in.height();
        int w = in.width();
        int oh = out.height();
        int ow = out.width();
        int patch = c * k * k;
        int inSize = (int) in.size();
        for (int s = 0; s < count; s++) {
            int base = s * inSize;
            for (int a = 0; a < oh; a++) {
                for (int b = 0; b < ow; b++) {
                    int row = ((s * oh + a) * ow + b) * patch;
                    for (int ch = 0; ch < c; ch++) {
                        for (int i = 0; i < k; i++) {
                            int r = a * stride + i - padding;
                            if (r < 0 || r >= h) {
                                continue;
                            }
                            for (int j = 0; j < k; j++) {
                                int q = b * stride + j - padding;
                                if (q >= 0 && q < w) {
                                    dx[base + (ch * h + r) * w + q] += cols[row + (ch * k + i) * k + j];
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * The transposed convolution: every input value spreads over a k×k window of the output,
     * {@code y[n, o, a·stride + i − padding, b·stride + j − padding] += x[n,c,a,b] · w[c,o,i,j]}, what is
     * spread outside the output (the padding) dropped.
     *
     * @param weights (in, out, k, k) in row-major order, torch's {@code ConvTranspose2d.weight}
     */
    public static Matrix convTranspose2d(Matrix x, SampleShape in, double[] weights, SampleShape out, int k, int stride,
                                         int padding, MatrixKernel kernel) {
        int c = in.channels();
        int h = in.height();
        int w = in.width();
        int oc = out.channels();
        int oh = out.height();
        int ow = out.width();
        int spread = oc * k * k;
        Matrix wm = new Matrix(c, spread, weights); // in × (out·k·k)
        int n = x.rows();
        double[] y = new double[Math.toIntExact((long) n * out.size())];
        int chunk = chunk(n, (long) h * w * Math.max(c, spread));
        double[] xs = x.data();
        int inSize = (int) in.size();
        for (int first = 0; first < n; first += chunk) {
            int count = Math.min(chunk, n - first);
            double[] rows = new double[count * h * w * c]; // one row per input position, its channels
            for (int s = 0; s < count; s++) {
                for (int ch = 0; ch < c; ch++) {
                    for (int pos = 0; pos < h * w; pos++) {
                        rows[(s * h * w + pos) * c + ch] = xs[(first + s) * inSize + ch * h * w + pos];
                    }
                }
            }
            double[] p = kernel.multiply(new Matrix(count * h * w, c, rows), wm).data(); // (count·h·w) × (out·k·k)
            for (int s = 0; s < count; s++) {
                int base = (first + s) * (int) out.size();
                for (int a = 0; a < h; a++) {
                    for (int b = 0; b < w; b++) {
                        int row = ((s * h + a) * w + b) * spread;
                        for (int o = 0; o < oc; o++) {
                            for (int i = 0; i < k; i++) {
                                int r = a * stride + i - padding;
                                if (r < 0 || r >= oh) {
                                    continue;
                                }
                                for (int j = 0; j < k; j++) {
                                    int q = b * stride + j - padding;
                                    if (q >= 0 && q < ow) {
                                        y[base + (o * oh + r) * ow + q] += p[row + (o * k + i) * k + j];
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return new Matrix(n, (int) out.size(), y);
    }

    /** Adds {@code bias[o]} to every value of channel o. */
    public static void addChannelBias(Matrix y, SampleShape shape, double[] bias) {
        int plane = shape.height() * shape.width();
        double[] v = y.data();
        for (int s = 0; s < y.rows(); s++) {
            for (int o = 0; o < shape.channels(); o++) {
                int base = s * y.cols() + o * plane;
                for (int p = 0; p < plane; p++) {
                    v[base + p] += bias[o];
                }
            }
        }
    }

    /** Samples per chunk so that one chunk's scratch stays near {@link #CHUNK_VALUES}; at least one. */
    private static int chunk(int n, long perSample) {
        return (int) Math.max(1, Math.min(n, CHUNK_VALUES / Math.max(1, perSample)));
    }
}
