package org.initlab.data;

import java.util.List;
import org.initlab.numeric.Matrix;
import org.initlab.numeric.SampleShape;

/**
 * Inputs (one sample per row) and optional targets, with the names of their columns where the
 * source has them (a CSV header, the UCI column names), so pages can label features by name.
 *
 * @param spec       the spec that made it, e.g. {@code gaussian(rows=1000, cols=100, seed=0)}
 * @param targets    one value per row, or {@code null} for unlabelled data
 * @param inputNames one name per input column, or empty when the source names none
 * @param targetName the target column's name, or {@code null} when unnamed or unlabelled
 * @param sample     what one row is: an image C×H×W stored row-major (MNIST's 1×28×28, a 4-d gaussian), or flat
 */
public record Dataset(String spec, Matrix inputs, double[] targets, List<String> inputNames, String targetName,
                      SampleShape sample) {

    public Dataset {
        if (targets != null && targets.length != inputs.rows()) {
            throw new IllegalArgumentException("data set " + spec + " has " + inputs.rows() + " rows but "
                    + targets.length + " targets");
        }
        inputNames = inputNames == null ? List.of() : List.copyOf(inputNames);
        sample = sample == null ? SampleShape.flat(inputs.cols()) : sample;
        if (sample.size() != inputs.cols()) {
            throw new IllegalArgumentException("data set " + spec + " has " + inputs.cols() + " input columns but samples of "
                    + sample);
        }
        if (!inputNames.isEmpty() && inputNames.size() != inputs.cols()) {
            throw new IllegalArgumentException("data set " + spec + " has " + inputs.cols() + " input columns but "
                    + inputNames.size() + " names");
        }
    }

    /** Flat samples. */
    public Dataset(String spec, Matrix inputs, double[] targets, List<String> inputNames, String targetName) {
        this(spec, inputs, targets, inputNames, targetName, null);
    }

    /** Unnamed columns. */
    public Dataset(String spec, Matrix inputs, double[] targets) {
        this(spec, inputs, targets, List.of(), null);
    }

    public int features() {
        return inputs.cols();
    }
}
