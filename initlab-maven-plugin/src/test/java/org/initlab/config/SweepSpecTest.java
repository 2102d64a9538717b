package org.initlab.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SweepSpecTest {

    private static ExperimentDefinition sweep() {
        return ExperimentDefinition.of("s").with("type", "sweep").with("dataset", "gaussian(rows=10, cols=4, seed=0)")
                .with("depths", "1, 2,4").with("width", "8").with("activation", "tanh,relu")
                .withInitializers("xavier_normal", "normal(std=0.01)");
    }

    @Test
    void aValidSweepHasOneWidthTheDefaultStatisticAndNoLayers() {
        ExperimentSpec spec = ExperimentSpec.of("experiments[1]", sweep());
        assertThat(spec.type()).isEqualTo(ExperimentType.SWEEP);
        assertThat(spec.sweep().depths()).containsExactly(1, 2, 4);
        assertThat(spec.sweep().widths()).containsExactly(8);
        assertThat(spec.sweep().widthAxis()).isFalse();
        assertThat(spec.sweep().maxDepth()).isEqualTo(4);
        assertThat(spec.sweep().statistic()).isEqualTo(SweepStatistic.POST_STD_LAST);
        assertThat(spec.layers()).isEmpty();
        assertThat(spec.runCount()).isEqualTo(4);
    }

    @Test
    void widthsGiveAWidthAxisAndEveryStatisticParses() {
        ExperimentSpec spec = ExperimentSpec.of("e", sweep().with("width", null).with("widths", "4,16")
                .with("statistic", "gradientRatio"));
        assertThat(spec.sweep().widths()).containsExactly(4, 16);
        assertThat(spec.sweep().widthAxis()).isTrue();
        assertThat(spec.sweep().statistic().needsBackwardPass()).isTrue();
        for (String name : SweepStatistic.names()) {
            assertThat(ExperimentSpec.of("e", sweep().with("statistic", name)).sweep().statistic().text()).isEqualTo(name);
        }
        assertThat(SweepStatistic.POST_ZERO_FRACTION_LAST.logScale()).isFalse();
    }

    @Test
    void everyBadSweepSettingIsNamedWithWhatWasExpected() {
        assertThatThrownBy(() -> ExperimentSpec.of("e", sweep().with("depths", null)))
                .hasMessage("experiment 's' <depths>: is required but missing");
        assertThatThrownBy(() -> ExperimentSpec.of("e", sweep().with("depths", "2,0")))
                .hasMessage("experiment 's' <depths>: each depth must be a positive integer up to 1000, got 0");
        assertThatThrownBy(() -> ExperimentSpec.of("e", sweep().with("depths", "2,x")))
                .hasMessage("experiment 's' <depths>: each depth must be a positive integer, got 'x'");
        assertThatThrownBy(() -> ExperimentSpec.of("e", sweep().with("depths", "2,4,2")))
                .hasMessage("experiment 's' <depths>: depth 2 is listed twice");
        assertThatThrownBy(() -> ExperimentSpec.of("e", sweep().with("depths", ",")))
                .hasMessage("experiment 's' <depths>: expected a comma list of positive integers, got ','");
        assertThatThrownBy(() -> ExperimentSpec.of("e", sweep().with("width", null)))
                .hasMessage("experiment 's' <width>: is required but missing (or give <widths> for a width axis)");
        assertThatThrownBy(() -> ExperimentSpec.of("e", sweep().with("width", "8,16")))
                .hasMessage("experiment 's' <width>: each width must be a positive integer, got '8,16'");
        assertThatThrownBy(() -> ExperimentSpec.of("e", sweep().with("width", "-3")))
                .hasMessage("experiment 's' <width>: each width must be a positive integer up to 100000, got -3");
        assertThatThrownBy(() -> ExperimentSpec.of("e", sweep().with("widths", "8,16")))
                .hasMessage("experiment 's': give either <width> (one hidden width) or <widths> (a width axis), not both");
        assertThatThrownBy(() -> ExperimentSpec.of("e", sweep().with("statistic", "post.std@lats")))
                .hasMessageStartingWith("experiment 's' <statistic>: unknown statistic 'post.std@lats' (did you mean 'post.std@last'?)")
                .hasMessageContaining("valid: post.std@last, pre.std@last, post.zeroFraction@last, gradientRatio, post.std.ratio");
        assertThatThrownBy(() -> ExperimentSpec.of("e", sweep().with("layers", "8,8")))
                .hasMessageStartingWith("experiment 's': <layers> is not a setting of sweep experiments: each network of the grid is"
                        + " <depths> × <width>");
        assertThatThrownBy(() -> ExperimentSpec.of("e", sweep().with("bins", "10")))
                .hasMessageStartingWith("experiment 's': <bins> is not a setting of sweep experiments");
    }

    @Test
    void sweepSettingsBelongToSweepsOnly() {
        ExperimentDefinition activations = ExperimentDefinition.of("a").with("dataset", "gaussian(rows=10, cols=4, seed=0)")
                .with("layers", "4").with("activation", "tanh").with("depths", "1,2").withInitializers("zeros");
        assertThatThrownBy(() -> ExperimentSpec.of("e", activations))
                .hasMessageStartingWith("experiment 'a': <depths> is not a setting of activations experiments");
    }
}
