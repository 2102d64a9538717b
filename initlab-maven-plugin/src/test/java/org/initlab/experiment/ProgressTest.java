package org.initlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.data.DatasetContext;
import org.initlab.data.DatasetListener;
import org.initlab.nn.Kernels;
import org.junit.jupiter.api.Test;

/** What the build log says while experiments run. */
class ProgressTest {
    private static final DatasetContext NO_FILES = new DatasetContext(Path.of("none"), true, Path.of("."), DatasetListener.SILENT);

    private static List<String> log(long slowRunMillis, int threads) {
        ExperimentDefinition d = ExperimentDefinition.of("small").with("dataset", "gaussian(rows=50, cols=8, seed=1)")
                .with("layers", "8,8").with("activation", "tanh,relu").withInitializers("xavier_normal", "orthogonal");
        List<String> lines = new ArrayList<>();
        new ExperimentRunner(Kernels.named("java"), NO_FILES, lines::add, null, threads, slowRunMillis)
                .runAll(List.of(ExperimentSpec.of("small", d)));
        return lines;
    }

    @Test
    void slowRunsAreAnnouncedOneByOneAsTheyFinish() {
        List<String> lines = log(0, 2);
        assertThat(lines).hasSize(5);
        assertThat(lines.subList(0, 4)).allMatch(l -> l.matches("\\[1/1] small: run [1-4]/4 done \\(\\S+ × (tanh|relu)\\) in \\d+ ms"));
        assertThat(lines.subList(0, 4)).extracting(l -> l.replaceAll(".*run (\\d)/4.*", "$1"))
                .containsExactlyInAnyOrder("1", "2", "3", "4");
        assertThat(lines.get(4)).matches("\\[1/1] small: 4 runs in \\d+ ms");
    }

    @Test
    void quickRunsLeaveOneLinePerExperiment() {
        assertThat(log(60_000, 2)).singleElement().asString().matches("\\[1/1] small: 4 runs in \\d+ ms");
    }
}
