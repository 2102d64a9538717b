package org.initlab.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The exact scale each library's name stands for, quirks included (fan_in 200, fan_out 300). */
class LibrarySemanticsTest {
    private static final WeightShape SHAPE = WeightShape.of(200, 300, Layout.IN_OUT);
    private static final double C = 0.87962566103423978;

    private static double std(String spec) {
        return InitializerCatalog.parse("t", spec).std(SHAPE);
    }

    private static double bound(String spec) {
        return InitializerCatalog.parse("t", spec).bound(SHAPE).orElseThrow();
    }

    @Test
    void kerasVarianceScaling() {
        assertThat(bound("glorot_uniform")).isCloseTo(Math.sqrt(6.0 / 500), within(1e-15));
        assertThat(bound("he_uniform")).isCloseTo(Math.sqrt(6.0 / 200), within(1e-15));
        assertThat(bound("lecun_uniform")).isCloseTo(Math.sqrt(3.0 / 200), within(1e-15));
        assertThat(bound("variance_scaling(scale=2, mode=fan_out, distribution=uniform)")).isCloseTo(Math.sqrt(6.0 / 300), within(1e-15));
        assertThat(std("variance_scaling(mode=fan_avg, distribution=untruncated_normal)")).isCloseTo(Math.sqrt(1.0 / 250), within(1e-15));
        assertThat(std("variance_scaling(scale=3, mode=fan_out)")).isCloseTo(Math.sqrt(3.0 / 300), within(1e-15));
        assertThat(bound("variance_scaling")).isCloseTo(2 * Math.sqrt(1.0 / 200) / C, within(1e-15));
        assertThat(std("random_normal")).isEqualTo(0.05);
        assertThat(bound("random_uniform")).isEqualTo(0.05);
        assertThat(bound("truncated_normal")).isCloseTo(0.1, within(1e-15));
    }

    @Test
    void dl4jFormulasWithTheirQuirks() {
        assertThat(std("XAVIER")).isCloseTo(Math.sqrt(2.0 / 500), within(1e-15));
        assertThat(bound("XAVIER_UNIFORM")).isCloseTo(Math.sqrt(6.0 / 500), within(1e-15));
        assertThat(std("XAVIER_FAN_IN")).isCloseTo(Math.sqrt(1.0 / 200), within(1e-15));
        assertThat(std("XAVIER_LEGACY")).as("half Glorot's variance").isCloseTo(Math.sqrt(1.0 / 500), within(1e-15));
        assertThat(std("RELU")).isCloseTo(Math.sqrt(2.0 / 200), within(1e-15));
        assertThat(bound("RELU_UNIFORM")).isCloseTo(Math.sqrt(6.0 / 200), within(1e-15));
        assertThat(std("LECUN_NORMAL")).isCloseTo(Math.sqrt(1.0 / 200), within(1e-15));
        assertThat(std("NORMAL")).isCloseTo(Math.sqrt(1.0 / 200), within(1e-15));
        assertThat(bound("UNIFORM")).isCloseTo(1 / Math.sqrt(200), within(1e-15));
        assertThat(bound("LECUN_UNIFORM")).isCloseTo(3 / Math.sqrt(200), within(1e-15));
        assertThat(std("LECUN_UNIFORM") * std("LECUN_UNIFORM")).as("3x LeCun's variance").isCloseTo(3.0 / 200, within(1e-15));
        assertThat(bound("SIGMOID_UNIFORM")).isCloseTo(4 * Math.sqrt(6.0 / 500), within(1e-15));
        assertThat(std("VAR_SCALING_NORMAL_FAN_IN")).as("cut without correction").isCloseTo(C / Math.sqrt(200), within(1e-15));
        assertThat(std("VAR_SCALING_NORMAL_FAN_OUT")).isCloseTo(C / Math.sqrt(300), within(1e-15));
        assertThat(std("VAR_SCALING_NORMAL_FAN_AVG")).isCloseTo(C / Math.sqrt(250), within(1e-15));
        assertThat(bound("VAR_SCALING_UNIFORM_FAN_IN")).isCloseTo(3 / Math.sqrt(200), within(1e-15));
        assertThat(bound("VAR_SCALING_UNIFORM_FAN_OUT")).isCloseTo(3 / Math.sqrt(300), within(1e-15));
        assertThat(bound("VAR_SCALING_UNIFORM_FAN_AVG")).isCloseTo(3 / Math.sqrt(250), within(1e-15));
    }

    @Test
    void torchFansFollowTheLayout() {
        WeightShape outIn = WeightShape.of(200, 300, Layout.OUT_IN); // stored (300, 200), still fan_in 200
        assertThat(InitializerCatalog.parse("t", "kaiming_normal").std(outIn)).isEqualTo(std("kaiming_normal"));
        assertThat(std("kaiming_normal")).isCloseTo(Math.sqrt(2.0 / 200), within(1e-15));
        assertThat(std("xavier_normal(gain=2)")).isCloseTo(2 * Math.sqrt(2.0 / 500), within(1e-15));
        assertThat(std("trunc_normal")).isCloseTo(C, within(1e-15));
    }
}
