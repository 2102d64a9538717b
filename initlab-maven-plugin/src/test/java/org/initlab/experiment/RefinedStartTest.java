package org.initlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.data.Dataset;
import org.initlab.data.DatasetCatalog;
import org.initlab.init.DataDependentInitializer;
import org.initlab.init.InitializerCatalog;
import org.initlab.nn.Activation;
import org.initlab.nn.Kernels;
import org.initlab.numeric.Matrix;
import org.initlab.numeric.MatrixKernel;
import org.initlab.nn.MutableMlp;
import org.initlab.nn.OutputActivation;
import org.initlab.nn.Schedule;
import org.initlab.random.NumpyRandom;
import org.initlab.results.ExperimentResult;
import org.initlab.results.RunResult;
import org.junit.jupiter.api.Test;

/** LSUV in training: the network starts from weights refined on its first batch. */
class RefinedStartTest {
    private static final MatrixKernel KERNEL = Kernels.named("java");

    @Test
    void everyLayerMeetsTheTargetOnTheFirstMinibatch() {
        Dataset data = DatasetCatalog.load("dataset", "gaussian(rows=500, cols=20, seed=4, std=3)");
        int[] sizes = {20, 30, 30, 5};
        DataDependentInitializer lsuv = (DataDependentInitializer) InitializerCatalog.parse("i", "lsuv(tol=0.02)");
        MutableMlp net = MutableMlp.initialize(sizes, Activation.TANH, OutputActivation.SOFTMAX, lsuv, null, new NumpyRandom(1));
        RefinedStart.refine(net, lsuv, data, Schedule.minibatch(1, 64), KERNEL);

        Matrix x = new Matrix(64, 20, java.util.Arrays.copyOf(data.inputs().data(), 64 * 20));
        for (int l = 1; l <= net.layers(); l++) {
            Matrix w = new Matrix(sizes[l], sizes[l - 1], net.weights(l)).transpose();
            Matrix z = KERNEL.multiply(x, w);
            assertThat(variance(z.data())).as("Var(x·W) of layer %d on the first 64 rows", l).isCloseTo(1, within(0.02));
            Activation.TANH.applyInPlace(z.data());
            x = z;
        }
    }

    @Test
    void refiningDrawsNoRandomNumbersAndChangesTheTrainingOnlyThroughTheWeights() {
        ExperimentDefinition d = ExperimentDefinition.of("lsuv-training").with("type", "training")
                .with("dataset", "circles(samples=200, noise=0.1, seed=2)").with("layers", "10,5,1")
                .with("activation", "relu").with("outputActivation", "sigmoid").with("loss", "bce")
                .with("learningRate", "0.05").with("iterations", "300").with("recordEvery", "100").with("seed", "3")
                .withInitializers("orthogonal", "lsuv(maxIter=0)", "lsuv");
        ExperimentResult result = new ExperimentRunner(KERNEL, ProgressListener.SILENT).run(ExperimentSpec.of("lsuv-training", d));
        RunResult orthogonal = result.runs().get(0);
        RunResult frozen = result.runs().get(1);
        RunResult fitted = result.runs().get(2);
        assertThat(frozen.training().costs()).as("maxIter=0 trains exactly like its base").isEqualTo(orthogonal.training().costs());
        assertThat(frozen.training().trainAccuracy()).isEqualTo(orthogonal.training().trainAccuracy());
        assertThat(fitted.layers().get(0).weights().std()).as("the first layer was rescaled")
                .isNotCloseTo(orthogonal.layers().get(0).weights().std(), within(1e-6));
        assertThat(fitted.training().costs().get(0).cost()).isNotEqualTo(orthogonal.training().costs().get(0).cost());
    }

    private static double variance(double[] v) {
        double mean = 0;
        for (double x : v) {
            mean += x / v.length;
        }
        double sum = 0;
        for (double x : v) {
            sum += (x - mean) * (x - mean);
        }
        return sum / v.length;
    }
}
