package org.initlab.experiment;

import java.util.function.Supplier;
import org.initlab.config.ExperimentSpec;
import org.initlab.results.RunResult;
import org.initlab.data.Dataset;
import org.initlab.nn.Activation;
import org.initlab.numeric.MatrixKernel;

/** What one experiment type measures for one run: an initializer together with an activation. */
interface Experiment {
    RunResult run(ExperimentSpec.Labeled init, Activation activation);

    /**
     * The experiment {@code spec}'s type makes, on its loaded data; {@code testSet} is asked for
     * only by the types that use one; {@code progress} hears how far a long sweep has got.
     */
    static Experiment of(ExperimentSpec spec, Dataset data, Supplier<Dataset> testSet, MatrixKernel kernel, RunProgress progress) {
        return switch (spec.type()) {
            case ACTIVATIONS -> new ActivationsExperiment(spec, data, kernel);
            case GRADIENTS -> new GradientsExperiment(spec, data, kernel);
            case TRAINING -> new TrainingExperiment(spec, data, testSet.get(), kernel);
            case SWEEP -> new SweepExperiment(spec, data, kernel, progress);
        };
    }
}
