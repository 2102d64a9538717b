package org.initlab.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.initlab.numeric.SampleShape;
import org.initlab.settings.ConfigException;
import org.junit.jupiter.api.Test;

class NetworkTest {
    private static final String F = "experiment 'x' <layers>";

    @Test
    void layerSpecsAreReadByTheSpecGrammarWithTopLevelCommas() {
        Network n = Network.parse(F, "conv2d(out=8, kernel=3, padding=1), maxpool(k=2), batchnorm,"
                + " residual(block='conv2d(out=8, kernel=3, padding=1), layernorm'), avgpool(k=2), flatten, dense(n=10)");
        assertThat(n.layers()).containsExactly(new LayerSpec.Conv2d(8, 3, 1, 1), new LayerSpec.MaxPool(2),
                new LayerSpec.BatchNorm(), new LayerSpec.Residual(List.of(new LayerSpec.Conv2d(8, 3, 1, 1),
                        new LayerSpec.LayerNorm())), new LayerSpec.AvgPool(2), new LayerSpec.Flatten(), new LayerSpec.Dense(10));
        assertThat(n.isDense()).isFalse();
        assertThat(n.recordedLayers()).isEqualTo(9);
        // the text written back is read back to the same network (results.json's configuration.network)
        assertThat(Network.parse(F, n.text())).isEqualTo(n);
        assertThat(Network.parse(F, "residual(block=dense(n=4))").layers())
                .containsExactly(new LayerSpec.Residual(List.of(new LayerSpec.Dense(4))));
        assertThat(Network.parse(F, "convtranspose2d(out=2, kernel=4, stride=2, padding=1)").layers())
                .containsExactly(new LayerSpec.ConvTranspose2d(2, 4, 2, 1));
    }

    @Test
    void branchesAreEveryResidualBlockInForwardOrderEachWithItsOwnWeightedLayers() {
        Network n = Network.parse(F, "dense(n=4), residual(block='dense(n=4), batchnorm, dense(n=4)'), flatten,"
                + " residual(block='dense(n=4), residual(block=dense(n=4))')");
        assertThat(n.branches()).extracting(Branch::path).containsExactly("2", "4", "4.2");
        // a nested residual's layer belongs to its own branch, not to the one around it
        assertThat(n.branches()).extracting(Branch::weightedLayers).containsExactly(2, 1, 1);
        assertThat(n.branches().get(2).label()).isEqualTo("layer 4.2 residual(block=dense(n=4))");
        assertThat(Network.dense(new int[] {4, 4}).branches()).isEmpty();
    }

    @Test
    void aPlainListOfWidthsIsNotASpecList() {
        assertThat(Network.isSpecList("100, 100,10,")).isFalse();
        assertThat(Network.isSpecList("4, 2.5, 1e3")).isFalse(); // still refused as sizes, as before
        assertThat(Network.isSpecList("dense(n=4)")).isTrue();
        assertThat(Network.isSpecList("flatten")).isTrue();
        assertThat(Network.dense(new int[] {4, 3}).widths()).containsExactly(4, 3);
        assertThatThrownBy(() -> Network.parse(F, "conv2d(out=2, kernel=3)").widths()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void badLayerSpecsNameTheLayerAndWhatWasExpected() {
        assertThatThrownBy(() -> Network.parse(F, "dense(n=4), conv2D(out=2, kernel=3)"))
                .hasMessageStartingWith(F + " layer 2: unknown layer 'conv2D' (did you mean 'conv2d'?); valid: dense, conv2d,");
        assertThatThrownBy(() -> Network.parse(F, "conv2d(out=2)"))
                .hasMessage(F + " layer 1: 'conv2d' needs the key 'kernel'");
        assertThatThrownBy(() -> Network.parse(F, "conv2d(out=2, kernel=3, stride=0)"))
                .hasMessage(F + " layer 1: 'conv2d' key 'stride' must be an integer from 1 to 10000, got 0");
        assertThatThrownBy(() -> Network.parse(F, "maxpool(k=2, s=2)"))
                .hasMessage(F + " layer 1: 'maxpool' has no key 's' (did you mean 'k'?); valid keys: k");
        assertThatThrownBy(() -> Network.parse(F, "flatten(x=1)")).hasMessageContaining("valid keys: none");
        assertThatThrownBy(() -> Network.parse(F, "residual")).hasMessageStartingWith(F + " layer 1: 'residual' needs the key 'block'");
        assertThatThrownBy(() -> Network.parse(F, "residual(block='dense(n=4), pool(k=2)')"))
                .hasMessageStartingWith(F + " layer 1 block layer 2: unknown layer 'pool'");
        assertThatThrownBy(() -> Network.parse(F, "dense(n=4)), flatten")).hasMessageContaining("this ')' closes no '('");
        assertThatThrownBy(() -> Network.parse(F, "dense(n=4),, flatten")).hasMessageContaining("expected a spec before ','");
    }

    @Test
    void shapesArePropagatedAndEveryLayerIsPlacedOnItsInput() {
        Network n = Network.parse(F, "conv2d(out=4, kernel=3), maxpool(k=2), residual(block='conv2d(out=8, kernel=3, stride=2,"
                + " padding=1), batchnorm'), convtranspose2d(out=2, kernel=4, stride=2, padding=1), flatten, dense(n=10)");
        List<PlannedLayer> plan = n.plan(F, SampleShape.image(1, 28, 28));
        assertThat(plan).extracting(p -> p.path() + " " + p.input() + "→" + p.output()).containsExactly(
                "1 1×28×28→4×26×26", "2 4×26×26→4×13×13", "3.1 4×13×13→8×7×7", "3.2 8×7×7→8×7×7", "3 4×13×13→8×7×7",
                "4 8×7×7→2×14×14", "5 2×14×14→392", "6 392→10");
        assertThat(plan.get(4).projectionStride()).isEqualTo(2);
        assertThat(plan.get(0).projectionStride()).isZero();
        assertThat(Network.parse(F, "residual(block=dense(n=5))").plan(F, SampleShape.flat(5)).get(1).projectionStride()).isZero();
        assertThat(Network.parse(F, "residual(block=dense(n=3))").plan(F, SampleShape.flat(5)).get(1).projectionStride()).isOne();
        // a dense first layer takes an image flattened, as the dense networks always took MNIST's 784 pixels
        assertThat(Network.parse(F, "dense(n=3)").plan(F, SampleShape.image(1, 28, 28)).get(0).input())
                .isEqualTo(SampleShape.flat(784));
    }

    @Test
    void aLayerThatCannotTakeItsInputIsNamedWithTheShapes() {
        assertThatThrownBy(() -> Network.parse(F, "conv2d(out=4, kernel=3), maxpool(k=2), conv2d(out=16, kernel=5)")
                .plan(F, SampleShape.image(1, 10, 10)))
                .isInstanceOf(ConfigException.class)
                .hasMessage(F + ": layer 3 conv2d(out=16, kernel=5): input 4×4×4 is smaller than the kernel 5×5");
        assertThatThrownBy(() -> Network.parse(F, "conv2d(out=4, kernel=3)").plan(F, SampleShape.flat(100)))
                .hasMessage(F + ": layer 1 conv2d(out=4, kernel=3): input 100 is a flat vector; conv2d takes an image C×H×W");
        assertThatThrownBy(() -> Network.parse(F, "conv2d(out=4, kernel=3), dense(n=10)").plan(F, SampleShape.image(1, 5, 5)))
                .hasMessage(F + ": layer 2 dense(n=10): input 4×3×3 is an image; a dense layer takes a flat vector, so put"
                        + " flatten before it");
        assertThatThrownBy(() -> Network.parse(F, "maxpool(k=4)").plan(F, SampleShape.image(2, 3, 8)))
                .hasMessage(F + ": layer 1 maxpool(k=4): input 2×3×8 is smaller than the window 4×4");
        assertThatThrownBy(() -> Network.parse(F, "residual(block='conv2d(out=2, kernel=3), flatten')").plan(F,
                SampleShape.image(1, 5, 5)))
                .hasMessageStartingWith(F + ": layer 1 residual(block='conv2d(out=2, kernel=3), flatten'): the block turns 1×5×5"
                        + " into 18; a projection joins");
        assertThatThrownBy(() -> Network.parse(F, "residual(block=conv2d(out=2, kernel=2))").plan(F, SampleShape.image(1, 5, 5)))
                .hasMessageContaining("the block turns 1×5×5 into 2×4×4, which no 1×1 projection of one stride reaches");
        assertThatThrownBy(() -> Network.parse(F, "flatten, residual(block='conv2d(out=1, kernel=1)')")
                .plan(F, SampleShape.image(1, 5, 5)))
                .hasMessage(F + ": layer 2.1 conv2d(out=1, kernel=1): input 25 is a flat vector; conv2d takes an image C×H×W");
    }
}
