package org.initlab.config;

import org.initlab.settings.ConfigException;
import org.initlab.settings.Limits;
import org.initlab.settings.Problems;

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

    /** Checks the training settings, recording each problem; null when there was any. */
    static TrainingSpec of(String at, ExperimentDefinition d, List<Activation> activations, String dtype, int[] layers,
                           Problems problems) {
        int before = problems.size();
        if (!dtype.equals("float64")) {
            problems.add(at + " <dtype>: training runs in float64 in this version; got '" + dtype + "'");
        }
        OutputActivation output = problems.get(() -> OutputActivation.parse(at + " <outputActivation>",
                ExperimentSpec.orDefault(d.get("outputActivation"), "sigmoid")));
        Loss loss = problems.get(() -> Loss.parse(at + " <loss>", ExperimentSpec.orDefault(d.get("loss"), "bce")));
        if (loss != null && output != null) {
            problems.check(() -> loss.requireCompatible(at + " <loss>", output));
        }
        if (output == OutputActivation.SOFTMAX && layers != null && layers[layers.length - 1] < 2) {
            // a softmax over one unit is 1 whatever the input: the cost is 0 and nothing is learnt
            problems.add(at + " <layers>: a softmax output needs one unit per class, at least 2; the last layer has "
                    + layers[layers.length - 1]);
        }
        Optimizer optimizer = problems.get(() -> Optimizer.parse(at + " <optimizer>",
                ExperimentSpec.orDefault(d.get("optimizer"), "gd")));
        Double learningRate = problems.get(() -> learningRate(at + " <learningRate>",
                ExperimentSpec.orDefault(d.get("learningRate"), "0.01")));
        Integer iterations = problems.get(() -> optionalPositive(at + " <iterations>", d.get("iterations")));
        Integer epochs = problems.get(() -> optionalPositive(at + " <epochs>", d.get("epochs")));
        Integer batchSize = problems.get(() -> optionalPositive(at + " <batchSize>", d.get("batchSize")));
        Schedule schedule = problems.size() > before ? null : problems.get(() -> schedule(at, iterations, epochs, batchSize));
        Long recordEvery = problems.get(() -> ExperimentSpec.integer(at + " <recordEvery>", ExperimentSpec.orDefault(
                d.get("recordEvery"), iterations != null ? Long.toString(Math.max(1, iterations / 15)) : "100")));
        if (recordEvery != null && (recordEvery <= 0 || recordEvery > Integer.MAX_VALUE)) {
            problems.add(at + " <recordEvery>: expected a positive integer, got " + recordEvery);
        } else if (recordEvery != null && iterations != null) {
            problems.check(() -> Limits.recordedCosts(at + " <recordEvery>", iterations, recordEvery));
        }
        if (activations.size() != 1) {
            problems.add(at + " <activation>: a training experiment has one hidden activation, got " + activations.size());
        }
        if (problems.size() > before) {
            return null;
        }
        return new TrainingSpec(d.get("testDataset"), output, loss, optimizer, learningRate, schedule,
                (int) (long) recordEvery);
    }

    private static double learningRate(String field, String text) {
        double rate;
        try {
            rate = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new ConfigException(field + ": expected a positive number, got '" + text + "'");
        }
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new ConfigException(field + ": expected a positive number, got '" + text + "'");
        }
        return rate;
    }

    private static Schedule schedule(String at, Integer iterations, Integer epochs, Integer batchSize) {
        try {
            return iterations == null && epochs == null && batchSize == null ? Schedule.fullBatch(1000)
                    : Schedule.of(iterations, epochs, batchSize);
        } catch (ConfigException e) {
            throw new ConfigException(at + ": " + e.getMessage());
        }
    }

    /** A count that must be at least 1: 0 iterations would train nothing and leave no cost to plot. */
    private static Integer optionalPositive(String field, String value) {
        Integer v = optionalInt(field, value);
        if (v != null && v < 1) {
            throw new ConfigException(field + ": expected a positive integer, got " + v);
        }
        return v;
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
