package org.initlab.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.experiment.ExperimentRunner;
import org.initlab.experiment.ProgressListener;
import org.initlab.nn.Kernels;
import org.initlab.results.ExperimentResult;
import org.initlab.testing.SharedDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep's heatmap rows show a named run's name beside its spec, as the other pages do. */
class SweepHeatmapNamesTest {
    @TempDir
    Path dir;

    @Test
    void aNamedRowIsLabelledWithItsNameAndSpec() {
        ExperimentDefinition d = ExperimentDefinition.of("s").with("type", "sweep")
                .with("dataset", "gaussian(rows=20, cols=4, seed=0)").with("activation", "tanh").with("depths", "1,2")
                .with("width", "4").with("statistic", "post.std@last")
                .withInitializers("xavier_normal", "kaiming_normal(nonlinearity=relu)")
                .withNames(java.util.Arrays.asList(null, "he"));
        ExperimentResult result = new ExperimentRunner(Kernels.named("java"), SharedDatasets.none(dir), ProgressListener.SILENT,
                null, 1).run(ExperimentSpec.of("e", d));
        assertThat(SweepHeatmap.of(result).get(0).rowLabels())
                .containsExactly("xavier_normal", "he: kaiming_normal(nonlinearity=relu)");
    }
}
