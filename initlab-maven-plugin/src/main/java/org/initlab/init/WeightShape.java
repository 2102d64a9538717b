package org.initlab.init;

import org.initlab.settings.Limits;

/**
 * The shape of one layer's weights as stored, and the fans it implies.
 *
 * @param rows first dimension (fan-in for {@link Layout#IN_OUT}, fan-out for {@link Layout#OUT_IN})
 * @param cols second dimension
 */
public record WeightShape(int rows, int cols, Layout layout) {

    public WeightShape {
        if (rows <= 0 || cols <= 0) {
            throw new IllegalArgumentException("a weight shape needs positive sizes, got (" + rows + ", " + cols + ")");
        }
    }

    /** The shape of a layer from {@code in} to {@code out} units under {@code layout}. */
    public static WeightShape of(int in, int out, Layout layout) {
        return layout == Layout.IN_OUT ? new WeightShape(in, out, layout) : new WeightShape(out, in, layout);
    }

    public int fanIn() {
        return layout == Layout.IN_OUT ? rows : cols;
    }

    public int fanOut() {
        return layout == Layout.IN_OUT ? cols : rows;
    }

    /** rows × cols, refused (naming the shape) when no array can hold it: the input layer's product is checked only here. */
    public int size() {
        return Limits.matrix("weights", rows, cols);
    }
}
