package org.initlab.nn;

import org.initlab.numeric.MatrixKernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.initlab.data.Circles;
import org.initlab.data.Dataset;
import org.initlab.init.InitializerCatalog;
import org.initlab.nn.TrainingResult.Cost;
import org.initlab.random.NumpyRandom;
import org.junit.jupiter.api.Test;

class TrainerTest {
    private static final Dataset CIRCLES = Circles.generate(200, 0.05, 0.5, 0);

    /** Backpropagation against central differences of the cost, for every weight of a small net. */
    @Test
    void gradientsMatchFiniteDifferences() {
        for (Loss loss : new Loss[] {Loss.BCE, Loss.MSE}) {
            OutputActivation out = loss == Loss.BCE ? OutputActivation.SIGMOID : OutputActivation.LINEAR;
            MutableMlp net = MutableMlp.initialize(new int[] {2, 4, 3, 1}, Activation.TANH, out,
                    InitializerCatalog.parse("i", "normal"), InitializerCatalog.parse("b", "normal(std=0.1)"), new NumpyRandom(7));
            Batch batch = Batch.of(CIRCLES, net, "data");
            BatchPass pass = new BatchPass(net, batch.x(), batch.y(), batch.m());
            Gradients grads = new Gradients(net);
            pass.forward();
            pass.backward(loss, grads);
            for (int l = 1; l <= net.layers(); l++) {
                checkAgainstNumeric(pass, loss, net.weights(l), grads.weights(l));
                checkAgainstNumeric(pass, loss, net.biases(l), grads.biases(l));
            }
        }
    }

    private static void checkAgainstNumeric(BatchPass pass, Loss loss, double[] params, double[] analytic) {
        double h = 1e-6;
        for (int i = 0; i < params.length; i++) {
            double keep = params[i];
            params[i] = keep + h;
            pass.forward();
            double up = pass.cost(loss);
            params[i] = keep - h;
            pass.forward();
            double down = pass.cost(loss);
            params[i] = keep;
            assertThat(analytic[i]).isCloseTo((up - down) / (2 * h), within(1e-7));
        }
    }

    @Test
    void adamTrainsASoftmaxClassifier() {
        TrainingConfig config = new TrainingConfig(new int[] {2, 8, 2}, Activation.RELU, OutputActivation.SOFTMAX,
                Loss.CE, Optimizer.ADAM, 0.01, 2000, 500, null);
        TrainingResult r = Trainer.train(config, InitializerCatalog.parse("i", "kaiming_normal(nonlinearity=relu)"),
                1, CIRCLES, null);
        assertThat(r.costs()).extracting(Cost::iteration).containsExactly(0, 500, 1000, 1500);
        assertThat(r.costs().get(3).cost()).isLessThan(r.costs().get(0).cost() / 4);
        assertThat(r.trainAccuracy()).isGreaterThan(0.95);
        assertThat(r.testAccuracy()).as("no test set: no test accuracy").isNull();
        assertThat(r.distinctUnits()).containsExactly(8);
    }

    @Test
    void linearOutputHasNoAccuracy() {
        TrainingConfig config = new TrainingConfig(new int[] {2, 3, 1}, Activation.RELU, OutputActivation.LINEAR,
                Loss.MSE, Optimizer.GD, 0.05, 10, 5, null);
        TrainingResult r = Trainer.train(config, InitializerCatalog.parse("i", "normal"), 1, CIRCLES, CIRCLES);
        assertThat(r.trainAccuracy()).isNaN();
        assertThat(r.costs()).hasSize(2);
    }

    @Test
    void rejectsDataThatDoesNotFitTheNetwork() {
        TrainingConfig config = TrainingConfig.t1(3, 4, 1);
        assertThatThrownBy(() -> Trainer.train(config, InitializerCatalog.parse("i", "normal"), 1, CIRCLES, null))
                .hasMessageContaining("2 features but the network expects 3");
        assertThatThrownBy(() -> new TrainingConfig(new int[] {2, 1}, Activation.RELU, OutputActivation.LINEAR,
                Loss.BCE, Optimizer.GD, 0.01, 1, 1, null)).hasMessageContaining("sigmoid");
    }

    /** The kernel path (what minibatches use) computes the same gradients as numpy's order, softmax + CE included. */
    @Test
    void kernelPassesAgreeWithTheExactPassAndWithFiniteDifferences() {
        for (MatrixKernel kernel : new MatrixKernel[] {JavaKernel.INSTANCE, BlasKernel.get(), Nd4jKernel.get()}) {
            MutableMlp net = MutableMlp.initialize(new int[] {2, 5, 4, 2}, Activation.TANH, OutputActivation.SOFTMAX,
                    InitializerCatalog.parse("i", "normal"), InitializerCatalog.parse("b", "normal(std=0.1)"), new NumpyRandom(5));
            Batch batch = Batch.of(CIRCLES, net, "data");
            BatchPass exact = new BatchPass(net, batch.x(), batch.y(), batch.m());
            BatchPass fast = new BatchPass(net, batch.x(), batch.y(), batch.m(), kernel);
            Gradients expected = new Gradients(net);
            Gradients actual = new Gradients(net);
            exact.forward();
            exact.backward(Loss.CE, expected);
            fast.forward();
            fast.backward(Loss.CE, actual);
            assertThat(fast.cost(Loss.CE)).isCloseTo(exact.cost(Loss.CE), within(1e-14));
            for (int l = 1; l <= net.layers(); l++) {
                assertThat(actual.weights(l)).containsExactly(expected.weights(l), within(1e-15));
                assertThat(actual.biases(l)).containsExactly(expected.biases(l), within(1e-15));
                checkAgainstNumeric(fast, Loss.CE, net.weights(l), actual.weights(l));
                checkAgainstNumeric(fast, Loss.CE, net.biases(l), actual.biases(l));
            }
        }
    }

    /** 200 rows in batches of 64 are 4 steps an epoch (the last of 8 rows); steps count on across epochs. */
    @Test
    void minibatchesRecordTheCostEveryRecordEverySteps() {
        TrainingConfig config = new TrainingConfig(new int[] {2, 8, 2}, Activation.RELU, OutputActivation.SOFTMAX,
                Loss.CE, Optimizer.ADAM, 0.01, Schedule.minibatch(3, 64), 5, null);
        TrainingResult r = Trainer.train(config, InitializerCatalog.parse("i", "kaiming_normal(nonlinearity=relu)"),
                1, CIRCLES, CIRCLES);
        assertThat(r.costs()).extracting(Cost::iteration).containsExactly(0, 5, 10);
        assertThat(r.trainAccuracy()).isEqualTo(r.testAccuracy());
        TrainingResult again = Trainer.train(config, InitializerCatalog.parse("i", "kaiming_normal(nonlinearity=relu)"),
                1, CIRCLES, CIRCLES);
        assertThat(again.costValues()).as("same seed, same run").containsExactly(r.costValues());
    }

    /**
     * One batch of every row per epoch is full-batch training in a shuffled column order: the same
     * run up to summation order, provided Adam's step count t (and so its bias correction) runs
     * on across epochs instead of restarting at each.
     */
    @Test
    void adamCountsItsStepsAcrossEpochs() {
        TrainingConfig fullBatch = new TrainingConfig(new int[] {2, 8, 2}, Activation.RELU, OutputActivation.SOFTMAX,
                Loss.CE, Optimizer.ADAM, 0.01, 20, 1, null);
        TrainingConfig oneBatchPerEpoch = fullBatch.withSchedule(Schedule.minibatch(20, 1000));
        var init = InitializerCatalog.parse("i", "kaiming_normal(nonlinearity=relu)");
        TrainingResult expected = Trainer.train(fullBatch, init, 4, CIRCLES, null);
        TrainingResult actual = Trainer.train(oneBatchPerEpoch, init, new NumpyRandom(4), CIRCLES, null, JavaKernel.INSTANCE);
        assertThat(actual.costs()).hasSize(20);
        for (int i = 0; i < 20; i++) {
            assertThat(actual.costs().get(i).cost()).as("cost at step %d", i)
                    .isCloseTo(expected.costs().get(i).cost(), within(1e-12));
        }
        assertThat(actual.trainAccuracy()).isEqualTo(expected.trainAccuracy());
    }

    @Test
    void minibatchTrainingOfAGivenNetworkNeedsAGenerator() {
        TrainingConfig config = TrainingConfig.t4(2, 3, 2);
        MutableMlp net = MutableMlp.initialize(config.sizes(), config.hidden(), config.output(),
                InitializerCatalog.parse("i", "normal"), null, new NumpyRandom(0));
        assertThatThrownBy(() -> Trainer.train(config, net, CIRCLES, null))
                .hasMessageContaining("epochs=1, batchSize=100").hasMessageContaining("generator");
    }
}
