package org.initlab.nn;

import org.initlab.numeric.MatrixKernel;
import org.initlab.numeric.MatrixProduct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every kernel's fixed-shape products against the textbook triple loop, in all four transpose combinations. */
class MatrixProductTest {
    /** Shapes with odd sizes (remainder paths) and one wide enough for several cache blocks. */
    private static final int[][] SHAPES = {{1, 1, 1}, {3, 5, 7}, {7, 13, 2}, {9, 3, 11}, {5, 700, 97}};

    @Test
    void javaProductsMatchTheDefinition() {
        check(JavaKernel.INSTANCE);
    }

    @Test
    void nd4jProductsMatchTheDefinition() {
        check(Nd4jKernel.get());
    }

    @Test
    void blasProductsMatchTheDefinition() {
        check(BlasKernel.get());
    }

    /** Both end in the same OpenBLAS dgemm, one thread: calling it directly must not move a bit. */
    @Test
    void blasAndNd4jAgreeBitForBit() {
        Random random = new Random(5);
        for (int[] s : new int[][] {{1000, 100, 100}, {100, 784, 100}, {64, 147, 16}}) {
            for (int flags = 0; flags < 4; flags++) {
                boolean ta = (flags & 1) != 0;
                boolean tb = (flags & 2) != 0;
                double[] a = random.doubles((long) s[0] * s[1], -1, 1).toArray();
                double[] b = random.doubles((long) s[1] * s[2], -1, 1).toArray();
                double[] viaBlas = new double[s[0] * s[2]];
                double[] viaNd4j = new double[s[0] * s[2]];
                BlasKernel.get().product(s[0], s[1], s[2], ta, tb).multiply(a, b, viaBlas);
                Nd4jKernel.get().product(s[0], s[1], s[2], ta, tb).multiply(a, b, viaNd4j);
                assertThat(viaBlas).as("%dx%dx%d tA=%s tB=%s", s[0], s[1], s[2], ta, tb).containsExactly(viaNd4j);
            }
        }
    }

    private static void check(MatrixKernel kernel) {
        Random random = new Random(3);
        for (int[] s : SHAPES) {
            int m = s[0];
            int k = s[1];
            int n = s[2];
            for (int flags = 0; flags < 4; flags++) {
                boolean ta = (flags & 1) != 0;
                boolean tb = (flags & 2) != 0;
                double[] a = random.doubles((long) m * k, -1, 1).toArray();
                double[] b = random.doubles((long) k * n, -1, 1).toArray();
                double[] c = new double[m * n];
                java.util.Arrays.fill(c, Double.NaN); // must be overwritten, not accumulated into
                MatrixProduct product = kernel.product(m, k, n, ta, tb);
                for (int rep = 0; rep < 2; rep++) {
                    product.multiply(a, b, c);
                    for (int i = 0; i < m; i++) {
                        for (int j = 0; j < n; j++) {
                            double expected = 0;
                            for (int p = 0; p < k; p++) {
                                expected += (ta ? a[p * m + i] : a[i * k + p]) * (tb ? b[j * k + p] : b[p * n + j]);
                            }
                            assertThat(c[i * n + j]).as("%s %dx%dx%d tA=%s tB=%s c[%d,%d]", kernel.name(), m, k, n, ta, tb, i, j)
                                    .isCloseTo(expected, within(1e-12));
                        }
                    }
                }
            }
        }
    }
}
