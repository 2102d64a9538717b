package org.initlab.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.initlab.layers.LayerSpec;
import org.junit.jupiter.api.Test;

/** {@code <layers>} with layer specs: activations and training experiments run them, the dense-only code paths refuse them by name. */
class NetworkSpecTest {

    private static ExperimentDefinition conv(String type) {
        return ExperimentDefinition.of("c").with("type", type).with("dataset", "gaussian(rows=4, channels=1, height=6, width=6, seed=0)")
                .with("layers", "conv2d(out=2, kernel=3), flatten, dense(n=3)").with("activation", "relu")
                .withInitializers("kaiming_normal");
    }

    @Test
    void anActivationsExperimentTakesLayerSpecs() {
        ExperimentSpec spec = ExperimentSpec.of("e", conv("activations"));
        assertThat(spec.architecture().layers()).startsWith(new LayerSpec.Conv2d(2, 3, 1, 0));
        assertThat(spec.architecture().isDense()).isFalse();
    }

    @Test
    void aPlainListOfWidthsKeepsItsMeaning() {
        ExperimentSpec spec = ExperimentSpec.of("e", conv("activations").with("layers", "4, 3,"));
        assertThat(spec.layers()).containsExactly(4, 3);
        assertThat(ExperimentSpec.of("e", conv("training").with("layers", "dense(n=4), dense(n=1)")
                .with("dataset", "circles(samples=10, noise=0, seed=0)")).layers()).containsExactly(4, 1);
    }

    @Test
    void gradientsExperimentsNameTheFirstLayerTheyCannotRun() {
        assertThatThrownBy(() -> ExperimentSpec.of("e", conv("gradients").with("dataset", "circles(samples=10, noise=0, seed=0)")))
                .hasMessageContaining("experiment 'c' <layers>: layer 1 conv2d(out=2, kernel=3): convolutional, pooling,"
                        + " normalization and residual layers are measured by activations and training experiments only so far;"
                        + " gradients experiments take dense layers");
        assertThatThrownBy(() -> ExperimentSpec.of("e", conv("activations").withInitializers("lsuv")))
                .hasMessage("experiment 'c' <initializers>: 'lsuv' refines dense layers on their input; it is not defined for"
                        + " layer 1 conv2d(out=2, kernel=3)");
    }

    @Test
    void trainingTakesConvolutionsPoolingAndFlatten() {
        ExperimentSpec spec = ExperimentSpec.of("e", conv("training")
                .with("layers", "conv2d(out=2, kernel=3), maxpool(k=2), avgpool(k=1), flatten, dense(n=3)")
                .with("outputActivation", "softmax").with("loss", "ce"));
        assertThat(spec.architecture().isDense()).isFalse();
        assertThat(spec.training()).isNotNull();
    }

    @Test
    void trainingNamesTheLayerItHasNoBackwardPassFor() {
        for (String layer : new String[] {"batchnorm", "layernorm", "convtranspose2d(out=2, kernel=3)",
                "residual(block=conv2d(out=1, kernel=3, padding=1))"}) {
            assertThatThrownBy(() -> ExperimentSpec.of("e", conv("training").with("layers", "conv2d(out=1, kernel=3), " + layer
                    + ", flatten, dense(n=1)")))
                    .as(layer)
                    .hasMessageContaining("experiment 'c' <layers>: layer 2 " + new LayerSpecText(layer).canonical()
                            + ": training has no backward pass for it; it trains dense, conv2d, maxpool, avgpool and flatten layers");
        }
        assertThatThrownBy(() -> ExperimentSpec.of("e", conv("training").with("layers", "conv2d(out=2, kernel=3), flatten")))
                .hasMessageContaining("experiment 'c' <layers>: layer 2 flatten: training needs a dense(n) layer last, one unit per output");
    }

    @Test
    void aSoftmaxAfterConvolutionsStillNeedsTwoUnits() {
        assertThatThrownBy(() -> ExperimentSpec.of("e", conv("training").with("layers", "conv2d(out=2, kernel=3), flatten, dense(n=1)")
                .with("outputActivation", "softmax").with("loss", "ce")))
                .hasMessageContaining("a softmax output needs one unit per class, at least 2; the last layer has 1");
    }

    /** A layer spec as the parser writes it back. */
    private record LayerSpecText(String written) {
        String canonical() {
            return org.initlab.layers.Network.parse("layers", written).layers().get(0).text();
        }
    }
}
