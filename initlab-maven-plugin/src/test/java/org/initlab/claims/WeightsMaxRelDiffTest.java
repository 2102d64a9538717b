package org.initlab.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.initlab.results.ExperimentResult;
import org.initlab.results.LayerResult;
import org.initlab.results.RunResult;
import org.junit.jupiter.api.Test;

/** {@code weights.maxRelDiff} reads the recorded element-by-element comparison of two runs' weights. */
class WeightsMaxRelDiffTest {
    private static final String WHERE = "experiment 'w' <claims>[1]";
    private static final String HE = "kaiming_normal(nonlinearity=relu)";
    private static final String MSRA = "variance_scaling(scale=2, distribution=untruncated_normal)";

    private static LayerResult layer(int index, Map<String, Double> differences) {
        return new LayerResult(index, 16, 16, Fixtures.stats(index), Fixtures.stats(index + 1), Fixtures.stats(index + 2), null,
                null, null, null, differences);
    }

    private static ExperimentResult result() {
        RunResult he = new RunResult(HE, "relu", 1, List.of(layer(1, Map.of(MSRA, 1e-8, "lsuv", 0.5)),
                layer(2, Map.of(MSRA, 3e-8)), layer(3, Map.of(MSRA, 2e-8))), null);
        RunResult msra = new RunResult(MSRA, "relu", 1, List.of(layer(1, Map.of(HE, 1e-8)), layer(2, Map.of(HE, 3e-8)),
                layer(3, Map.of(HE, 2e-8))), null);
        RunResult lsuv = new RunResult("lsuv", "relu", 1, List.of(layer(1, null), layer(2, null), layer(3, null)), null);
        return new ExperimentResult("w", "activations", "W", "abalone", 1, List.of(he, msra, lsuv), List.of());
    }

    private static double read(String metric) {
        return ClaimEvaluator.evaluate(ClaimParser.parse(WHERE, metric + " == 0"), null, true, result()).value();
    }

    @Test
    void oneLayerOrTheLargestOverTheLayers() {
        assertThat(read("weights.maxRelDiff(init=" + HE + ", other=" + MSRA + ", act=relu, layer=1)")).isEqualTo(1e-8);
        assertThat(read("weights.maxRelDiff(init=" + HE + ", other=" + MSRA + ", layer=last)")).isEqualTo(2e-8);
        assertThat(read("weights.maxRelDiff(init=" + HE + ", other='" + MSRA.replace(" ", "") + "')")).isEqualTo(3e-8);
    }

    @Test
    void rendersWithItsOtherInitializer() {
        Claim claim = ClaimParser.parse(WHERE, "weights.maxRelDiff(init=" + HE + ", other=" + MSRA + ", act=relu) < 1e-6");
        assertThat(claim.render()).isEqualTo("weights.maxRelDiff(init=" + HE + ", other=" + MSRA + ", act=relu) < 1.0E-6");
        assertThat(claim.metrics().get(0).other().value()).isEqualTo(MSRA);
    }

    @Test
    void needsTheOtherInitializer() {
        assertThatThrownBy(() -> ClaimParser.parse(WHERE, "weights.maxRelDiff(init=" + HE + ", layer=1) < 1e-6"))
                .isInstanceOf(ClaimException.class).hasMessageContaining("'weights.maxRelDiff' needs init=… and other=…; missing other");
    }

    @Test
    void anOtherInitializerThatDidNotRunIsAWrongPom() {
        assertThatThrownBy(() -> read("weights.maxRelDiff(init=" + HE + ", other=xavier_normal)"))
                .isInstanceOf(ClaimException.class)
                .hasMessageContaining("other='xavier_normal' names no run")
                .hasMessageContaining("the runs' initializers: " + HE + ", " + MSRA + ", lsuv");
    }

    @Test
    void aRunThatComparedNothingSaysWhy() {
        assertThatThrownBy(() -> read("weights.maxRelDiff(init=lsuv, other=" + HE + ", layer=2)"))
                .isInstanceOf(ClaimException.class)
                .hasMessageContaining("recorded no comparison of its weights with '" + HE + "' for layer 2")
                .hasMessageContaining("data-dependent initializer such as lsuv");
    }

    @Test
    void aStatisticFieldOfTheSameNameIsStillUnknownElsewhere() {
        // pre.maxRelDiff is a metric of its own (a layer against a reference); post and gradient have no such field
        assertThatThrownBy(() -> ClaimParser.parse(WHERE, "post.maxRelDiff(init=" + HE + ", layer=1) < 1"))
                .isInstanceOf(ClaimException.class).hasMessageContaining("unknown field 'maxRelDiff' of 'post'");
    }
}
