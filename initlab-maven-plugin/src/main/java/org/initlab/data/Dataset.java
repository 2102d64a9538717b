package org.initlab.data;

import org.initlab.nn.Matrix;

/**
 * Inputs (one sample per row) and optional targets.
 *
 * @param spec    the spec that made it, e.g. {@code gaussian(rows=1000, cols=100, seed=0)}
 * @param targets one value per row, or {@code null} for unlabelled data
 */
public record Dataset(String spec, Matrix inputs, double[] targets) {

    public Dataset {
        if (targets != null && targets.length != inputs.rows()) {
            throw new IllegalArgumentException("data set " + spec + " has " + inputs.rows() + " rows but "
                    + targets.length + " targets");
        }
    }

    public int features() {
        return inputs.cols();
    }
}
