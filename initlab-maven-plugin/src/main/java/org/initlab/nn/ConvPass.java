package org.initlab.nn;

import org.initlab.layers.LayerSpec;
import org.initlab.numeric.MatrixKernel;
import org.initlab.numeric.MatrixProduct;
import org.initlab.numeric.SampleShape;
import org.initlab.tensor.Convolution;

/**
 * {@code conv2d} on samples by row, as im2col and products on the kernel: with {@code cols} the
 * (n·P × C·k·k) patches of the batch (P output positions per sample) and W stored (out, C, k, k) as
 * torch's {@code Conv2d.weight}, forward {@code Z = cols·Wᵀ + b}; backward, with δ = ∂cost/∂Z as
 * (n·P × out), {@code dW = δᵀ·cols}, {@code db = Σ_rows δ} and {@code dx = col2im(δ·W)}.
 */
final class ConvPass implements LayerPass {
    private final double[] w;
    private final double[] b;
    private final int l;
    private final SampleShape in;
    private final SampleShape out;
    private final LayerSpec.Conv2d conv;
    private final Activation activation;
    private final int n;
    private final int channels;
    private final int positions;
    private final int patch;
    private final MatrixKernel kernel;
    private final MatrixProduct forward;
    private final double[] cols;
    private final double[] byPosition;
    private final double[] z;
    private final double[] a;
    private MatrixProduct weightProduct;
    private MatrixProduct inputProduct;
    private double[] delta;
    private double[] dCols;
    private double[] dx;

    ConvPass(double[] w, double[] b, int l, SampleShape in, SampleShape out, LayerSpec.Conv2d conv, Activation activation,
             int n, MatrixKernel kernel) {
        this.w = w;
        this.b = b;
        this.l = l;
        this.in = in;
        this.out = out;
        this.conv = conv;
        this.activation = activation;
        this.n = n;
        this.channels = out.channels();
        this.positions = out.height() * out.width();
        this.patch = in.channels() * conv.kernel() * conv.kernel();
        this.kernel = kernel;
        int rows = Math.multiplyExact(n, positions);
        this.forward = kernel.product(rows, patch, channels, false, true);
        this.cols = new double[Math.multiplyExact(rows, patch)];
        this.byPosition = new double[rows * channels];
        this.z = new double[n * (int) out.size()];
        this.a = activation == null ? z : new double[z.length];
    }

    @Override
    public double[] forward(double[] x) {
        Convolution.im2col(x, 0, n, in, out, conv.kernel(), conv.stride(), conv.padding(), cols);
        forward.multiply(cols, w, byPosition);
        for (int s = 0; s < n; s++) {
            int base = s * channels * positions;
            for (int pos = 0; pos < positions; pos++) {
                int row = (s * positions + pos) * channels;
                for (int o = 0; o < channels; o++) {
                    z[base + o * positions + pos] = byPosition[row + o] + b[o];
                }
            }
        }
        if (activation != null) {
            for (int i = 0; i < z.length; i++) {
                a[i] = activation.apply(z[i]);
            }
        }
        return a;
    }

    @Override
    public double[] backward(double[] dOut, Gradients grads, boolean needInput) {
        int rows = n * positions;
        if (weightProduct == null) { // a pass that only predicts never gets here: no backward buffers for it
            weightProduct = kernel.product(channels, rows, patch, true, false);
            inputProduct = kernel.product(rows, channels, patch, false, false);
            delta = new double[rows * channels];
            dCols = new double[cols.length];
            dx = new double[n * (int) in.size()];
        }
        double[] db = grads.biases(l);
        java.util.Arrays.fill(db, 0.0);
        for (int s = 0; s < n; s++) {
            int base = s * channels * positions;
            for (int o = 0; o < channels; o++) {
                for (int pos = 0; pos < positions; pos++) {
                    int i = base + o * positions + pos;
                    double d = activation == null ? dOut[i] : dOut[i] * activation.derivative(z[i], a[i]);
                    delta[(s * positions + pos) * channels + o] = d;
                    db[o] += d;
                }
            }
        }
        weightProduct.multiply(delta, cols, grads.weights(l));
        if (!needInput) {
            return null;
        }
        inputProduct.multiply(delta, w, dCols);
        java.util.Arrays.fill(dx, 0.0);
        Convolution.col2im(dCols, n, in, out, conv.kernel(), conv.stride(), conv.padding(), dx);
        return dx;
    }
}
