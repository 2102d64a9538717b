package org.initlab.nn;

import java.util.List;

/**
 * A {@link MutableConvNet}'s pass over a batch: its layers' passes in order, samples by row inside;
 * the last layer's (n × outputs) values are turned to (outputs × n) for the output activation, the loss
 * and the accuracy, as {@link BatchPass} lays them out, and the loss's gradient turned back.
 */
final class ConvNetPass implements TrainingPass {
    private final MutableConvNet net;
    private final List<LayerPass> layers;
    private final List<Boolean> needInput;
    private final int n;
    private final int k;
    private final double[] x;
    private final double[] y;
    private final double[] z;
    private final double[] a;
    private final double[] dz;
    private final double[] dLast;

    ConvNetPass(MutableConvNet net, List<LayerPass> layers, List<Boolean> needInput, int n, boolean targets) {
        this.net = net;
        this.layers = List.copyOf(layers);
        this.needInput = List.copyOf(needInput);
        this.n = n;
        this.k = net.outputs();
        this.x = new double[Math.multiplyExact(n, net.inputs())];
        this.y = targets ? new double[k * n] : null;
        this.z = new double[k * n];
        this.a = new double[k * n];
        this.dz = targets ? new double[k * n] : null;
        this.dLast = targets ? new double[k * n] : null;
    }

    @Override
    public int samples() {
        return n;
    }

    @Override
    public double[] inputs() {
        return x;
    }

    @Override
    public double[] targets() {
        return y;
    }

    @Override
    public double[] forward() {
        double[] h = x;
        for (LayerPass layer : layers) {
            h = layer.forward(h);
        }
        transpose(h, n, k, z);
        net.output().apply(z, a, k, n);
        return a;
    }

    @Override
    public double cost(Loss loss) {
        requireTargets();
        return loss.cost(a, y, dz, k, n); // dz is free until backward, and cost only needs scratch
    }

    @Override
    public void backward(Loss loss, Gradients grads) {
        requireTargets();
        loss.outputGradient(net.output(), a, y, dz, k, n);
        transpose(dz, k, n, dLast);
        double[] d = dLast;
        for (int i = layers.size() - 1; i >= 0 && d != null; i--) {
            d = layers.get(i).backward(d, grads, needInput.get(i));
        }
    }

    private void requireTargets() {
        if (y == null) {
            throw new IllegalStateException("this pass was built for prediction only (no targets)");
        }
    }

    /** {@code t (cols × rows) = sᵀ} for row-major {@code s (rows × cols)}. */
    private static void transpose(double[] s, int rows, int cols, double[] t) {
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                t[c * rows + r] = s[r * cols + c];
            }
        }
    }
}
