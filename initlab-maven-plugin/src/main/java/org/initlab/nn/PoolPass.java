package org.initlab.nn;

import java.util.Arrays;
import org.initlab.numeric.SampleShape;

/**
 * {@code max_pool2d} / {@code avg_pool2d} with k×k windows of stride k on samples by row, the numbers
 * of {@link org.initlab.tensor.Pooling}. Backward, a max window sends its gradient to the value that won
 * it (the first of equal ones, a NaN over any number, as torch), an average window shares it out as
 * 1/k² to each of its values; what no window covered gets none.
 */
final class PoolPass implements LayerPass {
    private final int c;
    private final int h;
    private final int w;
    private final int oh;
    private final int ow;
    private final int k;
    private final boolean max;
    private final int n;
    private final double[] y;
    private final int[] winner;
    private double[] dx;

    PoolPass(SampleShape in, SampleShape out, int k, boolean max, int n) {
        this.c = in.channels();
        this.h = in.height();
        this.w = in.width();
        this.oh = out.height();
        this.ow = out.width();
        this.k = k;
        this.max = max;
        this.n = n;
        this.y = new double[n * (int) out.size()];
        this.winner = max ? new int[y.length] : null;
    }

    @Override
    public double[] forward(double[] x) {
        int inSize = c * h * w;
        int outSize = c * oh * ow;
        for (int s = 0; s < n; s++) {
            for (int ch = 0; ch < c; ch++) {
                int base = s * inSize + ch * h * w;
                for (int a = 0; a < oh; a++) {
                    for (int b = 0; b < ow; b++) {
                        int o = s * outSize + (ch * oh + a) * ow + b;
                        int first = base + a * k * w + b * k;
                        double acc = max ? Double.NEGATIVE_INFINITY : 0;
                        int best = first;
                        for (int i = 0; i < k; i++) {
                            for (int j = 0; j < k; j++) {
                                int at = first + i * w + j;
                                double value = x[at];
                                if (!max) {
                                    acc += value;
                                } else if (value > acc || Double.isNaN(value)) {
                                    acc = value;
                                    best = at;
                                }
                            }
                        }
                        if (max) {
                            y[o] = acc;
                            winner[o] = best;
                        } else {
                            y[o] = acc / (k * k);
                        }
                    }
                }
            }
        }
        return y;
    }

    @Override
    public double[] backward(double[] dOut, Gradients grads, boolean needInput) {
        if (!needInput) {
            return null;
        }
        if (dx == null) {
            dx = new double[n * c * h * w];
        }
        Arrays.fill(dx, 0.0);
        if (max) {
            for (int o = 0; o < y.length; o++) {
                dx[winner[o]] += dOut[o];
            }
            return dx;
        }
        int inSize = c * h * w;
        int outSize = c * oh * ow;
        for (int s = 0; s < n; s++) {
            for (int ch = 0; ch < c; ch++) {
                int base = s * inSize + ch * h * w;
                for (int a = 0; a < oh; a++) {
                    for (int b = 0; b < ow; b++) {
                        double d = dOut[s * outSize + (ch * oh + a) * ow + b] / (k * k);
                        int first = base + a * k * w + b * k;
                        for (int i = 0; i < k; i++) {
                            for (int j = 0; j < k; j++) {
                                dx[first + i * w + j] = d;
                            }
                        }
                    }
                }
            }
        }
        return dx;
    }
}
