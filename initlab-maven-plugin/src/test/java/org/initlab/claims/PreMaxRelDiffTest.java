package org.initlab.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.layers.Network;
import org.initlab.numeric.SampleShape;
import org.initlab.results.ExperimentResult;
import org.initlab.results.LayerResult;
import org.initlab.results.RunResult;
import org.initlab.settings.ConfigException;
import org.initlab.settings.Problems;
import org.initlab.tensor.Reference;
import org.junit.jupiter.api.Test;

/**
 * {@code pre.maxRelDiff(…, ref, border)} reads the recorded comparison of a layer's output with a reference computed
 * from its input, and {@code <stat>.rms} the root mean square; the plan refuses a comparison that does not fit a layer.
 */
class PreMaxRelDiffTest {
    private static final String WHERE = "experiment 'r' <claims>[1]";

    private static LayerResult layer(int index, Map<String, Double> references) {
        return new LayerResult(index, 72, 72, Fixtures.stats(index), Fixtures.stats(index + 1), Fixtures.stats(index + 2), null,
                null, null, null, null, "conv2d(out=8, kernel=3, padding=1)", "8×8×8", references);
    }

    private static ExperimentResult result() {
        RunResult dirac = new RunResult("dirac", "relu", 1, List.of(layer(1, Map.of("input", 0.0, "bilinear(border=1)", 0.5)),
                layer(2, Map.of("input", 0.0, "bilinear(border=1)", 0.75)), layer(3, Map.of("input", 1e-17))), null);
        return new ExperimentResult("r", "activations", "R", "gaussian", 1, List.of(dirac), List.of());
    }

    private static double read(String metric) {
        return ClaimEvaluator.evaluate(ClaimParser.parse(WHERE, metric + " == 0"), null, true, result()).value();
    }

    @Test
    void oneLayerOrTheLargestOverTheLayers() {
        assertThat(read("pre.maxRelDiff(init=dirac, layer=2, ref=input)")).isZero();
        assertThat(read("pre.maxRelDiff(init=dirac, ref=input)")).isEqualTo(1e-17);
        assertThat(read("pre.maxRelDiff(init=dirac, layer=2, ref=bilinear, border=1)")).isEqualTo(0.75);
    }

    @Test
    void rendersWithItsReferenceAndBorder() {
        Claim claim = ClaimParser.parse(WHERE, "pre.maxRelDiff(init=bilinear, layer=1, ref=bilinear-zeros, border=2) < 1e-12");
        assertThat(claim.render()).isEqualTo("pre.maxRelDiff(init=bilinear, layer=1, ref=bilinear-zeros, border=2) < 1.0E-12");
        assertThat(claim.metrics().get(0).check()).isEqualTo(new Reference.Check(Reference.BILINEAR_ZEROS, 2));
        assertThat(claim.metrics().get(0).check().key()).isEqualTo("bilinear-zeros(border=2)");
    }

    @Test
    void aMisspeltReferenceOrBorderIsNamedWithTheValidOnes() {
        assertThatThrownBy(() -> ClaimParser.parse(WHERE, "pre.maxRelDiff(init=dirac, ref=bilinaer) == 0"))
                .isInstanceOf(ClaimException.class)
                .hasMessageContaining("column 32")
                .hasMessageContaining("unknown ref 'bilinaer' (did you mean 'bilinear'?); valid refs: input, bilinear, bilinear-zeros");
        assertThatThrownBy(() -> ClaimParser.parse(WHERE, "pre.maxRelDiff(init=dirac, ref=input, border=-1) == 0"))
                .isInstanceOf(ClaimException.class)
                .hasMessageContaining("border must be a number of pixels (0, 1, 2, …), got '-1'");
        assertThatThrownBy(() -> ClaimParser.parse(WHERE, "pre.maxRelDiff(init=dirac, layer=1) == 0"))
                .isInstanceOf(ClaimException.class).hasMessageContaining("'pre.maxRelDiff' needs init=… and ref=…; missing ref");
        assertThatThrownBy(() -> ClaimParser.parse(WHERE, "post.maxRelDiff(init=dirac, ref=input) == 0"))
                .isInstanceOf(ClaimException.class).hasMessageContaining("unknown field 'maxRelDiff' of 'post'");
    }

    @Test
    void aComparisonThatWasNotRecordedForALayerNamesWhatTheLayerMustBe() {
        assertThatThrownBy(() -> read("pre.maxRelDiff(init=dirac, ref=bilinear, border=1)"))
                .isInstanceOf(ClaimException.class)
                .hasMessageContaining("run 'dirac' × 'relu' recorded no comparison of layer 3 conv2d(out=8, kernel=3, padding=1) → 8×8×8"
                        + " with ref=bilinear, border=1: the layer must take and give images of as many channels, and an image output"
                        + " more than 2 pixels on each side");
    }

    @Test
    void rmsIsTheRootMeanSquare() {
        // Fixtures.stats(2): mean 2.1, std 2.2
        assertThat(read("pre.rms(init=dirac, layer=1)")).isCloseTo(Math.sqrt(2.1 * 2.1 + 2.2 * 2.2), org.assertj.core.api.Assertions.within(1e-15));
    }

    @Test
    void thePlanRefusesAComparisonWithALayerItDoesNotFitBeforeAnythingRuns() {
        ExperimentDefinition d = ExperimentDefinition.of("r").with("dataset", "gaussian(rows=2, channels=2, height=6, width=6, seed=0)")
                .with("layers", "conv2d(out=2, kernel=3, padding=1), conv2d(out=4, kernel=3, padding=1)").with("activation", "relu")
                .withInitializers("dirac")
                .claim("fits", "layer 1 keeps the shape", "pre.maxRelDiff(init=dirac, layer=1, ref=input) == 0", true)
                .claim("does-not", "layer 2 doubles the channels", "pre.maxRelDiff(init=dirac, ref=input) == 0", true);
        ExperimentSpec spec = ExperimentSpec.of("r", d);
        var planned = Network.parse("layers", spec.architecture().text()).plan("layers", SampleShape.image(2, 6, 6));
        Problems problems = new Problems();
        ClaimPlan.check(spec, planned, problems);
        assertThatThrownBy(problems::throwIfAny).isInstanceOf(ConfigException.class)
                .hasMessageContaining("experiment 'r' <claims>[2], column 32 of \"pre.maxRelDiff(init=dirac, ref=input) == 0\": "
                        + "run 'dirac' × 'relu' recorded no comparison of layer 2 conv2d(out=4, kernel=3, padding=1) → 4×6×6 with"
                        + " ref=input: the layer must give the shape it takes")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("<claims>[1]"));
        Problems unknownShapes = new Problems();
        ClaimPlan.check(spec, unknownShapes);
        assertThat(unknownShapes.isEmpty()).as("without the shapes every comparison is assumed to fit").isTrue();
    }
}
