package org.initlab.results;

import java.util.List;

/**
 * What a trained 2-D classifier predicts over a grid, with the training points on top.
 *
 * @param size        grid points per axis; {@code predictions} is row-major, y outer, x inner
 * @param predictions predicted class per grid point
 * @param points      training points as {@code [x, y, label]}
 */
public record DecisionBoundary(double xMin, double xMax, double yMin, double yMax, int size, int[] predictions,
                               List<double[]> points) {

    public DecisionBoundary {
        predictions = predictions.clone();
        points = List.copyOf(points);
    }

    @Override
    public int[] predictions() {
        return predictions.clone();
    }
}
