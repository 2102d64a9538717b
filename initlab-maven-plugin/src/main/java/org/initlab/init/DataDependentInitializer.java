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
