package org.initlab.init;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.initlab.testing.NumpyOracle;
import org.junit.jupiter.api.Test;

class WeightShapeTest {

    /** (in, out, kh, kw) of layers as users write them: dense, pointwise, square and oblong kernels. */
    private static final List<int[]> SHAPES = List.of(new int[] {784, 100, 1, 1}, new int[] {3, 16, 3, 3},
            new int[] {16, 32, 5, 5}, new int[] {8, 4, 1, 1}, new int[] {2, 6, 3, 1}, new int[] {1, 1, 7, 2});

    @Test
    void fansEqualTorchsForConvolutionShapes() throws Exception {
        NumpyOracle.requireTorch();
        StringBuilder shapes = new StringBuilder("[");
        for (int[] s : SHAPES) {
            shapes.append(shapes.length() > 1 ? "," : "").append(s[3] == 1 && s[2] == 1
                    ? "[" + s[1] + "," + s[0] + "]" : "[" + s[1] + "," + s[0] + "," + s[2] + "," + s[3] + "]");
        }
        JsonNode fans = NumpyOracle.run("""
                import json, sys, torch
                from torch.nn.init import _calculate_fan_in_and_fan_out as fans
                print(json.dumps([list(fans(torch.empty(*s))) for s in json.loads(sys.argv[1])]))
                """, shapes.append("]").toString());
        for (int i = 0; i < SHAPES.size(); i++) {
            int[] s = SHAPES.get(i);
            for (Layout layout : Layout.values()) {
                WeightShape shape = s[2] == 1 && s[3] == 1 ? WeightShape.of(s[0], s[1], layout)
                        : WeightShape.conv(s[0], s[1], s[2], s[3], layout);
                assertThat(shape.fanIn()).as("fan_in of %s", shape).isEqualTo(fans.get(i).get(0).asInt());
                assertThat(shape.fanOut()).as("fan_out of %s", shape).isEqualTo(fans.get(i).get(1).asInt());
            }
        }
    }

    @Test
    void kerasKernelsReorderToTorchsLayoutAsNumpyTransposes() throws Exception {
        NumpyOracle.requireNumpy();
        WeightShape keras = WeightShape.conv(3, 4, 2, 5, Layout.IN_OUT);
        double[] drawn = new double[keras.size()];
        for (int i = 0; i < drawn.length; i++) {
            drawn[i] = i;
        }
        JsonNode torch = NumpyOracle.run("""
                import json, numpy as np
                print(json.dumps(np.arange(2*5*3*4, dtype=float).reshape(2, 5, 3, 4).transpose(3, 2, 0, 1).ravel().tolist()))
                """);
        double[] reordered = keras.outInOrder(drawn);
        for (int i = 0; i < reordered.length; i++) {
            assertThat(reordered[i]).as("value %d", i).isEqualTo(torch.get(i).asDouble());
        }
        WeightShape pytorch = WeightShape.conv(3, 4, 2, 5, Layout.OUT_IN);
        assertThat(pytorch.outInOrder(drawn)).containsExactly(drawn);
    }

    @Test
    void storedDimensionsFollowTheLibraries() {
        assertThat(WeightShape.conv(3, 16, 5, 4, Layout.OUT_IN).dims()).containsExactly(16, 3, 5, 4);
        assertThat(WeightShape.conv(3, 16, 5, 4, Layout.IN_OUT).dims()).containsExactly(5, 4, 3, 16);
        assertThat(WeightShape.of(3, 16, Layout.OUT_IN).dims()).containsExactly(16, 3);
        assertThat(WeightShape.conv(3, 16, 5, 4, Layout.IN_OUT).size()).isEqualTo(960);
        assertThat(WeightShape.of(3, 16, Layout.IN_OUT).isConvolution()).isFalse();
    }
}
