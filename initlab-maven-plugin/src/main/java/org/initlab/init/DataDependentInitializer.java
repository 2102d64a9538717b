package org.initlab.init;

import org.initlab.numeric.Matrix;
import org.initlab.numeric.MatrixKernel;

/**
 * An initializer that looks at data: it draws weights like any other ({@link #sample}, without
 * data), then {@link #refine refines} them on the batch the layer actually receives. Forward
 * passes call {@code refine} layer by layer, each layer on the previous layer's output, so the
 * later layers see the earlier ones' refined weights (Mishkin and Matas's "layer-sequential").
 *
 * <p>Training runs refine on their first batch before the first step. Where no data is at hand
 * (the catalogue's moment checks), {@link #sample} gives the unrefined draw, and {@link #mean}, {@link #std} and {@link #bound}
 * describe that draw: what refinement will make of it is not known a priori, so a forward pass
 * predicts nothing for such a layer.
 */
public interface DataDependentInitializer extends Initializer {

    /**
     * The weights refined on {@code input}.
     *
     * @param weights drawn weights in the form {@code x·W} computes with, (in, out) row-major; not changed
     * @param input   the batch the layer receives, samples × in
     * @return new (in, out) weights, or {@code weights} itself when nothing needed changing
     */
    double[] refine(double[] weights, int in, int out, Matrix input, MatrixKernel kernel);

    /**
     * A convolution's weights refined on its im2col patches: the flat view a convolution computes
     * with, x·W for W = the kernel as (in·kh·kw, out) and x = one patch per row, columns in (in, kh,
     * kw) order as {@code torch.nn.functional.unfold} gives them. The result is in {@code shape}'s stored
     * order again. For a dense layer this is {@link #refine} on (in, out).
     *
     * @param stored  weights as drawn, in {@code shape}'s stored order; not changed
     * @param patches patches × in·kh·kw
     */
    default double[] refineKernel(double[] stored, WeightShape shape, Matrix patches, MatrixKernel kernel) {
        int fanIn = shape.fanIn();
        int out = shape.out();
        double[] outIn = shape.outInOrder(stored); // (out, in·kh·kw)
        double[] flat = new double[outIn.length];
        for (int o = 0; o < out; o++) {
            for (int j = 0; j < fanIn; j++) {
                flat[j * out + o] = outIn[o * fanIn + j];
            }
        }
        double[] refined = refine(flat, fanIn, out, patches, kernel);
        double[] back = new double[stored.length];
        int kh = shape.kernelHeight();
        int kw = shape.kernelWidth();
        for (int o = 0; o < out; o++) {
            for (int i = 0; i < shape.in(); i++) {
                for (int y = 0; y < kh; y++) {
                    for (int x = 0; x < kw; x++) {
                        back[shape.index(o, i, y, x)] = refined[((i * kh + y) * kw + x) * out + o];
                    }
                }
            }
        }
        return back;
    }

    /** The property {@link #refine} aims for, measured for {@code weights} (in, out) on {@code input}. */
    Check check(double[] weights, int in, int out, Matrix input, MatrixKernel kernel);

    /**
     * Whether the property holds, and the measurement as one short phrase for the report.
     *
     * @param text e.g. {@code Var(x·W) = 1.000, target 1 ± 0.1}
     */
    record Check(boolean holds, String text) {
    }
}
