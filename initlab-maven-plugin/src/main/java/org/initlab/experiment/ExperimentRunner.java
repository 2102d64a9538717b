package org.initlab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.initlab.claims.ClaimChecker;
import org.initlab.config.ExperimentSpec;
import org.initlab.config.ExperimentType;
import org.initlab.data.Dataset;
import org.initlab.data.DatasetCatalog;
import org.initlab.data.DatasetContext;
import org.initlab.nn.Activation;
import org.initlab.nn.MatrixKernel;
import org.initlab.results.ExperimentResult;
import org.initlab.results.RunResult;

/** Runs validated experiments one after another and reports each one's time. */
public final class ExperimentRunner {
    private final MatrixKernel kernel;
    private final DatasetContext datasets;
    private final ProgressListener progress;

    public ExperimentRunner(MatrixKernel kernel, ProgressListener progress) {
        this(kernel, DatasetContext.defaults(), progress);
    }

    public ExperimentRunner(MatrixKernel kernel, DatasetContext datasets, ProgressListener progress) {
        this.kernel = kernel;
        this.datasets = datasets;
        this.progress = progress;
    }

    public List<ExperimentResult> runAll(List<ExperimentSpec> specs) {
        List<ExperimentResult> results = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            ExperimentSpec spec = specs.get(i);
            long start = System.nanoTime();
            ExperimentResult result = run(spec);
            results.add(result);
            progress.info(String.format(Locale.ROOT, "[%d/%d] %s: %d runs in %d ms",
                    i + 1, specs.size(), spec.id(), result.runs().size(), (System.nanoTime() - start) / 1_000_000));
        }
        return results;
    }

    public ExperimentResult run(ExperimentSpec spec) {
        String at = "experiment '" + spec.id() + "'";
        Dataset data = DatasetCatalog.load(at + " <dataset>", spec.dataset(), datasets);
        List<RunResult> runs = new ArrayList<>();
        if (spec.type() == ExperimentType.TRAINING) {
            String testSpec = spec.training().testDataset();
            Dataset test = testSpec == null ? null : DatasetCatalog.load(at + " <testDataset>", testSpec, datasets);
            TrainingExperiment experiment = new TrainingExperiment(spec, data, test, kernel);
            for (ExperimentSpec.Labeled init : spec.initializers()) {
                runs.add(experiment.run(init, spec.activations().get(0)));
            }
        } else if (spec.type() == ExperimentType.GRADIENTS) {
            GradientsExperiment experiment = new GradientsExperiment(spec, data, kernel);
            for (ExperimentSpec.Labeled init : spec.initializers()) {
                for (Activation activation : spec.activations()) {
                    runs.add(experiment.run(init, activation));
                }
            }
        } else if (spec.type() == ExperimentType.SWEEP) {
            SweepExperiment experiment = new SweepExperiment(spec, data, kernel);
            for (ExperimentSpec.Labeled init : spec.initializers()) {
                for (Activation activation : spec.activations()) {
                    runs.add(experiment.run(init, activation));
                }
            }
        } else {
            ActivationsExperiment experiment = new ActivationsExperiment(spec, data, kernel);
            for (ExperimentSpec.Labeled init : spec.initializers()) {
                for (Activation activation : spec.activations()) {
                    runs.add(experiment.run(init, activation));
                }
            }
        }
        ExperimentResult result = new ExperimentResult(spec.id(), spec.type().text(), spec.title(), data.spec(), spec.seed(),
                runs, List.of());
        return ClaimChecker.withClaims(result, spec.claims(), at);
    }
}
