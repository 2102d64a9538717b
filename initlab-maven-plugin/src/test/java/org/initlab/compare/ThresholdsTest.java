package org.initlab.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThresholdsTest {
    private final Thresholds t = Thresholds.DEFAULTS;

    @Test
    void relativeAboveTheFloorAbsoluteBelowIt() {
        assertThat(t.statisticMoved(1000.0, 1000.0 + 1e-7)).as("1e-10 relative").isFalse();
        assertThat(t.statisticMoved(1000.0, 1000.0 + 1e-5)).as("1e-8 relative").isTrue();
        assertThat(t.statisticMoved(0.0, 5e-13)).as("below the 1e-12 floor").isFalse();
        assertThat(t.statisticMoved(0.0, 2e-12)).isTrue();
        assertThat(t.statisticMoved(-3.0, 3.0)).isTrue();
    }

    @Test
    void nonFiniteValuesEqualOnlyThemselves() {
        assertThat(t.statisticMoved(Double.NaN, Double.NaN)).isFalse();
        assertThat(t.statisticMoved(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY)).isFalse();
        assertThat(t.statisticMoved(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)).isTrue();
        assertThat(t.statisticMoved(Double.NaN, 1.0)).isTrue();
        assertThat(t.accuracyMoved(1.0, Double.NaN)).isTrue();
        assertThat(t.accuracyMoved(0.5, 0.5 + 1e-10)).isFalse();
        assertThat(t.accuracyMoved(0.5, 0.51)).isTrue();
    }

    @Test
    void aNegativeOrNonFiniteThresholdIsRejectedByName() {
        assertThatThrownBy(() -> new Thresholds(1e-9, 1e-12, -0.1, 1e-9))
                .hasMessage("histogramThreshold must be a finite number >= 0, got -0.1");
        assertThatThrownBy(() -> new Thresholds(Double.NaN, 1e-12, 0.1, 1e-9))
                .hasMessageStartingWith("relativeThreshold must be");
    }
}
