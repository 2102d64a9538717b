package org.initlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.nn.Kernels;
import org.initlab.results.LayerResult;
import org.initlab.results.RunResult;
import org.junit.jupiter.api.Test;

/**
 * The element-by-element comparison of weights between runs is made on the weights the runs really
 * drew: the same law written twice compares at 0 (or the rounding), whatever the seeding rules and
 * biases in between, and two different laws at the ratio of their scales.
 */
class WeightComparisonTest {
    private static final String HE = "kaiming_normal(nonlinearity=relu)";
    private static final String LECUN = "kaiming_normal(nonlinearity=linear)";
    private static final String MSRA = "variance_scaling(scale=2, distribution=untruncated_normal)";

    /** The runs of {@code inits}, the first compared with every other (a claim per pair asks for it). */
    private static List<RunResult> run(String type, String reseed, String dtype, String bias, String... inits) {
        ExperimentDefinition d = ExperimentDefinition.of("w").with("type", type)
                .with("dataset", "gaussian(rows=50, cols=16, seed=0)").with("layers", "16,16,16,1").with("activation", "relu")
                .with("seed", "1").with("reseed", reseed).with("dtype", dtype).with("bias", bias).withInitializers(inits);
        for (int i = 1; i < inits.length; i++) {
            if (!inits[i].equals("lsuv") && !inits[0].equals("lsuv")) {
                d = d.claim("compared", "weights.maxRelDiff(init='" + inits[0] + "', other='" + inits[i] + "') >= 0", true);
            }
        }
        return new ExperimentRunner(Kernels.named("java"), ProgressListener.SILENT).run(ExperimentSpec.of("w", d)).runs();
    }

    @Test
    void heAndMsraAreTheSameWeightsUpToRoundingAndLecunIsThemOverRootTwo() {
        RunResult he = run("activations", "per-layer", "float32", "none", HE, MSRA, LECUN).get(0);
        for (LayerResult layer : he.layers()) {
            assertThat(layer.weightsMaxRelDiff().get(MSRA)).as("layer " + layer.index()).isLessThan(1e-6);
            // LeCun draws the same numbers scaled by 1/√2: max|W − W/√2| / max|W| = 1 − 1/√2
            assertThat(layer.weightsMaxRelDiff().get(LECUN)).as("layer " + layer.index())
                    .isCloseTo(1 - Math.sqrt(0.5), org.assertj.core.data.Offset.offset(1e-6));
            assertThat(layer.weightsMaxRelDiff()).doesNotContainKey(HE);
        }
    }

    /** Without the bias's draws replayed between the layers, layers 2 to 4 would compare two different draws. */
    @Test
    void theSameLawWrittenTwiceComparesAtZeroThroughBiasesAndOneSeed() {
        for (String type : List.of("activations", "gradients")) {
            RunResult first = run(type, "once", "float64", "normal(std=0.1)", "normal(std=1)", "normal(mean=0, std=1)",
                    "normal(std=2)").get(0);
            for (LayerResult layer : first.layers()) {
                assertThat(layer.weightsMaxRelDiff().get("normal(mean=0, std=1)")).as(type + " layer " + layer.index()).isZero();
                assertThat(layer.weightsMaxRelDiff().get("normal(std=2)")).as(type + " layer " + layer.index()).isEqualTo(0.5);
            }
        }
    }

    /** What pre.std of two runs could not tell apart: the same variance from different numbers. */
    @Test
    void twoLawsOfOneVarianceAreFarApart() {
        String uniform = "uniform(a=-1.7320508075688772, b=1.7320508075688772)";
        RunResult normal = run("activations", "once", "float64", "none", "normal(std=1)", uniform).get(0);
        for (LayerResult layer : normal.layers()) {
            assertThat(layer.weightsMaxRelDiff().get(uniform)).as("layer " + layer.index()).isGreaterThan(0.3);
        }
    }

    @Test
    void onlyThePairsAClaimNamesAreDrawnAgain() {
        ExperimentDefinition d = ExperimentDefinition.of("w").with("dataset", "gaussian(rows=50, cols=16, seed=0)")
                .with("layers", "16,16").with("activation", "relu").withInitializers(HE, MSRA, LECUN)
                .claim("he-is-msra", "weights.maxRelDiff(init=" + HE + ", other=" + MSRA + ") < 1e-6", true);
        List<RunResult> runs = new ExperimentRunner(Kernels.named("java"), ProgressListener.SILENT).run(ExperimentSpec.of("w", d)).runs();
        assertThat(runs.get(0).layers().get(0).weightsMaxRelDiff()).containsOnlyKeys(MSRA);
        assertThat(runs.get(1).layers().get(0).weightsMaxRelDiff()).as("no claim compares MSRA with anything").isNull();
        assertThat(runs.get(2).layers().get(0).weightsMaxRelDiff()).isNull();
    }

    @Test
    void dataDependentInitializersAreNotCompared() {
        List<RunResult> runs = run("activations", "once", "float64", "none", HE, "lsuv");
        assertThat(runs.get(0).layers().get(0).weightsMaxRelDiff()).isNull();
        assertThat(runs.get(1).layers().get(0).weightsMaxRelDiff()).isNull();
    }

    @Test
    void theLargestDifferenceIsRelativeToTheLargerMatrix() {
        assertThat(WeightComparison.maxRelativeDifference(new double[] {1, -2}, new double[] {1, -2})).isZero();
        assertThat(WeightComparison.maxRelativeDifference(new double[] {0, 0}, new double[] {0, 0})).isZero();
        assertThat(WeightComparison.maxRelativeDifference(new double[] {0, 0}, new double[] {0, 4})).isEqualTo(1);
        assertThat(WeightComparison.maxRelativeDifference(new double[] {1, -4}, new double[] {1.5, -3})).isEqualTo(0.25);
    }
}
