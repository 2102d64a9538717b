package org.initlab.init;

import org.initlab.random.RandomSource;

/**
 * Saxe et al. (2013), "Exact solutions to the nonlinear dynamics of learning in deep linear neural
 * networks": a (semi-)orthogonal matrix times {@code gain}. An orthogonal layer keeps the norm of
 * every vector it maps — forward activations and backward gradients alike — which is what the
 * variance-preserving schemes only achieve on average.
 *
 * <p>As PyTorch's {@code orthogonal_}: draw a standard normal matrix of the stored shape
 * (rows, cols) in row-major order, transpose it when rows &lt; cols so it is tall, take its thin
 * QR decomposition ({@link HouseholderQr}), multiply each column of Q by the sign of R's
 * diagonal entry (this makes Q uniformly distributed over the orthogonal matrices — Mezzadri 2007
 * — and independent of the QR's sign convention), transpose back, scale by the gain. The same
 * steps in numpy ({@code np.linalg.qr}) give the same matrix up to rounding.
 *
 * <p>Keras's {@code Orthogonal} takes the same steps but draws the tall (max, min) matrix directly
 * ({@link Draw#TALL}), so for wide shapes the same seed gives another matrix of the same
 * (Haar) distribution.
 *
 * <p>A convolution's kernel is flattened first, as each library does: PyTorch to (out, in·kh·kw)
 * (its first dimension against the rest), Keras to (kh·kw·in, out) (all but the last against the
 * last) — in both cases the stored row-major order read as that matrix ({@link #matrix}).
 *
 * <p>Its rows (when rows ≤ cols) or columns (otherwise) are orthonormal, so the squares of all
 * entries add up to gain²·min(rows, cols): the entries' standard deviation is gain/√max(rows, cols).
 */
public final class OrthogonalInitializer implements Initializer {
    /** In which order the Gaussian matrix is drawn; it decides which matrix a seed gives. */
    public enum Draw {
        /** PyTorch: the stored (rows, cols) shape in row-major order, transposed when wide. */
        STORED,
        /** Keras: the tall (max, min) shape in row-major order. */
        TALL
    }

    private final String spec;
    private final double gain;
    private final Draw draw;

    public OrthogonalInitializer(String spec, double gain) {
        this(spec, gain, Draw.STORED);
    }

    public OrthogonalInitializer(String spec, double gain, Draw draw) {
        this.spec = spec;
        this.gain = gain;
        this.draw = draw;
    }

    @Override
    public String spec() {
        return spec;
    }

    @Override
    public String formula() {
        return "W = g\\,Q,\\quad A = QR,\\ A_{ij} \\sim \\mathcal{N}(0, 1),\\ g = " + Numbers.latex(gain);
    }

    @Override
    public double std(WeightShape shape) {
        int[] m = matrix(shape);
        return Math.abs(gain) / Math.sqrt(Math.max(m[0], m[1]));
    }

    /**
     * The matrix the stored weights are read as: (out, in·kh·kw) for layout out-in (torch's
     * {@code tensor.size(0)} × the rest), (kh·kw·in, out) for in-out (Keras's all-but-last × last).
     */
    static int[] matrix(WeightShape shape) {
        int size = shape.size();
        return shape.layout() == Layout.OUT_IN ? new int[] {shape.rows(), size / shape.rows()}
                : new int[] {size / shape.cols(), shape.cols()};
    }

    @Override
    public void fill(double[] weights, WeightShape shape, RandomSource rng) {
        int[] matrix = matrix(shape);
        int rows = matrix[0];
        int cols = matrix[1];
        double[] drawn = new double[rows * cols];
        for (int i = 0; i < drawn.length; i++) {
            drawn[i] = rng.gauss();
        }
        boolean wide = rows < cols;
        int m = wide ? cols : rows;
        int n = wide ? rows : cols;
        double[] tall = wide && draw == Draw.STORED ? transpose(drawn, rows, cols) : drawn;
        HouseholderQr qr = new HouseholderQr(tall, m, n);
        double[] q = qr.q();
        double[] d = qr.rDiagonal();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                q[i * n + j] *= Math.signum(d[j]);
            }
        }
        double[] result = wide ? transpose(q, m, n) : q;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = gain * result[i];
        }
    }

    static double[] transpose(double[] a, int rows, int cols) {
        double[] t = new double[a.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j * rows + i] = a[i * cols + j];
            }
        }
        return t;
    }

    @Override
    public String toString() {
        return spec;
    }
}
