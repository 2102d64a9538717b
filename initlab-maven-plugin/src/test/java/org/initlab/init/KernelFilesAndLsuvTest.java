package org.initlab.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.initlab.nn.Kernels;
import org.initlab.numeric.Matrix;
import org.initlab.random.NumpyRandom;
import org.initlab.settings.ConfigException;
import org.initlab.testing.NumpyOracle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A trained kernel read from a 4-d .npy, and LSUV refining a convolution on its im2col patches. */
class KernelFilesAndLsuvTest {
    @TempDir
    Path dir;

    @Test
    void pretrainedReadsA4dKernelInEitherMemoryOrder() throws Exception {
        NumpyOracle.requireNumpy();
        Path c = dir.resolve("c.npy");
        Path f = dir.resolve("f.npy");
        Path keras = dir.resolve("keras.npy");
        NumpyOracle.run("""
                import json, sys, numpy as np
                w = np.arange(8 * 3 * 3 * 2, dtype=np.float64).reshape(8, 3, 3, 2) / 7
                np.save(sys.argv[1], w); np.save(sys.argv[2], np.asfortranarray(w))
                np.save(sys.argv[3], w.transpose(2, 3, 1, 0).astype(np.float32))
                print(json.dumps(True))
                """, c.toString(), f.toString(), keras.toString());
        WeightShape torch = WeightShape.conv(3, 8, 3, 2, Layout.OUT_IN);
        double[] fromC = InitializerCatalog.parse("t", "pretrained(path=" + c + ")").sample(torch, new NumpyRandom(0));
        double[] fromF = InitializerCatalog.parse("t", "pretrained(path=" + f + ")").sample(torch, new NumpyRandom(0));
        for (int i = 0; i < fromC.length; i++) {
            assertThat(fromC[i]).as("value %d", i).isEqualTo(i / 7.0);
        }
        assertThat(fromF).containsExactly(fromC);
        // the same kernel saved in Keras's (kh, kw, in, out) order reorders to torch's
        WeightShape kerasShape = WeightShape.conv(3, 8, 3, 2, Layout.IN_OUT);
        double[] k = InitializerCatalog.parse("t", "pretrained(path=" + keras + ")").sample(kerasShape, new NumpyRandom(0));
        double[] reordered = kerasShape.outInOrder(k);
        for (int i = 0; i < reordered.length; i++) {
            assertThat(reordered[i]).isEqualTo((double) (float) (i / 7.0));
        }
        assertThatThrownBy(() -> InitializerCatalog.parse("t", "pretrained(path=" + c + ")")
                .sample(WeightShape.conv(3, 8, 3, 2, Layout.IN_OUT), new NumpyRandom(0)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("holds a (8, 3, 3, 2) kernel")
                .hasMessageContaining("(3, 2, 3, 8)").hasMessageContaining("in-out");
    }

    @Test
    void lsuvBringsAConvolutionsOutputVarianceToOneOnItsPatches() {
        for (Layout layout : Layout.values()) {
            WeightShape shape = WeightShape.conv(4, 6, 3, 3, layout);
            NumpyRandom rng = new NumpyRandom(4);
            double[] x = new double[400 * 36];
            for (int i = 0; i < x.length; i++) {
                x[i] = 3 * rng.gauss();
            }
            Matrix patches = new Matrix(400, 36, x);
            LsuvInitializer lsuv = (LsuvInitializer) InitializerCatalog.parse("t", "lsuv(tol=0.001)");
            double[] drawn = lsuv.sample(shape, new NumpyRandom(9));
            assertThat(convolutionVariance(drawn, shape, patches)).as("before, %s", layout).isGreaterThan(1.5);
            double[] refined = lsuv.refineKernel(drawn, shape, patches, Kernels.named("java"));
            // the convolution computed directly from the stored kernel, patch column (i, y, x)
            assertThat(convolutionVariance(refined, shape, patches)).as("after, %s", layout).isCloseTo(1, within(0.001));
            double c = refined[0] / drawn[0];
            for (int i = 0; i < drawn.length; i++) {
                assertThat(refined[i]).as("one factor for every weight, %s", layout).isCloseTo(c * drawn[i], within(1e-14));
            }
        }
    }

    private static double convolutionVariance(double[] w, WeightShape shape, Matrix patches) {
        int n = patches.rows();
        double[] y = new double[n * shape.out()];
        for (int p = 0; p < n; p++) {
            for (int o = 0; o < shape.out(); o++) {
                double s = 0;
                for (int i = 0; i < shape.in(); i++) {
                    for (int a = 0; a < 3; a++) {
                        for (int b = 0; b < 3; b++) {
                            s += patches.data()[p * 36 + (i * 3 + a) * 3 + b] * w[shape.index(o, i, a, b)];
                        }
                    }
                }
                y[p * shape.out() + o] = s;
            }
        }
        double mean = java.util.Arrays.stream(y).average().orElseThrow();
        return java.util.Arrays.stream(y).map(v -> (v - mean) * (v - mean)).sum() / y.length;
    }
}
