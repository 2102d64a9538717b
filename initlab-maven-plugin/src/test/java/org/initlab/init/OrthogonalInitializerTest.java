package org.initlab.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.initlab.random.NumpyRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrthogonalInitializerTest {

    /** Frobenius norm of WᵀW − g²I (tall) or WWᵀ − g²I (wide): the smaller Gram matrix must be g²·I. */
    private static double orthogonalityError(double[] w, int rows, int cols, double gain) {
        boolean wide = rows < cols;
        int k = Math.min(rows, cols);
        double sum = 0;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                double dot = 0;
                int len = wide ? cols : rows;
                for (int i = 0; i < len; i++) {
                    dot += wide ? w[a * cols + i] * w[b * cols + i] : w[i * cols + a] * w[i * cols + b];
                }
                double d = dot - (a == b ? gain * gain : 0);
                sum += d * d;
            }
        }
        return Math.sqrt(sum);
    }

    @ParameterizedTest(name = "{0}x{1}, gain {2}")
    @CsvSource({"200, 300, 1", "300, 200, 1", "64, 64, 1", "50, 120, 2", "120, 50, 0.5", "1, 10, 1", "10, 1, 3"})
    void gramMatrixIsGainSquaredTimesIdentity(int rows, int cols, double gain) {
        Initializer init = InitializerCatalog.parse("t", "orthogonal(gain=" + gain + ")");
        double[] w = init.sample(new WeightShape(rows, cols, Layout.IN_OUT), new NumpyRandom(5));
        assertThat(orthogonalityError(w, rows, cols, gain)).isLessThan(1e-10);
    }

    @Test
    void householderFactorsReproduceTheMatrix() {
        int m = 30;
        int n = 12;
        NumpyRandom rng = new NumpyRandom(11);
        double[] a = new double[m * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = rng.gauss();
        }
        HouseholderQr qr = new HouseholderQr(a, m, n);
        double[] q = qr.q();
        // R = QᵀA must be upper triangular, with the reported diagonal, and QR = A
        double[] r = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double dot = 0;
                for (int k = 0; k < m; k++) {
                    dot += q[k * n + i] * a[k * n + j];
                }
                r[i * n + j] = dot;
                if (i > j) {
                    assertThat(dot).as("R(%d, %d)", i, j).isCloseTo(0, within(1e-12));
                }
            }
            assertThat(r[i * n + i]).isCloseTo(qr.rDiagonal()[i], within(1e-12));
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int k = 0; k <= j; k++) {
                    sum += q[i * n + k] * r[k * n + j];
                }
                assertThat(sum).isCloseTo(a[i * n + j], within(1e-12));
            }
        }
    }

    @Test
    void theoreticalStdIsGainOverRootOfTheLargerSide() {
        Initializer init = InitializerCatalog.parse("t", "orthogonal(gain=2)");
        assertThat(init.std(new WeightShape(100, 400, Layout.IN_OUT))).isEqualTo(0.1);
        assertThat(init.std(new WeightShape(400, 100, Layout.OUT_IN))).isEqualTo(0.1);
    }
}
