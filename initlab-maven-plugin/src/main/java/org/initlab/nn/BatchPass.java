package org.initlab.nn;

import org.initlab.numeric.MatrixKernel;
import org.initlab.numeric.MatrixProduct;

import org.initlab.numeric.NumpySum;

/**
 * Forward and backward propagation of one network over one fixed batch, with every buffer
 * allocated once: the training loop itself allocates nothing.
 *
 * <p>The arithmetic follows the deeplearning.ai "Initialization" utilities step by step, so that
 * costs agree with the tutorial's printout to far below the printed precision:
 * <pre>
 *   z_l = W_l·a_{l−1} + b_l,  a_l = g(z_l)                 (forward)
 *   dz_L = 1./m * (a_L − Y)                                 (from the {@link Loss})
 *   dW_l = dz_l·a_{l−1}ᵀ,  db_l = np.sum(dz_l, axis=1)
 *   da_{l−1} = W_lᵀ·dz_l,  dz_{l−1} = da_{l−1} * g'(z_{l−1})
 * </pre>
 * Sums along the batch use numpy's pairwise order ({@link org.initlab.numeric.NumpySum}); matrix products sum in
 * index order, where BLAS uses its own blocking, which is the one remaining source of
 * last-bit differences. Loops run along rows so that every inner loop reads contiguous memory.
 *
 * <p>Built with a {@link MatrixKernel}, the three products of each layer run on it instead
 * ({@link MatrixProduct}s fixed to this pass's shapes), in the kernel's own summation order: the
 * minibatch path, where 784-wide layers make arithmetic, not overhead, the cost. Built without
 * one, every operation stays in numpy's order, which T1's published costs need to the last bit.
 */
public final class BatchPass implements TrainingPass {
    private final MutableMlp net;
    private final double[] x;
    private final double[] y;
    private final int m;
    private final double[][] z;
    private final double[][] a;
    private final double[][] dz;
    private final double[] scratch;
    /** Per layer (1-based): {@code W·a}, {@code dz·aᵀ}, {@code Wᵀ·dz}; {@code null} without a kernel. */
    private final MatrixProduct[] forwardProducts;
    private final MatrixProduct[] weightProducts;
    private final MatrixProduct[] backProducts;

    /**
     * @param x inputs, row-major (features × m): one sample per column, as the tutorial's {@code X}
     * @param y targets, row-major (outputs × m), or {@code null} for prediction only
     */
    public BatchPass(MutableMlp net, double[] x, double[] y, int m) {
        this(net, x, y, m, null);
    }

    /**
     * @param kernel runs the matrix products; {@code null} keeps numpy's exact operation order
     */
    public BatchPass(MutableMlp net, double[] x, double[] y, int m, MatrixKernel kernel) {
        this(net, x, y, m, kernel, false);
    }

    /**
     * A pass for minibatches gathered from a data set: its inputs are (m × features), one sample
     * per row as the data set stores them, so a batch is gathered by copying whole rows instead
     * of transposing 784 scattered values per sample. The first layer's products read them
     * transposed, which BLAS does for free: {@code W₁·xᵀ} forward, {@code dz₁·x} for the gradient.
     *
     * @param targets whether the pass has targets (training) or predicts only (evaluation)
     */
    static BatchPass bySample(MutableMlp net, int m, boolean targets, MatrixKernel kernel) {
        double[] y = targets ? new double[net.size(net.layers()) * m] : null;
        return new BatchPass(net, new double[m * net.size(0)], y, m, kernel, true);
    }

    private BatchPass(MutableMlp net, double[] x, double[] y, int m, MatrixKernel kernel, boolean inputsBySample) {
        if (inputsBySample && kernel == null) {
            throw new IllegalArgumentException("inputs by sample need a kernel for the transposed first-layer products");
        }
        if (x.length != net.size(0) * m) {
            throw new IllegalArgumentException("inputs: expected " + net.size(0) + "×" + m + " values, got " + x.length);
        }
        int out = net.size(net.layers());
        if (y != null && y.length != out * m) {
            throw new IllegalArgumentException("targets: expected " + out + "×" + m + " values, got " + y.length);
        }
        this.net = net;
        this.x = x;
        this.y = y;
        this.m = m;
        int layers = net.layers();
        z = new double[layers + 1][];
        a = new double[layers + 1][];
        dz = new double[layers + 1][];
        a[0] = x;
        for (int l = 1; l <= layers; l++) {
            z[l] = new double[net.size(l) * m];
            a[l] = new double[net.size(l) * m];
            dz[l] = new double[net.size(l) * m];
        }
        scratch = new double[out * m];
        if (kernel == null) {
            forwardProducts = null;
            weightProducts = null;
            backProducts = null;
        } else {
            forwardProducts = new MatrixProduct[layers + 1];
            weightProducts = new MatrixProduct[layers + 1];
            backProducts = new MatrixProduct[layers + 1];
            for (int l = 1; l <= layers; l++) {
                int n = net.size(l);
                int in = net.size(l - 1);
                boolean bySample = inputsBySample && l == 1;
                forwardProducts[l] = kernel.product(n, in, m, false, bySample);
                weightProducts[l] = kernel.product(n, m, in, false, !bySample);
                backProducts[l] = l > 1 ? kernel.product(in, n, m, true, false) : null;
            }
        }
    }

    @Override
    public int samples() {
        return m;
    }

    /**
     * The inputs this pass reads, (features × m), or (m × features) for a {@link #bySample} pass;
     * minibatch training refills it before each step.
     */
    @Override
    public double[] inputs() {
        return x;
    }

    /** The targets this pass reads, (outputs × m), or {@code null}; refilled with {@link #inputs()}. */
    @Override
    public double[] targets() {
        return y;
    }

    /** Runs the forward pass and returns the output activations (outputs × m); the live array. */
    @Override
    public double[] forward() {
        int layers = net.layers();
        if (forwardProducts != null) {
            for (int l = 1; l <= layers; l++) {
                forwardProducts[l].multiply(net.weights(l), a[l - 1], z[l]);
                addBias(z[l], net.biases(l), l < layers ? a[l] : null, net.size(l));
            }
            net.output().apply(z[layers], a[layers], net.size(layers), m);
            return a[layers];
        }
        for (int l = 1; l < layers; l++) {
            linear(net.weights(l), net.biases(l), a[l - 1], z[l], a[l], net.hidden(), net.size(l), net.size(l - 1));
        }
        linear(net.weights(layers), net.biases(layers), a[layers - 1], z[layers], null, null,
                net.size(layers), net.size(layers - 1));
        net.output().apply(z[layers], a[layers], net.size(layers), m);
        return a[layers];
    }

    /** The cost of the last {@link #forward()}. */
    @Override
    public double cost(Loss loss) {
        requireTargets();
        return loss.cost(a[net.layers()], y, scratch, net.size(net.layers()), m);
    }

    /** Backpropagates the last {@link #forward()} into {@code grads}. */
    @Override
    public void backward(Loss loss, Gradients grads) {
        requireTargets();
        int layers = net.layers();
        loss.outputGradient(net.output(), a[layers], y, dz[layers], net.size(layers), m);
        for (int l = layers; l >= 1; l--) {
            int out = net.size(l);
            int in = net.size(l - 1);
            double[] d = dz[l];
            if (weightProducts != null) {
                weightProducts[l].multiply(d, a[l - 1], grads.weights(l));
            } else {
                outerProduct(d, a[l - 1], grads.weights(l), out, in);
            }
            double[] db = grads.biases(l);
            for (int i = 0; i < out; i++) {
                db[i] = NumpySum.sum(d, i * m, m);
            }
            if (l > 1 && backProducts != null) {
                backProducts[l].multiply(net.weights(l), d, dz[l - 1]);
                timesDerivative(dz[l - 1], z[l - 1], a[l - 1], in * m);
            } else if (l > 1) {
                backThroughHidden(net.weights(l), d, dz[l - 1], z[l - 1], a[l - 1], out, in);
            }
        }
    }

    private void requireTargets() {
        if (y == null) {
            throw new IllegalStateException("this pass was built for prediction only (no targets)");
        }
    }

    /** {@code z += b} row by row, then {@code act = g(z)} when {@code act} is given (the kernel path). */
    private void addBias(double[] zl, double[] b, double[] act, int out) {
        Activation g = net.hidden();
        for (int i = 0; i < out; i++) {
            int row = i * m;
            double bi = b[i];
            for (int j = 0; j < m; j++) {
                zl[row + j] += bi;
            }
            if (act != null) {
                for (int j = 0; j < m; j++) {
                    act[row + j] = g.apply(zl[row + j]);
                }
            }
        }
    }

    /** {@code da *= g'(z)} element-wise, turning {@code Wᵀ·dz} into the previous layer's {@code dz} (the kernel path). */
    private void timesDerivative(double[] da, double[] zl, double[] al, int count) {
        Activation g = net.hidden();
        for (int i = 0; i < count; i++) {
            da[i] = da[i] * g.derivative(zl[i], al[i]);
        }
    }

    /**
     * {@code z = W·aPrev + b}, W (out × in), aPrev (in × m), then {@code act = g(z)} when
     * {@code g} is given. Each z is summed as numpy rounds it — {@code ((0 + w₀x₀) + w₁x₁ + …) + b},
     * the product before the bias — but in one sweep per input row, with the bias and the
     * activation folded into the last sweep, so each row is written as few times as possible.
     */
    private void linear(double[] w, double[] b, double[] aPrev, double[] zl, double[] act, Activation g, int out, int in) {
        for (int i = 0; i < out; i++) {
            int row = i * m;
            int wi = i * in;
            double bi = b[i];
            if (in == 1) {
                double w0 = w[wi];
                for (int j = 0; j < m; j++) {
                    zl[row + j] = (0.0 + w0 * aPrev[j]) + bi;
                }
            } else {
                double w0 = w[wi];
                for (int j = 0; j < m; j++) {
                    zl[row + j] = 0.0 + w0 * aPrev[j];
                }
                for (int k = 1; k < in - 1; k++) {
                    double wik = w[wi + k];
                    int src = k * m;
                    for (int j = 0; j < m; j++) {
                        zl[row + j] += wik * aPrev[src + j];
                    }
                }
                double wl = w[wi + in - 1];
                int src = (in - 1) * m;
                for (int j = 0; j < m; j++) {
                    zl[row + j] = (zl[row + j] + wl * aPrev[src + j]) + bi;
                }
            }
            if (g != null) {
                for (int j = 0; j < m; j++) {
                    act[row + j] = g.apply(zl[row + j]);
                }
            }
        }
    }

    /**
     * {@code dW = dz·aPrevᵀ}: one dot product of two contiguous rows per weight. Four dot products
     * run side by side, each still summed in index order (same rounding as one at a time), so the
     * processor overlaps four chains of additions instead of waiting on one.
     */
    private void outerProduct(double[] d, double[] aPrev, double[] dw, int out, int in) {
        for (int i = 0; i < out; i++) {
            int di = i * m;
            int k = 0;
            for (; k + 3 < in; k += 4) {
                int a0 = k * m;
                int a1 = a0 + m;
                int a2 = a1 + m;
                int a3 = a2 + m;
                double s0 = 0.0;
                double s1 = 0.0;
                double s2 = 0.0;
                double s3 = 0.0;
                for (int j = 0; j < m; j++) {
                    double dj = d[di + j];
                    s0 += dj * aPrev[a0 + j];
                    s1 += dj * aPrev[a1 + j];
                    s2 += dj * aPrev[a2 + j];
                    s3 += dj * aPrev[a3 + j];
                }
                dw[i * in + k] = s0;
                dw[i * in + k + 1] = s1;
                dw[i * in + k + 2] = s2;
                dw[i * in + k + 3] = s3;
            }
            for (; k < in; k++) {
                int ak = k * m;
                double s = 0.0;
                for (int j = 0; j < m; j++) {
                    s += d[di + j] * aPrev[ak + j];
                }
                dw[i * in + k] = s;
            }
        }
    }

    /**
     * {@code dzPrev = (Wᵀ·dz) * g'(zPrev)}: W (out × in), dz (out × m), result (in × m). The
     * product is summed over {@code i} in order from 0, then multiplied by the derivative, as
     * {@code np.multiply(np.dot(W.T, dz), np.int64(a > 0))} does; both fused into one sweep.
     */
    private void backThroughHidden(double[] w, double[] d, double[] dzPrev, double[] zPrev, double[] aPrev, int out, int in) {
        Activation g = net.hidden();
        for (int k = 0; k < in; k++) {
            int row = k * m;
            double w0 = w[k];
            if (out == 1) {
                for (int j = 0; j < m; j++) {
                    dzPrev[row + j] = (0.0 + w0 * d[j]) * g.derivative(zPrev[row + j], aPrev[row + j]);
                }
                continue;
            }
            for (int j = 0; j < m; j++) {
                dzPrev[row + j] = 0.0 + w0 * d[j];
            }
            for (int i = 1; i < out - 1; i++) {
                double wik = w[i * in + k];
                int src = i * m;
                for (int j = 0; j < m; j++) {
                    dzPrev[row + j] += wik * d[src + j];
                }
            }
            double wl = w[(out - 1) * in + k];
            int src = (out - 1) * m;
            for (int j = 0; j < m; j++) {
                dzPrev[row + j] = (dzPrev[row + j] + wl * d[src + j]) * g.derivative(zPrev[row + j], aPrev[row + j]);
            }
        }
    }
}
