package org.initlab.nn;

import org.initlab.data.Dataset;

/**
 * A data set as the source of minibatches: copies any chosen rows into a pass's (n × features)
 * inputs and (outputs × n) targets. Gathering a batch is a copy of whole rows, far less than the
 * products that follow, and spares a copy of the whole set (376 MB for MNIST's training images).
 */
final class BatchSource {
    private final double[] inputs;
    private final double[] labels;
    private final int features;
    private final int outputs;
    private final int rows;

    private BatchSource(double[] inputs, double[] labels, int features, int outputs) {
        this.inputs = inputs;
        this.labels = labels;
        this.features = features;
        this.outputs = outputs;
        this.rows = labels.length;
    }

    /** Checks {@code data} against {@code net} as {@link Batch#of} does; the data set's arrays are read, never changed. */
    static BatchSource of(Dataset data, TrainableNetwork net, String what) {
        if (data.targets() == null) {
            throw new IllegalArgumentException(what + " " + data.spec() + " has no targets to train on");
        }
        if (data.features() != net.inputs()) {
            throw new IllegalArgumentException(what + " " + data.spec() + " has " + data.features()
                    + " features but the network expects " + net.inputs());
        }
        int k = net.outputs();
        double[] labels = data.targets();
        if (k > 1) {
            if (net.output() != OutputActivation.SOFTMAX) {
                throw new IllegalArgumentException("a " + net.output().text() + " output with " + k
                        + " units needs one target per unit; data sets have one target per sample (use softmax)");
            }
            for (int j = 0; j < labels.length; j++) {
                double label = labels[j];
                if (label != Math.rint(label) || label < 0 || label >= k) {
                    throw new IllegalArgumentException(what + " " + data.spec() + ": target " + label + " of sample " + j
                            + " is not a class index in [0, " + k + ")");
                }
            }
        }
        return new BatchSource(data.inputs().data(), labels, data.features(), k);
    }

    int rows() {
        return rows;
    }

    double label(int row) {
        return labels[row];
    }

    /**
     * Fills {@code x} (n × features, one sample per row) and {@code y} (outputs × n, or
     * {@code null} to skip the targets) with rows {@code order[from]}, …, {@code order[from + n − 1]},
     * in that order; a {@code null} order means rows {@code from} … in file order.
     */
    void gather(int[] order, int from, int n, double[] x, double[] y) {
        if (order == null) {
            System.arraycopy(inputs, from * features, x, 0, n * features);
        } else {
            for (int j = 0; j < n; j++) {
                System.arraycopy(inputs, order[from + j] * features, x, j * features, features);
            }
        }
        if (y == null) {
            return;
        }
        if (outputs == 1) {
            for (int j = 0; j < n; j++) {
                y[j] = labels[order == null ? from + j : order[from + j]];
            }
            return;
        }
        java.util.Arrays.fill(y, 0, outputs * n, 0.0);
        for (int j = 0; j < n; j++) {
            int label = (int) labels[order == null ? from + j : order[from + j]];
            y[label * n + j] = 1.0;
        }
    }
}
