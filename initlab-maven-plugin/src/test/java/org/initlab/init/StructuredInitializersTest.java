package org.initlab.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.initlab.settings.ConfigException;
import org.initlab.random.NumpyRandom;
import org.junit.jupiter.api.Test;

/** Initializers whose structure, not just their moments, is the point: eye, dirac, sparse, bilinear. */
class StructuredInitializersTest {

    private static double[] draw(String spec, int rows, int cols) {
        return InitializerCatalog.parse("test", spec).sample(new WeightShape(rows, cols, Layout.IN_OUT), new NumpyRandom(0));
    }

    @Test
    void eyeDiracAndIdentityPutTheGainOnTheDiagonalOnly() {
        for (String spec : new String[] {"eye", "dirac", "identity", "identity(gain=2.5)", "IDENTITY"}) {
            double gain = spec.contains("2.5") ? 2.5 : 1.0;
            int rows = 4;
            int cols = spec.equals("IDENTITY") ? 4 : 6;
            double[] w = draw(spec, rows, cols);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    assertThat(w[r * cols + c]).as("%s at (%d, %d)", spec, r, c).isEqualTo(r == c ? gain : 0.0);
                }
            }
        }
        double[] tall = draw("eye", 5, 3);
        assertThat(tall).containsExactly(1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void deterministicInitializersLeaveTheGeneratorUntouched() {
        NumpyRandom rng = new NumpyRandom(3);
        for (String spec : new String[] {"eye", "dirac", "zeros", "constant(val=2)", "bilinear", "identity"}) {
            InitializerCatalog.parse("t", spec).sample(new WeightShape(3, 4, Layout.IN_OUT), rng);
        }
        assertThat(rng.randomSample()).isEqualTo(new NumpyRandom(3).randomSample());
    }

    @Test
    void dl4jIdentityRejectsNonSquareWeights() {
        assertThatThrownBy(() -> draw("IDENTITY", 3, 4)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("square").hasMessageContaining("(3, 4)");
    }

    @Test
    void sparseZeroesTheSameCountInEveryColumnRoundedUpAsTorchDoes() {
        int rows = 300;
        int cols = 40;
        SparseInitializer init = (SparseInitializer) InitializerCatalog.parse("t", "sparse(sparsity=0.07, std=1)");
        WeightShape shape = new WeightShape(rows, cols, Layout.IN_OUT);
        // 0.07 * 300 is 21.000000000000004 in floating point; ceil gives 22, as int(math.ceil(...)) in torch
        assertThat(init.zerosPerColumn(shape)).isEqualTo(22);
        double[] w = init.sample(shape, new NumpyRandom(1));
        for (int c = 0; c < cols; c++) {
            int zeros = 0;
            for (int r = 0; r < rows; r++) {
                zeros += w[r * cols + c] == 0.0 ? 1 : 0;
            }
            assertThat(zeros).as("zeros in column %d", c).isEqualTo(22);
        }
        assertThat(init.std(shape)).isCloseTo(Math.sqrt(278.0 / 300), within(1e-15));
        assertThat(((SparseInitializer) InitializerCatalog.parse("t", "sparse(sparsity=1)")).zerosPerColumn(shape)).isEqualTo(300);
        assertThat(((SparseInitializer) InitializerCatalog.parse("t", "sparse(sparsity=0)")).zerosPerColumn(shape)).isZero();
    }

    private static BilinearInitializer bilinear(String spec) {
        return (BilinearInitializer) InitializerCatalog.parse("t", spec);
    }

    @Test
    void bilinearKernelsMatchCaffe() {
        BilinearInitializer caffe = bilinear("bilinear");
        // k = 4 (upsampling x2): f = 2, c = 3/4, 1-d profile 0.25 0.75 0.75 0.25
        double[] k4 = caffe.kernel(16);
        double[] p4 = {0.25, 0.75, 0.75, 0.25};
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                assertThat(k4[y * 4 + x]).isCloseTo(p4[x] * p4[y], within(1e-15));
            }
        }
        // k = 5 (upsampling x3): f = 3, c = 2/3, profile 1/3 2/3 1 2/3 1/3
        double[] k5 = caffe.kernel(25);
        assertThat(k5[2 * 5 + 2]).isCloseTo(1.0, within(1e-15));
        assertThat(k5[0]).isCloseTo(1.0 / 9, within(1e-15));
        assertThat(k5[5 + 2]).isCloseTo(2.0 / 3, within(1e-15));
        // k = 3: Caffe since PR #5713 has c = (k - 1)/(2f) = 1/2, profile 0.5 1 0.5
        assertThat(caffe.kernel(9)).containsExactly(new double[] {
            0.25, 0.5, 0.25, 0.5, 1, 0.5, 0.25, 0.5, 0.25}, within(1e-15));
        // cols not a perfect square: a 1-d kernel of size cols (k = 6: f = 3, c = 5/6), symmetric too
        assertThat(caffe.kernel(6)).containsExactly(new double[] {
            1.0 / 6, 0.5, 5.0 / 6, 5.0 / 6, 0.5, 1.0 / 6}, within(1e-15));
        // every row gets the same kernel
        double[] w = draw("bilinear", 3, 16);
        for (int r = 0; r < 3; r++) {
            for (int i = 0; i < 16; i++) {
                assertThat(w[r * 16 + i]).isEqualTo(k4[i]);
            }
        }
    }

    @Test
    void bilinearCaffe2016KeepsTheFormulaBeforePr5713() {
        BilinearInitializer old = bilinear("bilinear(variant=caffe-2016)");
        // c = (2f - 1 - f mod 2)/(2f): lopsided for k = 3 (f = 2, c = 3/4: 0.25 0.75 0.75) and k = 6
        assertThat(old.kernel(9)).containsExactly(new double[] {
            0.0625, 0.1875, 0.1875, 0.1875, 0.5625, 0.5625, 0.1875, 0.5625, 0.5625}, within(1e-15));
        assertThat(old.kernel(6)).containsExactly(new double[] {
            1.0 / 3, 2.0 / 3, 1.0, 2.0 / 3, 1.0 / 3, 0.0}, within(1e-15));
        // the two agree where k = 2F - F mod 2 (4, 5, 8, 9)
        for (int k : new int[] {4, 5, 8, 9}) {
            assertThat(old.kernel(k * k)).as("k = %d", k).containsExactly(bilinear("bilinear").kernel(k * k), within(1e-15));
        }
        assertThat(old.formula()).contains("2f - 1 - (f \\bmod 2)");
        assertThat(bilinear("bilinear").formula()).contains("c = \\tfrac{k - 1}{2f}");
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "bilinear(variant=caffe2016)"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'bilinear' key 'variant' expects one of caffe, caffe-2016")
                .hasMessageContaining("did you mean 'caffe-2016'?");
    }

    @Test
    void constantsAreExact() {
        assertThat(draw("zeros", 2, 3)).containsOnly(0.0);
        assertThat(draw("ones", 2, 3)).containsOnly(1.0);
        assertThat(draw("ONES", 2, 3)).containsOnly(1.0);
        assertThat(draw("constant(val=-0.25)", 2, 3)).containsOnly(-0.25);
    }
}
