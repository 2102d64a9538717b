package org.initlab.config;

import java.util.List;
import org.initlab.nn.Activation;
import org.initlab.nn.Loss;
import org.initlab.nn.Optimizer;
import org.initlab.nn.OutputActivation;

/**
 * The settings only training experiments have: how the output is read, what is minimised, how,
 * and for how long. The defaults are the T1 tutorial's (sigmoid output, binary cross-entropy,
 * plain gradient descent at 0.01).
 *
 * @param testDataset data set spec the accuracy is also measured on, or null
 * @param iterations  full-batch steps
 * @param recordEvery the cost is recorded before every step {@code i} with {@code i % recordEvery == 0}
 */
public record TrainingSpec(String testDataset, OutputActivation output, Loss loss, Optimizer optimizer,
                           double learningRate, int iterations, int recordEvery) {

    static final List<String> SETTINGS = List.of("testDataset", "outputActivation", "loss", "optimizer",
            "learningRate", "iterations", "epochs", "batchSize", "recordEvery");

    static TrainingSpec of(String at, ExperimentDefinition d, List<Activation> activations, String dtype) {
        if (d.get("epochs") != null || d.get("batchSize") != null) {
            throw new ConfigException(at + " <epochs>/<batchSize>: minibatch training is not available in this version yet;"
                    + " use <iterations> (full-batch)");
        }
        if (!dtype.equals("float64")) {
            throw new ConfigException(at + " <dtype>: training runs in float64 in this version; got '" + dtype + "'");
        }
        OutputActivation output = OutputActivation.parse(at + " <outputActivation>",
                ExperimentSpec.orDefault(d.get("outputActivation"), "sigmoid"));
        Loss loss = Loss.parse(at + " <loss>", ExperimentSpec.orDefault(d.get("loss"), "bce"));
        loss.requireCompatible(at + " <loss>", output);
        Optimizer optimizer = Optimizer.parse(at + " <optimizer>", ExperimentSpec.orDefault(d.get("optimizer"), "gd"));
        double learningRate;
        String lr = ExperimentSpec.orDefault(d.get("learningRate"), "0.01");
        try {
            learningRate = Double.parseDouble(lr);
        } catch (NumberFormatException e) {
            throw new ConfigException(at + " <learningRate>: expected a positive number, got '" + lr + "'");
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new ConfigException(at + " <learningRate>: expected a positive number, got '" + lr + "'");
        }
        long iterations = ExperimentSpec.integer(at + " <iterations>", ExperimentSpec.orDefault(d.get("iterations"), "1000"));
        if (iterations < 0 || iterations > 100_000_000) {
            throw new ConfigException(at + " <iterations>: expected an integer from 0 to 100000000, got " + iterations);
        }
        long recordEvery = ExperimentSpec.integer(at + " <recordEvery>",
                ExperimentSpec.orDefault(d.get("recordEvery"), Long.toString(Math.max(1, iterations / 15))));
        if (recordEvery <= 0) {
            throw new ConfigException(at + " <recordEvery>: expected a positive integer, got " + recordEvery);
        }
        if (activations.size() != 1) {
            throw new ConfigException(at + " <activation>: a training experiment has one hidden activation, got "
                    + activations.size());
        }
        return new TrainingSpec(d.get("testDataset"), output, loss, optimizer, learningRate, (int) iterations, (int) recordEvery);
    }
}
