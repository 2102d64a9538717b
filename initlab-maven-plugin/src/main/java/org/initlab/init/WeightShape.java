package org.initlab.init;

import org.initlab.settings.Limits;

/**
 * The shape of one layer's weights as stored, and the fans it implies.
 *
 * <p>A dense layer is a matrix; a convolution adds a receptive field of {@code kernelHeight ×
 * kernelWidth}. Where the kernel dimensions go follows the layout, as in the libraries: {@link
 * Layout#OUT_IN} stores {@code (out, in, kh, kw)} (PyTorch, DL4J), {@link Layout#IN_OUT} stores
 * {@code (kh, kw, in, out)} (Keras). Initializers draw {@link #size()} values in row-major order of
 * that stored shape, so {@code np.random} with the same seed draws the same array.
 *
 * <p>The stride does not change the fans of PyTorch or Keras; only DL4J divides its fan-out by
 * the stride product ({@code ConvolutionParamInitializer}: fanOut = out·kh·kw / (sh·sw)), so a
 * convolution that wants DL4J's numbers says {@link #withStride}. 1 × 1 for a dense layer.
 *
 * <p>A transposed convolution's weights are stored as the libraries store them ({@link
 * #transposedConv}): PyTorch {@code (in, out, kh, kw)}, Keras {@code (kh, kw, out, in)}. Both
 * compute the fans from those dimensions as for any kernel, so {@link #in()} is then the layer's
 * output channels and {@link #fanIn()} = out·kh·kw — what {@code _calculate_fan_in_and_fan_out}
 * returns for such a tensor.
 *
 * @param rows         first matrix dimension (fan-in side for {@link Layout#IN_OUT}, fan-out side for {@link Layout#OUT_IN})
 * @param cols         second matrix dimension
 * @param kernelHeight 1 for a dense layer
 * @param kernelWidth  1 for a dense layer
 * @param strideHeight 1 unless DL4J's fan-out should see a convolution's stride
 * @param strideWidth  likewise
 */
public record WeightShape(int rows, int cols, Layout layout, int kernelHeight, int kernelWidth, int strideHeight,
                          int strideWidth) {

    public WeightShape {
        if (rows <= 0 || cols <= 0 || kernelHeight <= 0 || kernelWidth <= 0) {
            throw new IllegalArgumentException("a weight shape needs positive sizes, got " + text(rows, cols, layout,
                    kernelHeight, kernelWidth));
        }
        if (strideHeight <= 0 || strideWidth <= 0) {
            throw new IllegalArgumentException("a convolution's stride must be positive, got " + strideHeight + " × "
                    + strideWidth + " for " + text(rows, cols, layout, kernelHeight, kernelWidth));
        }
    }

    /** A kernel with stride 1. */
    public WeightShape(int rows, int cols, Layout layout, int kernelHeight, int kernelWidth) {
        this(rows, cols, layout, kernelHeight, kernelWidth, 1, 1);
    }

    /** A dense layer's matrix. */
    public WeightShape(int rows, int cols, Layout layout) {
        this(rows, cols, layout, 1, 1);
    }

    /** The shape of a dense layer from {@code in} to {@code out} units under {@code layout}. */
    public static WeightShape of(int in, int out, Layout layout) {
        return layout == Layout.IN_OUT ? new WeightShape(in, out, layout) : new WeightShape(out, in, layout);
    }

    /** The shape of a 2-D convolution from {@code in} to {@code out} channels with a {@code kh × kw} kernel. */
    public static WeightShape conv(int in, int out, int kh, int kw, Layout layout) {
        return layout == Layout.IN_OUT ? new WeightShape(in, out, layout, kh, kw) : new WeightShape(out, in, layout, kh, kw);
    }

    /**
     * The weights of a 2-D transposed convolution from {@code in} to {@code out} channels, stored as
     * the libraries store them: {@code (in, out, kh, kw)} for {@link Layout#OUT_IN} (PyTorch's
     * {@code ConvTranspose2d}, groups = 1), {@code (kh, kw, out, in)} for {@link Layout#IN_OUT} (Keras's
     * {@code Conv2DTranspose}). The fans are those of the stored tensor: fan_in = out·kh·kw,
     * fan_out = in·kh·kw, as PyTorch and Keras compute them (DL4J's {@code Deconvolution2D} stores
     * (in, out, kh, kw) too but takes fan_in = in·kh·kw; initlab does not model that).
     */
    public static WeightShape transposedConv(int in, int out, int kh, int kw, Layout layout) {
        return layout == Layout.IN_OUT ? new WeightShape(out, in, layout, kh, kw) : new WeightShape(in, out, layout, kh, kw);
    }

    /** The same kernel applied with stride {@code sh × sw}: only DL4J's fan-out changes ({@link #strideProduct()}). */
    public WeightShape withStride(int sh, int sw) {
        return new WeightShape(rows, cols, layout, kernelHeight, kernelWidth, sh, sw);
    }

    /** sh·sw, 1 for a dense layer: DL4J divides its convolution fan-out by it. */
    public int strideProduct() {
        return strideHeight * strideWidth;
    }

    /**
     * Where weight (out {@code o}, in {@code i}, kernel row {@code y}, column {@code x}) lies in the
     * stored row-major order; (o, i) are the sides of {@link #out()} and {@link #in()}.
     */
    public int index(int o, int i, int y, int x) {
        return layout == Layout.IN_OUT ? ((y * kernelWidth + x) * rows + i) * cols + o
                : ((o * cols + i) * kernelHeight + y) * kernelWidth + x;
    }

    /** Input units, or input channels of a convolution. */
    public int in() {
        return layout == Layout.IN_OUT ? rows : cols;
    }

    /** Output units, or output channels of a convolution. */
    public int out() {
        return layout == Layout.IN_OUT ? cols : rows;
    }

    /** kh × kw: 1 for a dense layer. As torch's {@code _calculate_fan_in_and_fan_out}, it multiplies both fans. */
    public int receptiveField() {
        return kernelHeight * kernelWidth;
    }

    public boolean isConvolution() {
        return kernelHeight != 1 || kernelWidth != 1;
    }

    public int fanIn() {
        return in() * receptiveField();
    }

    public int fanOut() {
        return out() * receptiveField();
    }

    /** The stored dimensions in the order values are drawn: (in, out) or (out, in) for a dense layer. */
    public int[] dims() {
        if (!isConvolution()) {
            return new int[] {rows, cols};
        }
        return layout == Layout.IN_OUT ? new int[] {kernelHeight, kernelWidth, rows, cols}
                : new int[] {rows, cols, kernelHeight, kernelWidth};
    }

    /** Every value, refused (naming the shape) when no array can hold it: the input layer's product is checked only here. */
    public int size() {
        int matrix = Limits.matrix("weights", rows, cols);
        return Limits.matrix("weights " + text(rows, cols, layout, kernelHeight, kernelWidth), matrix, receptiveField());
    }

    /**
     * The weights reordered to PyTorch's {@code (out, in, kh, kw)} whatever the layout drew, so a
     * convolution (or a dense layer, as {@code (out, in)}) applies them one way.
     */
    public double[] outInOrder(double[] drawn) {
        if (drawn.length != size()) {
            throw new IllegalArgumentException("expected " + size() + " weights for " + this + ", got " + drawn.length);
        }
        if (layout == Layout.OUT_IN) {
            return drawn.clone();
        }
        int in = rows;
        int out = cols;
        int k = receptiveField();
        double[] w = new double[drawn.length];
        for (int p = 0; p < k; p++) { // (kh, kw) flattened: row-major, as in both layouts
            for (int i = 0; i < in; i++) {
                for (int o = 0; o < out; o++) {
                    w[(o * in + i) * k + p] = drawn[(p * in + i) * out + o];
                }
            }
        }
        return w;
    }

    @Override
    public String toString() {
        return text(rows, cols, layout, kernelHeight, kernelWidth);
    }

    private static String text(int rows, int cols, Layout layout, int kh, int kw) {
        if (kh == 1 && kw == 1) {
            return "(" + rows + ", " + cols + ")";
        }
        return layout == Layout.IN_OUT ? "(" + kh + ", " + kw + ", " + rows + ", " + cols + ")"
                : "(" + rows + ", " + cols + ", " + kh + ", " + kw + ")";
    }
}
