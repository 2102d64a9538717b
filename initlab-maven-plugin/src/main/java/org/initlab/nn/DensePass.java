package org.initlab.nn;

import org.initlab.numeric.MatrixKernel;
import org.initlab.numeric.MatrixProduct;

/**
 * A dense layer on samples by row: {@code z = x·Wᵀ + b} with W stored (out, in) as torch's
 * {@code nn.Linear.weight}, then the activation; backward {@code dz = dA ⊙ g′(z)},
 * {@code dW = dzᵀ·x}, {@code db = Σ_rows dz}, {@code dx = dz·W}.
 */
final class DensePass implements LayerPass {
    private final double[] w;
    private final double[] b;
    private final int l;
    private final int in;
    private final int out;
    private final Activation activation;
    private final int n;
    private final MatrixKernel kernel;
    private final MatrixProduct forward;
    private final double[] z;
    private final double[] a;
    private double[] x;
    private MatrixProduct weightProduct;
    private MatrixProduct inputProduct;
    private double[] dz;
    private double[] dx;

    DensePass(double[] w, double[] b, int l, int in, int out, Activation activation, int n, MatrixKernel kernel) {
        this.w = w;
        this.b = b;
        this.l = l;
        this.in = in;
        this.out = out;
        this.activation = activation;
        this.n = n;
        this.kernel = kernel;
        this.forward = kernel.product(n, in, out, false, true);
        this.z = new double[n * out];
        this.a = activation == null ? z : new double[n * out];
    }

    @Override
    public double[] forward(double[] input) {
        x = input;
        forward.multiply(input, w, z);
        for (int r = 0; r < n; r++) {
            int row = r * out;
            for (int o = 0; o < out; o++) {
                z[row + o] += b[o];
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
        if (weightProduct == null) { // a pass that only predicts never gets here: no backward buffers for it
            weightProduct = kernel.product(out, n, in, true, false);
            inputProduct = kernel.product(n, out, in, false, false);
            dz = activation == null ? null : new double[n * out];
            dx = new double[n * in];
        }
        double[] d = dOut;
        if (activation != null) {
            for (int i = 0; i < d.length; i++) {
                dz[i] = dOut[i] * activation.derivative(z[i], a[i]);
            }
            d = dz;
        }
        weightProduct.multiply(d, x, grads.weights(l));
        double[] db = grads.biases(l);
        java.util.Arrays.fill(db, 0.0);
        for (int r = 0; r < n; r++) {
            int row = r * out;
            for (int o = 0; o < out; o++) {
                db[o] += d[row + o];
            }
        }
        if (!needInput) {
            return null;
        }
        inputProduct.multiply(d, w, dx);
        return dx;
    }
}
