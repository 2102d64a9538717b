package org.initlab.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.initlab.layers.LayerSpec;
import org.junit.jupiter.api.Test;

/** {@code <layers>} with layer specs: activations experiments run them, the dense-only code paths refuse them by name. */
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
    void otherExperimentTypesNameTheFirstLayerTheyCannotRun() {
        for (String type : new String[] {"gradients", "training"}) {
            assertThatThrownBy(() -> ExperimentSpec.of("e", conv(type).with("dataset", "circles(samples=10, noise=0, seed=0)")))
                    .hasMessageContaining("experiment 'c' <layers>: layer 1 conv2d(out=2, kernel=3): convolutional, pooling,"
                            + " normalization and residual layers are measured by activations experiments only so far; " + type
                            + " experiments take dense layers");
        }
        assertThatThrownBy(() -> ExperimentSpec.of("e", conv("activations").withInitializers("lsuv")))
                .hasMessage("experiment 'c' <initializers>: 'lsuv' refines dense layers on their input; it is not defined for"
                        + " layer 1 conv2d(out=2, kernel=3)");
    }
}
