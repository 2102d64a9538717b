package org.initlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.nn.Kernels;
import org.initlab.results.LayerResult;
import org.initlab.testing.NumpyOracle;
import org.junit.jupiter.api.Test;

/**
 * What an activations experiment records for {@code pre.maxRelDiff}, against PyTorch computing the same comparison
 * of its own network (weights drawn by numpy with the run's seed): a convolution's output against its input, and a
 * transposed convolution's against {@code interpolate} inside the border and the zero-padded {@code grid_sample}.
 * Only the comparisons the claims name are recorded, and only where they fit.
 */
class LayerReferencesAgainstTorchTest {
    private static final String SCRIPT = """
            import json, math, numpy as np, torch, torch.nn.functional as F
            np.random.seed(4); x = torch.from_numpy(np.random.randn(3, 2, 5, 5))
            np.random.seed(7)
            w1 = torch.from_numpy(np.random.normal(0, math.sqrt(2 / 18), (2, 2, 3, 3)))  # (out, in, 3, 3), fan_in 2*9
            w2 = torch.from_numpy(np.random.normal(0, math.sqrt(2 / 32), (2, 2, 4, 4)))  # (in, out, 4, 4), fan_in out*16
            pre1 = F.conv2d(x, w1, padding=1); post1 = torch.tanh(pre1)
            pre2 = F.conv_transpose2d(post1, w2, stride=2, padding=1)
            def rel(a, b):
                return ((a - b).abs().max() / torch.maximum(a.abs().max(), b.abs().max())).item()
            oh = ow = 10
            up = F.interpolate(post1, size=(oh, ow), mode='bilinear', align_corners=False)
            gy = (2 * (torch.arange(oh, dtype=torch.float64) + 0.5) / oh - 1).view(oh, 1).expand(oh, ow)
            gx = (2 * (torch.arange(ow, dtype=torch.float64) + 0.5) / ow - 1).view(1, ow).expand(oh, ow)
            grid = torch.stack([gx, gy], dim=-1).unsqueeze(0).expand(3, oh, ow, 2)
            zeros = F.grid_sample(post1, grid, mode='bilinear', padding_mode='zeros', align_corners=False)
            print(json.dumps({"input": rel(pre1, x), "inside": rel(pre2[:, :, 1:-1, 1:-1], up[:, :, 1:-1, 1:-1]),
                              "zeros": rel(pre2, zeros)}))
            """;

    @Test
    void theRecordedComparisonsEqualTorchs() throws Exception {
        NumpyOracle.requireTorch();
        JsonNode torch = NumpyOracle.run(SCRIPT);
        String he = "kaiming_normal(nonlinearity=relu)";
        ExperimentDefinition d = ExperimentDefinition.of("refs")
                .with("dataset", "gaussian(rows=3, channels=2, height=5, width=5, seed=4)")
                .with("layers", "conv2d(out=2, kernel=3, padding=1), convtranspose2d(out=2, kernel=4, stride=2, padding=1)")
                .with("layout", "out-in").with("activation", "tanh").with("seed", "7").withInitializers(he)
                .claim("a", "", "pre.maxRelDiff(init=" + he + ", layer=1, ref=input) > 0", true)
                .claim("b", "", "pre.maxRelDiff(init=" + he + ", layer=2, ref=bilinear, border=1) > 0", true)
                .claim("c", "", "pre.maxRelDiff(init=" + he + ", layer=2, ref=bilinear-zeros) > 0", true);
        for (String kernel : new String[] {"java", "blas", "nd4j"}) {
            List<LayerResult> layers = new ExperimentRunner(Kernels.named(kernel), ProgressListener.SILENT)
                    .run(ExperimentSpec.of("refs", d)).runs().get(0).layers();
            assertThat(layers.get(0).referenceMaxRelDiff()).as("layer 1 keeps its shape: each comparison fits it (a bilinear resize to the same size is the input)")
                    .containsOnlyKeys("input", "bilinear(border=1)", "bilinear-zeros");
            assertThat(layers.get(0).referenceMaxRelDiff().get("input")).as(kernel).isCloseTo(torch.get("input").asDouble(), within(1e-12));
            assertThat(layers.get(1).referenceMaxRelDiff()).as("layer 2 doubles the sides").doesNotContainKey("input");
            assertThat(layers.get(1).referenceMaxRelDiff().get("bilinear(border=1)")).as(kernel)
                    .isCloseTo(torch.get("inside").asDouble(), within(1e-12));
            assertThat(layers.get(1).referenceMaxRelDiff().get("bilinear-zeros")).as(kernel)
                    .isCloseTo(torch.get("zeros").asDouble(), within(1e-12));
        }
    }
}
