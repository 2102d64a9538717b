package org.initlab.nn;

import org.initlab.data.Dataset;

/**
 * A data set turned the way the T1 tutorial feeds it: inputs transposed to (features × m), one
 * sample per column, and targets as (outputs × m) — the labels themselves for one output,
 * one-hot rows for a softmax over several classes.
 *
 * @param labels the original targets, for accuracy
 */
record Batch(double[] x, double[] y, double[] labels, int m) {

    static Batch of(Dataset data, MutableMlp net, String what) {
        if (data.targets() == null) {
            throw new IllegalArgumentException(what + " " + data.spec() + " has no targets to train on");
        }
        if (data.features() != net.size(0)) {
            throw new IllegalArgumentException(what + " " + data.spec() + " has " + data.features()
                    + " features but the network expects " + net.size(0));
        }
        int m = data.inputs().rows();
        double[] x = data.inputs().transpose().data();
        double[] labels = data.targets().clone();
        int k = net.size(net.layers());
        double[] y;
        if (k == 1) {
            y = labels.clone();
        } else if (net.output() == OutputActivation.SOFTMAX) {
            y = new double[k * m];
            for (int j = 0; j < m; j++) {
                double label = labels[j];
                if (label != Math.rint(label) || label < 0 || label >= k) {
                    throw new IllegalArgumentException(what + " " + data.spec() + ": target " + label + " of sample " + j
                            + " is not a class index in [0, " + k + ")");
                }
                y[(int) label * m + j] = 1.0;
            }
        } else {
            throw new IllegalArgumentException("a " + net.output().text() + " output with " + k
                    + " units needs one target per unit; data sets have one target per sample (use softmax)");
        }
        return new Batch(x, y, labels, m);
    }
}
