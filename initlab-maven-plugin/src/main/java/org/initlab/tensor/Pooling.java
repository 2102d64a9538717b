package org.initlab.tensor;

import org.initlab.numeric.Matrix;
import org.initlab.numeric.SampleShape;

/**
 * {@code max_pool2d(x, k)} and {@code avg_pool2d(x, k)}: k×k windows with stride k, no padding, rows
 * and columns that do not fill a window dropped (torch's floor mode).
 */
public final class Pooling {
    private Pooling() {
    }

    public static Matrix max(Matrix x, SampleShape in, int k) {
        return pool(x, in, k, true);
    }

    /** The mean of each window, summed in row-major order and divided by k². */
    public static Matrix average(Matrix x, SampleShape in, int k) {
        return pool(x, in, k, false);
    }

    private static Matrix pool(Matrix x, SampleShape in, int k, boolean max) {
        int c = in.channels();
        int h = in.height();
        int w = in.width();
        int oh = h / k;
        int ow = w / k;
        int outSize = c * oh * ow;
        double[] y = new double[x.rows() * outSize];
        double[] v = x.data();
        for (int s = 0; s < x.rows(); s++) {
            for (int ch = 0; ch < c; ch++) {
                int base = s * x.cols() + ch * h * w;
                for (int a = 0; a < oh; a++) {
                    for (int b = 0; b < ow; b++) {
                        double acc = max ? Double.NEGATIVE_INFINITY : 0;
                        for (int i = 0; i < k; i++) {
                            for (int j = 0; j < k; j++) {
                                double value = v[base + (a * k + i) * w + b * k + j];
                                // a NaN wins the window, as in torch
                                acc = max ? (value > acc || Double.isNaN(value) ? value : acc) : acc + value;
                            }
                        }
                        y[s * outSize + (ch * oh + a) * ow + b] = max ? acc : acc / (k * k);
                    }
                }
            }
        }
        return new Matrix(x.rows(), outSize, y);
    }
}
