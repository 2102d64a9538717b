package org.initlab.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.initlab.init.InitializerCatalog;
import org.initlab.init.Layout;
import org.initlab.init.WeightShape;
import org.initlab.layers.LayerSpec;
import org.initlab.nn.Kernels;
import org.initlab.numeric.Matrix;
import org.initlab.numeric.SampleShape;
import org.initlab.random.NumpyRandom;
import org.initlab.testing.NumpyOracle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The references a layer's output is compared with, against PyTorch: {@code bilinear} is
 * {@code F.interpolate(mode='bilinear', align_corners=False)}, {@code bilinear-zeros} is {@code F.grid_sample}
 * with zero padding at the same pixel centres; and what the {@code bilinear} filler's transposed
 * convolution computes measured with them.
 */
class ReferenceAgainstTorchTest {
    private static final String SCRIPT = """
            import json, sys, numpy as np, torch, torch.nn.functional as F
            n, c, h, w, oh, ow = [int(v) for v in sys.argv[1:7]]
            np.random.seed(5)
            x = torch.from_numpy(np.random.randn(n, c, h, w))
            up = F.interpolate(x, size=(oh, ow), mode='bilinear', align_corners=False)
            # the centre of output pixel o in normalised coordinates, align_corners=False: 2(o + 1/2)/size - 1
            gy = (2 * (torch.arange(oh, dtype=torch.float64) + 0.5) / oh - 1).view(oh, 1).expand(oh, ow)
            gx = (2 * (torch.arange(ow, dtype=torch.float64) + 0.5) / ow - 1).view(1, ow).expand(oh, ow)
            grid = torch.stack([gx, gy], dim=-1).unsqueeze(0).expand(n, oh, ow, 2)
            zeros = F.grid_sample(x, grid, mode='bilinear', padding_mode='zeros', align_corners=False)
            print(json.dumps({"x": x.numpy().ravel().tolist(), "bilinear": up.numpy().ravel().tolist(),
                              "zeros": zeros.numpy().ravel().tolist()}))
            """;

    @ParameterizedTest(name = "{0}×{1}×{2}×{3} → {4}×{5}")
    @CsvSource({
            "2, 3, 5, 7, 10, 14",  // ×2
            "1, 2, 4, 4, 12, 12",  // ×3
            "2, 1, 3, 5, 8, 7",    // uneven scales
            "1, 2, 8, 6, 3, 4",    // shrinking
            "2, 1, 4, 4, 4, 4",    // the same size: the input itself
    })
    void bilinearIsTorchsInterpolateAndBilinearZerosItsZeroPaddedGridSample(int n, int c, int h, int w, int oh, int ow)
            throws Exception {
        NumpyOracle.requireTorch();
        JsonNode torch = NumpyOracle.run(SCRIPT, String.valueOf(n), String.valueOf(c), String.valueOf(h), String.valueOf(w),
                String.valueOf(oh), String.valueOf(ow));
        SampleShape in = SampleShape.image(c, h, w);
        SampleShape out = SampleShape.image(c, oh, ow);
        Matrix x = new Matrix(n, (int) in.size(), doubles(torch.get("x")));
        assertThat(Reference.BILINEAR.compute(x, in, out).data()).containsExactly(doubles(torch.get("bilinear")), within(1e-14));
        assertThat(Reference.BILINEAR_ZEROS.compute(x, in, out).data()).containsExactly(doubles(torch.get("zeros")), within(1e-14));
        Matrix expected = new Matrix(n, (int) out.size(), doubles(torch.get("bilinear")));
        assertThat(Reference.BILINEAR.maxRelDiff(x, in, expected, out, 0)).isLessThan(1e-15);
    }

    /**
     * FCN's upsampling layer (kernel 2f − f mod 2, stride f, padding ⌈(f − 1)/2⌉) with the bilinear filler: in the
     * interior torch's interpolation to rounding, everywhere the zero-padded one; at the edge it is not torch's,
     * which repeats the edge pixel where the convolution sees zeros.
     */
    @Test
    void theBilinearFillersTransposedConvolutionIsBilinearInsideAndZeroPaddedAtTheEdge() {
        NumpyRandom rng = new NumpyRandom(1);
        double[] values = new double[3 * 6 * 5];
        for (int i = 0; i < values.length; i++) {
            values[i] = rng.gauss();
        }
        Matrix x = new Matrix(3, 6 * 5, values);
        SampleShape in = SampleShape.image(1, 6, 5);
        for (int f = 2; f <= 4; f++) {
            int k = 2 * f - f % 2;
            int padding = f / 2; // ⌈(f − 1)/2⌉
            double[] w = InitializerCatalog.parse("t", "bilinear").sample(WeightShape.transposedConv(1, 1, k, k, Layout.OUT_IN),
                    new NumpyRandom(0));
            SampleShape out = new LayerSpec.ConvTranspose2d(1, k, f, padding).output(in);
            assertThat(out.height()).isEqualTo(6 * f);
            Matrix y = Convolution.convTranspose2d(x, in, w, out, k, f, padding, Kernels.named("java"));
            String what = "×" + f;
            assertThat(Reference.BILINEAR_ZEROS.maxRelDiff(x, in, y, out, 0)).as(what).isLessThan(1e-15);
            assertThat(Reference.BILINEAR.maxRelDiff(x, in, y, out, f / 2)).as(what + " inside").isLessThan(1e-15);
            assertThat(Reference.BILINEAR.maxRelDiff(x, in, y, out, 0)).as(what + " with its edge").isGreaterThan(0.01);
        }
    }

    @Test
    void aReferenceThatDoesNotFitTheLayerIsRefused() {
        SampleShape in = SampleShape.image(2, 4, 4);
        Matrix x = new Matrix(1, 32, new double[32]);
        assertThat(Reference.INPUT.applies(in, SampleShape.image(3, 4, 4))).isFalse();
        assertThat(Reference.BILINEAR.applies(in, SampleShape.image(2, 8, 8))).isTrue();
        assertThat(Reference.BILINEAR.applies(SampleShape.flat(4), SampleShape.flat(4))).isFalse();
        assertThat(Reference.INPUT.maxRelDiff(x, in, x, in, 0)).as("zero against zero").isZero();
        assertThatThrownBy(() -> Reference.INPUT.maxRelDiff(x, in, x, in, 2)).hasMessage("border 2 leaves no pixel of 2×4×4");
        assertThatThrownBy(() -> Reference.BILINEAR.maxRelDiff(x, in, x, SampleShape.image(3, 4, 4), 0))
                .hasMessage("ref=bilinear does not apply to a layer from 2×4×4 to 3×4×4");
    }

    private static double[] doubles(JsonNode array) {
        double[] v = new double[array.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = array.get(i).asDouble();
        }
        return v;
    }
}
