package org.initlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.data.DatasetContext;
import org.initlab.data.DatasetListener;
import org.initlab.nn.Kernels;
import org.initlab.results.ExperimentResult;
import org.initlab.results.ResultsJson;
import org.junit.jupiter.api.Test;

class ParallelRunsTest {

    @Test
    void theNumbersDoNotDependOnHowManyRunsExecuteAtOnce() {
        ExperimentDefinition activations = ExperimentDefinition.of("a").with("dataset", "gaussian(rows=300, cols=40, seed=2)")
                .with("layers", "40,40,40").with("activation", "tanh,relu,sigmoid")
                .withInitializers("xavier_normal", "orthogonal", "keras:he_normal", "normal(std=0.5)");
        ExperimentDefinition training = ExperimentDefinition.of("t").with("type", "training")
                .with("dataset", "circles(samples=80, noise=0.1, seed=4)").with("layers", "6,1").with("activation", "relu")
                .with("iterations", "300").withInitializers("kaiming_normal(nonlinearity=relu)", "xavier_uniform", "normal(std=10)");
        for (ExperimentDefinition d : new ExperimentDefinition[] {activations, training}) {
            ExperimentSpec spec = ExperimentSpec.of("e", d);
            String one = withoutTimings(runner(1).run(spec));
            String four = withoutTimings(runner(4).run(spec));
            assertThat(four).as(d.id()).isEqualTo(one);
        }
    }

    private static ExperimentRunner runner(int threads) {
        return new ExperimentRunner(Kernels.named("auto"), new DatasetContext(Path.of("none"), true, Path.of("."),
                DatasetListener.SILENT), ProgressListener.SILENT, null, threads);
    }

    private static String withoutTimings(ExperimentResult result) {
        return ResultsJson.write(result).replaceAll("\"millis\" : \\d+", "\"millis\" : 0");
    }
}
