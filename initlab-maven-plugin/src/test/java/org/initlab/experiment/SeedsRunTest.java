package org.initlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.data.DatasetContext;
import org.initlab.data.DatasetListener;
import org.initlab.nn.Kernels;
import org.initlab.results.ExperimentResult;
import org.initlab.results.ResultsJson;
import org.initlab.results.RunResult;
import org.junit.jupiter.api.Test;

/** Issue 13: a multi-seed experiment's run with seed k is the single-seed experiment with seed k, bit for bit. */
class SeedsRunTest {
    private static final List<Long> SEEDS = List.of(3L, 0L, 11L);

    @Test
    void activations() {
        sameAsSingleSeedRuns(ExperimentDefinition.of("a").with("dataset", "gaussian(rows=50, cols=8, seed=2)")
                .with("layers", "8,6").with("activation", "tanh,relu").with("reseed", "per-layer")
                .withInitializers("xavier_normal", "normal(std=0.5)"));
    }

    @Test
    void gradients() {
        sameAsSingleSeedRuns(ExperimentDefinition.of("g").with("type", "gradients")
                .with("dataset", "gaussian(rows=40, cols=6, seed=1)").with("layers", "6,5,4").with("activation", "tanh")
                .withInitializers("kaiming_normal(nonlinearity=relu)", "xavier_uniform"));
    }

    @Test
    void training() {
        sameAsSingleSeedRuns(ExperimentDefinition.of("t").with("type", "training")
                .with("dataset", "circles(samples=40, noise=0.1, seed=4)").with("layers", "5,1").with("activation", "relu")
                .with("iterations", "50").withInitializers("kaiming_normal(nonlinearity=relu)", "normal(std=10)"));
    }

    @Test
    void sweep() {
        sameAsSingleSeedRuns(ExperimentDefinition.of("s").with("type", "sweep")
                .with("dataset", "gaussian(rows=30, cols=5, seed=0)").with("activation", "tanh").with("depths", "1,3")
                .with("width", "5").with("statistic", "post.std@last").withInitializers("xavier_normal", "normal(std=1)"));
    }

    private static void sameAsSingleSeedRuns(ExperimentDefinition d) {
        ExperimentSpec spec = ExperimentSpec.of("e", d.with("seeds", "3,0,11"));
        List<RunResult> runs = runner().run(spec).runs();
        assertThat(runs).hasSize(spec.initializers().size() * spec.activations().size() * SEEDS.size());
        // seeds inner: initializer, activation, then each seed in the order given
        assertThat(runs.subList(0, 3)).extracting(RunResult::seed).containsExactlyElementsOf(SEEDS);
        for (long seed : SEEDS) {
            ExperimentResult single = runner().run(ExperimentSpec.of("e", d.with("seed", Long.toString(seed))));
            List<RunResult> ofSeed = runs.stream().filter(r -> r.seed() == seed).toList();
            assertThat(single.runs()).extracting(RunResult::seed).containsOnly(seed);
            assertThat(json(ofSeed)).as(d.id() + " seed " + seed).isEqualTo(json(single.runs()));
        }
        // the seeds differ, so the check above compares different numbers per seed
        assertThat(json(runs.stream().filter(r -> r.seed() == 3).toList()))
                .isNotEqualTo(json(runs.stream().filter(r -> r.seed() == 0).toList()).replace("\"seed\" : 0", "\"seed\" : 3"));
    }

    private static ExperimentRunner runner() {
        return new ExperimentRunner(Kernels.named("auto"), new DatasetContext(Path.of("none"), true, Path.of("."),
                DatasetListener.SILENT), ProgressListener.SILENT, null, 2);
    }

    private static String json(List<RunResult> runs) {
        return ResultsJson.write(runs).replaceAll("\"millis\" : \\d+", "\"millis\" : 0");
    }
}
