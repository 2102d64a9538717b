package org.initlab.theory;

/**
 * What the first layer's pre-activations depend on, measured on the batch: the inputs' second
 * moment E[x²] (over all entries; with zero-mean weights, Var(h) = n·Var(w)·E[x²]) and the mean and
 * variance over samples of each sample's sum of inputs Σᵢxᵢ, which a weight mean μ turns into the
 * per-sample offset μ·Σᵢxᵢ shared by all units.
 */
public record InputMoments(int width, double secondMoment, double rowSumMean, double rowSumVariance) {

    /** The moments of a (rows × cols) row-major batch. */
    public static InputMoments of(double[] values, int rows, int cols) {
        double squares = 0;
        double sum = 0;
        double sumSquares = 0;
        for (int r = 0; r < rows; r++) {
            double row = 0;
            for (int c = 0; c < cols; c++) {
                double v = values[r * cols + c];
                squares += v * v;
                row += v;
            }
            sum += row;
            sumSquares += row * row;
        }
        double mean = sum / rows;
        return new InputMoments(cols, squares / values.length, mean, Math.max(0, sumSquares / rows - mean * mean));
    }
}
