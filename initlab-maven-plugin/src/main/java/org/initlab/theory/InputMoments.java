package org.initlab.theory;

/**
 * What the first layer's pre-activations depend on, measured on the batch: each sample's sum of
 * inputs Σᵢxᵢ, which a weight mean μ turns into the offset μ·Σᵢxᵢ shared by all units, and each
 * sample's sum of squares Σᵢxᵢ², which the weights' variance turns into the spread across units.
 * With zero-mean weights only the pooled second moment E[x²] matters: Var(h) = n·Var(w)·E[x²].
 *
 * <p>The samples are kept one by one rather than as a mean and a variance: the measured Var(pre)
 * pools over this batch, and after a nonlinearity what the batch's own row sums make of it is not
 * fixed by their first two moments (500 samples of a Gaussian leave Var(φ(μ·Σx)) 6 % from its
 * population value; a data set's row sums need not be Gaussian at all).
 */
public record InputMoments(int width, double[] rowSums, double[] rowSquares) {

    public InputMoments {
        if (rowSums.length != rowSquares.length || rowSums.length == 0) {
            throw new IllegalArgumentException("input moments need one sum and one sum of squares per sample, got "
                    + rowSums.length + " and " + rowSquares.length);
        }
        rowSums = rowSums.clone();
        rowSquares = rowSquares.clone();
    }

    /** The moments of a (rows × cols) row-major batch. */
    public static InputMoments of(double[] values, int rows, int cols) {
        double[] sums = new double[rows];
        double[] squares = new double[rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double v = values[r * cols + c];
                sums[r] += v;
                squares[r] += v * v;
            }
        }
        return new InputMoments(cols, sums, squares);
    }

    public int samples() {
        return rowSums.length;
    }

    /** Σᵢxᵢ of sample {@code s}. */
    public double rowSum(int s) {
        return rowSums[s];
    }

    /** Σᵢxᵢ² of sample {@code s}. */
    public double rowSquare(int s) {
        return rowSquares[s];
    }

    /** E[x²] over every entry of the batch. */
    public double secondMoment() {
        return mean(rowSquares) / width;
    }

    /** The mean over samples of Σᵢxᵢ. */
    public double rowSumMean() {
        return mean(rowSums);
    }

    /** The population variance over samples of Σᵢxᵢ. */
    public double rowSumVariance() {
        double mean = rowSumMean();
        double squares = 0;
        for (double v : rowSums) {
            squares += (v - mean) * (v - mean);
        }
        return squares / rowSums.length;
    }

    @Override
    public double[] rowSums() {
        return rowSums.clone();
    }

    @Override
    public double[] rowSquares() {
        return rowSquares.clone();
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
