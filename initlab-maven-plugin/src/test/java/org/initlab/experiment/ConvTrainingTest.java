package org.initlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.data.Dataset;
import org.initlab.data.DatasetCatalog;
import org.initlab.layers.PlannedLayer;
import org.initlab.nn.Activation;
import org.initlab.nn.Kernels;
import org.initlab.nn.MutableConvNet;
import org.initlab.nn.TrainingPass;
import org.initlab.numeric.Matrix;
import org.initlab.results.ExperimentResult;
import org.initlab.results.LayerResult;
import org.initlab.results.RunResult;
import org.initlab.testing.SharedDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Training experiments of convolutional networks: drawn as the activations experiment draws them, run end to end. */
class ConvTrainingTest {
    private static final String LAYERS = "conv2d(out=3, kernel=3, padding=1), maxpool(k=2), conv2d(out=2, kernel=3),"
            + " avgpool(k=1), flatten, dense(n=4), dense(n=3)";
    private static final String DATA = "gaussian(rows=7, channels=2, height=9, width=9, seed=4)";

    private static ExperimentDefinition definition(String type, String init) {
        return ExperimentDefinition.of("c").with("type", type).with("dataset", DATA).with("layers", LAYERS)
                .with("activation", "tanh").with("layout", "out-in").with("seed", "7").with("outputActivation", "softmax")
                .with("loss", "ce").withInitializers(init);
    }

    /** The activations experiment's settings without the training ones. */
    private static ExperimentDefinition activations(String init) {
        return ExperimentDefinition.of("c").with("type", "activations").with("dataset", DATA).with("layers", LAYERS)
                .with("activation", "tanh").with("layout", "out-in").with("seed", "7").withInitializers(init);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"torch:default", "kaiming_normal(nonlinearity=relu)", "'normal(std=0.4)'"})
    void theFirstForwardPassIsTheActivationsExperiments(String init) {
        ExperimentSpec training = ExperimentSpec.of("e", definition("training", init));
        ExperimentSpec measured = ExperimentSpec.of("e", activations(init));
        Dataset data = DatasetCatalog.load("dataset", DATA);
        List<PlannedLayer> plan = training.architecture().plan("layers", data.sample());
        MutableConvNet net = TrainingExperiment.draw(training, plan, training.initializers().get(0).initializer(),
                Activation.TANH, training.rng().create(training.seed()));
        TrainingPass pass = net.pass(data.inputs().rows(), false, Kernels.named("java"));
        System.arraycopy(data.inputs().data(), 0, pass.inputs(), 0, data.inputs().data().length);
        double[] probabilities = pass.forward();

        List<NetworkPass.Step> steps = NetworkPass.run(measured, data, measured.initializers().get(0).initializer(),
                Activation.TANH, Kernels.named("java"));
        Matrix logits = steps.get(steps.size() - 1).pre(); // the activations experiment puts tanh where training puts softmax
        int n = logits.rows();
        int k = logits.cols();
        for (int j = 0; j < n; j++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                max = Math.max(max, logits.get(j, c));
            }
            double total = 0;
            for (int c = 0; c < k; c++) {
                total += Math.exp(logits.get(j, c) - max);
            }
            for (int c = 0; c < k; c++) {
                double expected = Math.exp(logits.get(j, c) - max) / total;
                assertThat(Math.abs(probabilities[c * n + j] - expected)).as("sample " + j + " class " + c)
                        .isLessThan(1e-12);
            }
        }
        int weighted = 0;
        for (NetworkPass.Step step : steps) {
            if (step.stored() != null) {
                weighted++;
                assertThat(net.weights(weighted)).as("weights of weighted layer " + weighted).containsExactly(step.stored());
            }
        }
        assertThat(weighted).isEqualTo(net.layers()).isEqualTo(4);
        boolean library = init.equals("torch:default");
        assertThat(net.biases(1)).as("torch:default draws its bias, the others none").matches(b -> library
                ? java.util.Arrays.stream(b).allMatch(v -> v != 0) : java.util.Arrays.stream(b).allMatch(v -> v == 0));
    }

    @Test
    void aSmallCnnTrainsOnMnistAndZerosKeepsOneChannel() {
        ExperimentDefinition d = ExperimentDefinition.of("cnn").with("type", "training")
                .with("dataset", "mnist(split=train, limit=300, mean=0.1307, std=0.3081)")
                .with("testDataset", "mnist(split=test, limit=200, mean=0.1307, std=0.3081)")
                .with("layers", "conv2d(out=4, kernel=5), maxpool(k=2), flatten, dense(n=10)").with("activation", "relu")
                .with("outputActivation", "softmax").with("loss", "ce").with("optimizer", "adam").with("learningRate", "0.01")
                .with("epochs", "2").with("batchSize", "50").with("recordEvery", "1").with("seed", "0")
                .withInitializers("zeros", "kaiming_normal(nonlinearity=relu)");
        ExperimentResult result = new ExperimentRunner(Kernels.named("auto"), SharedDatasets.context(Path.of(".")),
                ProgressListener.SILENT).run(ExperimentSpec.of("e", d));
        RunResult zeros = result.runs().get(0);
        RunResult he = result.runs().get(1);
        assertThat(he.layers()).extracting(LayerResult::layer)
                .containsExactly("conv2d(out=4, kernel=5)", "maxpool(k=2)", "flatten", "dense(n=10)");
        assertThat(he.layers()).extracting(LayerResult::shape).containsExactly("4×24×24", "4×12×12", "576", "10");
        assertThat(he.layers().get(0).weights().count()).isEqualTo(4 * 25);
        assertThat(he.layers().get(1).weights()).isNull();
        assertThat(he.training().costs()).hasSize(12);
        assertThat(zeros.training().distinctUnits()).containsExactly(1);
        assertThat(he.training().distinctUnits()).containsExactly(4);
        double first = he.training().costs().get(0).cost();
        double last = he.training().costs().get(11).cost();
        assertThat(last).as("He's cost falls").isLessThan(0.5 * first);
        assertThat(he.training().testAccuracy()).as("He learns").isGreaterThan(0.6);
        assertThat(zeros.training().testAccuracy()).as("zeros guesses one class").isLessThan(0.3);
    }
}
