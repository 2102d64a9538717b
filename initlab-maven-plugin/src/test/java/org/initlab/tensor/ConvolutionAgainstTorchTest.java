package org.initlab.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.initlab.layers.LayerSpec;
import org.initlab.nn.Kernels;
import org.initlab.numeric.Matrix;
import org.initlab.numeric.SampleShape;
import org.initlab.testing.NumpyOracle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The convolutions value by value against {@code torch.nn.functional.conv2d} and {@code conv_transpose2d} in float64. */
class ConvolutionAgainstTorchTest {
    private static final String SCRIPT = """
            import json, sys, numpy as np, torch, torch.nn.functional as F
            kind = sys.argv[1]; n, c, h, w, out, k, s, p = [int(v) for v in sys.argv[2:10]]
            np.random.seed(3)
            x = np.random.randn(n, c, h, w)
            wt = np.random.randn(out, c, k, k) if kind == "conv2d" else np.random.randn(c, out, k, k)
            tx, tw = torch.from_numpy(x), torch.from_numpy(wt)
            y = F.conv2d(tx, tw, stride=s, padding=p) if kind == "conv2d" else F.conv_transpose2d(tx, tw, stride=s, padding=p)
            print(json.dumps({"x": x.ravel().tolist(), "w": wt.ravel().tolist(), "y": y.numpy().ravel().tolist(),
                              "shape": list(y.shape)}))
            """;

    @ParameterizedTest(name = "{0} {1}×{2}×{3}×{4} → {5}, k={6}, stride={7}, padding={8}")
    @CsvSource({
            "conv2d, 3, 2, 7, 7, 4, 3, 1, 0",
            "conv2d, 2, 3, 9, 8, 2, 3, 2, 1",
            "conv2d, 2, 1, 6, 6, 3, 5, 3, 2",
            "conv2d, 2, 4, 5, 5, 6, 1, 2, 0",
            "convtranspose2d, 3, 2, 4, 4, 3, 4, 2, 1",
            "convtranspose2d, 2, 3, 3, 5, 2, 3, 1, 0",
            "convtranspose2d, 2, 2, 5, 5, 1, 3, 3, 2",
    })
    void equalsTorchFunctional(String kind, int n, int c, int h, int w, int out, int k, int stride, int padding) throws Exception {
        NumpyOracle.requireTorch();
        JsonNode torch = NumpyOracle.run(SCRIPT, kind, String.valueOf(n), String.valueOf(c), String.valueOf(h), String.valueOf(w),
                String.valueOf(out), String.valueOf(k), String.valueOf(stride), String.valueOf(padding));
        SampleShape in = SampleShape.image(c, h, w);
        LayerSpec layer = kind.equals("conv2d") ? new LayerSpec.Conv2d(out, k, stride, padding)
                : new LayerSpec.ConvTranspose2d(out, k, stride, padding);
        SampleShape shape = layer.output(in);
        JsonNode dims = torch.get("shape");
        assertThat(new int[] {shape.channels(), shape.height(), shape.width()}).as("output shape")
                .containsExactly(dims.get(1).asInt(), dims.get(2).asInt(), dims.get(3).asInt());
        Matrix x = new Matrix(n, (int) in.size(), doubles(torch.get("x")));
        double[] weights = doubles(torch.get("w"));
        double[] expected = doubles(torch.get("y"));
        for (String kernel : new String[] {"java", "blas", "nd4j"}) {
            Matrix y = kind.equals("conv2d")
                    ? Convolution.conv2d(x, in, weights, shape, k, stride, padding, Kernels.named(kernel))
                    : Convolution.convTranspose2d(x, in, weights, shape, k, stride, padding, Kernels.named(kernel));
            assertThat(y.data()).as(kernel).containsExactly(expected, within(1e-12));
        }
    }

    private static double[] doubles(JsonNode array) {
        double[] v = new double[array.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = array.get(i).asDouble();
        }
        return v;
    }
}
