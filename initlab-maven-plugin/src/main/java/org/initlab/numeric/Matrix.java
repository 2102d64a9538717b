package org.initlab.numeric;

/**
 * A dense row-major matrix of doubles. The array is owned by the matrix once passed in; callers
 * that keep a reference must not change it.
 */
public record Matrix(int rows, int cols, double[] data) {

    public Matrix {
        if (rows < 0 || cols < 0 || data.length != (long) rows * cols) {
            throw new IllegalArgumentException("a " + rows + "×" + cols + " matrix needs " + ((long) rows * cols)
                    + " values, got " + data.length);
        }
    }

    public static Matrix zeros(int rows, int cols) {
        return new Matrix(rows, cols, new double[rows * cols]);
    }

    public double get(int r, int c) {
        return data[r * cols + c];
    }

    public Matrix transpose() {
        double[] t = new double[data.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                t[c * rows + r] = data[r * cols + c];
            }
        }
        return new Matrix(cols, rows, t);
    }

    /** Each value rounded to the nearest float, as numpy's {@code astype(float32)}. */
    public Matrix toFloat32() {
        double[] f = new double[data.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) data[i];
        }
        return new Matrix(rows, cols, f);
    }
}
