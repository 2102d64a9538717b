package org.initlab.tensor;

import org.initlab.numeric.Matrix;
import org.initlab.numeric.SampleShape;

/**
 * The normalizations at initialization (γ = 1, β = 0), with the statistics of the batch itself and the
 * biased variance, as torch computes them in training mode: {@code (x − mean) / sqrt(var + ε)}, ε = 1e-5.
 */
public final class Normalization {
    public static final double EPSILON = 1e-5;

    private Normalization() {
    }

    /**
     * {@code BatchNorm2d}: each channel over (N, H, W); for flat samples {@code BatchNorm1d}: each feature over N.
     */
    public static Matrix batch(Matrix x, SampleShape shape) {
        int plane = shape.height() * shape.width();
        int n = x.rows();
        double[] v = x.data();
        double[] y = new double[v.length];
        long count = (long) n * plane;
        for (int ch = 0; ch < shape.channels(); ch++) {
            double sum = 0;
            for (int s = 0; s < n; s++) {
                int base = s * x.cols() + ch * plane;
                for (int p = 0; p < plane; p++) {
                    sum += v[base + p];
                }
            }
            double mean = sum / count;
            double squares = 0;
            for (int s = 0; s < n; s++) {
                int base = s * x.cols() + ch * plane;
                for (int p = 0; p < plane; p++) {
                    double d = v[base + p] - mean;
                    squares += d * d;
                }
            }
            double scale = 1 / Math.sqrt(squares / count + EPSILON);
            for (int s = 0; s < n; s++) {
                int base = s * x.cols() + ch * plane;
                for (int p = 0; p < plane; p++) {
                    y[base + p] = (v[base + p] - mean) * scale;
                }
            }
        }
        return new Matrix(n, x.cols(), y);
    }

    /** {@code LayerNorm(C, H, W)} (or {@code (n)} for flat samples): each sample over all its values. */
    public static Matrix layer(Matrix x) {
        int m = x.cols();
        double[] v = x.data();
        double[] y = new double[v.length];
        for (int s = 0; s < x.rows(); s++) {
            int base = s * m;
            double sum = 0;
            for (int i = 0; i < m; i++) {
                sum += v[base + i];
            }
            double mean = sum / m;
            double squares = 0;
            for (int i = 0; i < m; i++) {
                double d = v[base + i] - mean;
                squares += d * d;
            }
            double scale = 1 / Math.sqrt(squares / m + EPSILON);
            for (int i = 0; i < m; i++) {
                y[base + i] = (v[base + i] - mean) * scale;
            }
        }
        return new Matrix(x.rows(), m, y);
    }
}
