package org.initlab.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.initlab.settings.ConfigException;
import org.junit.jupiter.api.Test;

/** PyTorch's calculate_gain table. */
class GainTest {

    @Test
    void linearFamilyAndSigmoidHaveGainOne() {
        for (String n : new String[] {"linear", "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d",
            "conv_transpose3d", "sigmoid"}) {
            assertThat(Gain.of(n, null)).as(n).isEqualTo(1.0);
        }
    }

    @Test
    void nonlinearGains() {
        assertThat(Gain.of("tanh", null)).isEqualTo(5.0 / 3);
        assertThat(Gain.of("relu", null)).isEqualTo(Math.sqrt(2.0));
        assertThat(Gain.of("relu", 0.3)).as("relu ignores the parameter").isEqualTo(Math.sqrt(2.0));
        assertThat(Gain.of("selu", null)).isEqualTo(0.75);
        assertThat(Gain.of("leaky_relu", null)).as("default slope 0.01").isEqualTo(Math.sqrt(2.0 / (1 + 0.01 * 0.01)));
        assertThat(Gain.of("leaky_relu", 0.0)).isEqualTo(Math.sqrt(2.0));
        assertThat(Gain.of("leaky_relu", 0.2)).isEqualTo(Math.sqrt(2.0 / 1.04));
    }

    @Test
    void unknownNonlinearitySuggestsTheClosest() {
        assertThatThrownBy(() -> Gain.of("tahn", null)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown 'tahn'").hasMessageContaining("did you mean 'tanh'?")
                .hasMessageContaining("valid: linear");
    }

    @Test
    void kaimingUsesTheGainOverRootFan() {
        WeightShape shape = WeightShape.of(50, 80, Layout.OUT_IN);
        assertThat(InitializerCatalog.parse("t", "kaiming_normal(nonlinearity=tanh)").std(shape))
                .isEqualTo(5.0 / 3 / Math.sqrt(50));
        assertThat(InitializerCatalog.parse("t", "kaiming_normal(a=0.2, mode=fan_out)").std(shape))
                .isEqualTo(Math.sqrt(2.0 / 1.04) / Math.sqrt(80));
    }
}
