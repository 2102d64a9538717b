package org.initlab.config;

import java.util.List;
import org.initlab.nn.Activation;
import org.initlab.nn.Loss;
import org.initlab.nn.Optimizer;
import org.initlab.nn.OutputActivation;
import org.initlab.nn.Schedule;

/**
 * The settings only training experiments have: how the output is read, what is minimised, how,
 * and for how long. The defaults are the T1 tutorial's (sigmoid output, binary cross-entropy,
 * plain gradient descent at 0.01).
 *
 * @param testDataset data set spec the accuracy is also measured on, or null
 * @param schedule    full-batch iterations, or epochs of minibatches
 * @param recordEvery the cost is recorded before every step {@code i} with {@code i % recordEvery == 0}
 */
public record TrainingSpec(String testDataset, OutputActivation output, Loss loss, Optimizer optimizer,
                           double learningRate, Schedule schedule, int recordEvery) {

    static final List<String> SETTINGS = List.of("testDataset", "outputActivation", "loss", "optimizer",
            "learningRate", "iterations", "epochs", "batchSize", "recordEvery");

    static TrainingSpec of(String at, ExperimentDefinition d, List<Activation> activations, String dtype) {
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
        Integer iterations = optionalInt(at + " <iterations>", d.get("iterations"));
        Integer epochs = optionalInt(at + " <epochs>", d.get("epochs"));
        Integer batchSize = optionalInt(at + " <batchSize>", d.get("batchSize"));
        Schedule schedule;
        try {
            schedule = iterations == null && epochs == null && batchSize == null ? Schedule.fullBatch(1000)
                    : Schedule.of(iterations, epochs, batchSize);
        } catch (ConfigException e) {
            throw new ConfigException(at + ": " + e.getMessage());
        }
        long recordEvery = ExperimentSpec.integer(at + " <recordEvery>", ExperimentSpec.orDefault(d.get("recordEvery"),
                iterations != null ? Long.toString(Math.max(1, iterations / 15)) : "100"));
        if (recordEvery <= 0) {
            throw new ConfigException(at + " <recordEvery>: expected a positive integer, got " + recordEvery);
        }
        if (activations.size() != 1) {
            throw new ConfigException(at + " <activation>: a training experiment has one hidden activation, got "
                    + activations.size());
        }
        return new TrainingSpec(d.get("testDataset"), output, loss, optimizer, learningRate, schedule, (int) recordEvery);
    }

    private static Integer optionalInt(String field, String value) {
        if (value == null) {
            return null;
        }
        long v = ExperimentSpec.integer(field, value);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new ConfigException(field + ": expected an integer, got " + value);
        }
        return (int) v;
    }
}
