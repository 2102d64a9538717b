package org.initlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.nn.Kernels;
import org.initlab.results.LayerResult;
import org.initlab.results.RunResult;
import org.initlab.results.Stats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mean-field line against real forward passes, 200 units wide on Gaussian inputs.
 *
 * <p>Mean field predicts the average over weight draws. One tanh network follows it layer by layer,
 * because tanh's length map pulls every layer back towards its fixed point. One sigmoid or ReLU
 * network need not: the sigmoid's outputs have mean ½, so each unit carries a fixed offset
 * ½·Σᵢwᵢⱼ, and the pooled variance is dominated by 200 such offsets (√(2/200) = 10 % scatter);
 * ReLU's map is marginal, so each layer's few-percent finite-width error compounds (Hanin &amp;
 * Rolnick 2018). Those are checked on the mean over eight weight seeds.
 */
class MeanFieldAgainstMeasurementTest {
    private static final int SEEDS = 8;

    private static List<RunResult> run(String type, String activation, String bias, int seed, String... inits) {
        ExperimentDefinition d = ExperimentDefinition.of("mf").with("type", type)
                .with("dataset", "gaussian(rows=1000, cols=200, seed=4)").with("layers", "200,200,200,200")
                .with("activation", activation).with("seed", Integer.toString(seed)).with("bias", bias)
                .withInitializers(inits);
        return new ExperimentRunner(Kernels.named("java"), ProgressListener.SILENT).run(ExperimentSpec.of("mf", d)).runs();
    }

    @Test
    void oneTanhNetworkFollowsTheMeanFieldAtEveryLayerWhereTheLinearApproximationDoesNot() {
        for (RunResult run : run("activations", "tanh", "none", 7, "normal(std=1)", "normal(std=0.2)", "xavier_normal",
                "kaiming_normal(nonlinearity=relu)", "normal(std=0.01)")) {
            for (LayerResult layer : run.layers()) {
                double ratio = layer.pre().variance() / layer.theory().meanFieldPreVariance();
                assertThat(Math.abs(ratio - 1)).as(run.initializer() + " layer " + layer.index() + ": measured/mean-field "
                        + ratio).isLessThan(0.04);
            }
        }
        LayerResult chaotic = run("activations", "tanh", "none", 7, "normal(std=1)").get(0).layers().get(3);
        assertThat(chaotic.theory().preVariance() / chaotic.pre().variance()).as("linear approximation / measured")
                .isGreaterThan(1e4);
    }

    static Stream<Arguments> networks() {
        List<Arguments> all = new ArrayList<>();
        for (String act : List.of("tanh", "sigmoid", "relu", "leaky_relu")) {
            all.add(Arguments.of(act, "none"));
            all.add(Arguments.of(act, "normal(std=0.1)"));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}, bias {1}")
    @MethodSource("networks")
    void theMeanOverWeightDrawsFollowsTheMeanField(String activation, String bias) {
        String[] inits = {"normal(std=1)", "xavier_normal", "kaiming_normal(nonlinearity=relu)", "normal(std=0.2)"};
        double[][] ratio = new double[inits.length][4];
        for (int seed = 1; seed <= SEEDS; seed++) {
            List<RunResult> runs = run("activations", activation, bias, seed, inits);
            for (int r = 0; r < runs.size(); r++) {
                for (LayerResult layer : runs.get(r).layers()) {
                    ratio[r][layer.index() - 1] += layer.pre().variance() / layer.theory().meanFieldPreVariance() / SEEDS;
                }
            }
        }
        for (int r = 0; r < inits.length; r++) {
            for (int l = 0; l < 4; l++) {
                assertThat(Math.abs(ratio[r][l] - 1)).as(inits[r] + " layer " + (l + 1) + ": mean measured/mean-field "
                        + ratio[r][l]).isLessThan(0.06);
            }
        }
    }

    /**
     * χ per layer against the measured growth of E[(∂L/∂a)²] one layer down. The top layer is left
     * out: with L = ½‖a_L‖² its error is the output itself, which is correlated with φ′(h_L) (large
     * |tanh| where tanh′ is small), so E[(a·φ′)²] ≠ E[a²]·E[φ′²] there; below it the error has been
     * mixed by a weight matrix and the independence χ assumes holds.
     */
    @Test
    void backwardGainPredictsHowTheErrorGrowsThroughChaoticTanhAndShrinksThroughXavierSigmoid() {
        for (String act : List.of("tanh", "sigmoid")) {
            for (RunResult run : run("gradients", act, "none", 7, "normal(std=1)", "xavier_normal")) {
                for (int l = 1; l < run.layers().size() - 1; l++) {
                    LayerResult below = run.layers().get(l - 1);
                    LayerResult layer = run.layers().get(l);
                    double measured = meanSquare(below.activationGradient()) / meanSquare(layer.activationGradient());
                    double predicted = layer.theory().backwardGain();
                    assertThat(measured / predicted).as(act + " " + run.initializer() + " layer " + layer.index()
                            + ": measured gain " + measured + ", χ " + predicted).isBetween(0.9, 1.1);
                }
            }
        }
        LayerResult chaotic = run("gradients", "tanh", "none", 7, "normal(std=1)").get(0).layers().get(1);
        assertThat(chaotic.theory().backwardGain()).as("N(0,1)+tanh is chaotic: χ > 1").isGreaterThan(5);
    }

    private static double meanSquare(Stats s) {
        return s.std() * s.std() + s.mean() * s.mean();
    }
}
