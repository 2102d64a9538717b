package org.initlab.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.initlab.results.ExperimentResult;
import org.initlab.results.LayerResult;
import org.initlab.results.RunResult;
import org.initlab.theory.MomentSource;
import org.junit.jupiter.api.Test;

/** {@code meanFieldVar} and {@code backwardGain} read the layer's mean-field figures, not the linear approximation. */
class TheoryMetricsTest {
    private static final String WHERE = "experiment 'mf' <claims>[1]";

    private static ExperimentResult result() {
        LayerResult.Theory first = new LayerResult.Theory(0.01, 1.0, 0.0, MomentSource.FORMULA, 0.394, 0.21, 5.5);
        LayerResult.Theory second = new LayerResult.Theory(0.01, 1.0, 0.0, MomentSource.FORMULA, 0.236, 0.15, 0.7);
        RunResult run = new RunResult("xavier_normal", "tanh", 1, List.of(
                new LayerResult(1, 100, 100, Fixtures.stats(1), Fixtures.stats(2), Fixtures.stats(3), null, null, first, null),
                new LayerResult(2, 100, 100, Fixtures.stats(4), Fixtures.stats(5), Fixtures.stats(6), null, null, second, null),
                new LayerResult(3, 100, 100, Fixtures.stats(7), Fixtures.stats(8), Fixtures.stats(9), null, null,
                        new LayerResult.Theory(0.01, 1.0), null)), null);
        return new ExperimentResult("mf", "activations", "MF", "gaussian(rows=10, cols=100, seed=0)", 0, List.of(run), List.of());
    }

    private static double read(String metric) {
        return ClaimEvaluator.evaluate(ClaimParser.parse(WHERE, metric + " == 0"), null, true, result()).value();
    }

    @Test
    void eachMetricReadsItsOwnFigure() {
        assertThat(read("meanFieldVar(init=xavier_normal, layer=1)")).isEqualTo(0.394);
        assertThat(read("meanFieldVar(init=xavier_normal, act=tanh, layer=2)")).isEqualTo(0.236);
        assertThat(read("backwardGain(init=xavier_normal, layer=1)")).isEqualTo(5.5);
        assertThat(read("predictedVar(init=xavier_normal, layer=2)")).isEqualTo(1.0);
    }

    @Test
    void aLayerWithoutTheFigureSaysWhichOneIsMissing() {
        assertThatThrownBy(() -> read("backwardGain(init=xavier_normal, layer=3)"))
                .isInstanceOf(ClaimException.class)
                .hasMessageEndingWith("recorded no backward gain (theory.backwardGain) for layer 3 (experiment type 'activations')");
        assertThatThrownBy(() -> read("meanFieldVar(init=xavier_normal, layer=last)"))
                .hasMessageContaining("no mean-field variance (theory.meanFieldPreVariance)");
    }
}
