package org.initlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.data.DatasetContext;
import org.initlab.settings.Problems;
import org.junit.jupiter.api.Test;

/** The plan places a network's layers on its data set's samples before anything runs. */
class PlannedShapesTest {

    private static Problems check(String dataset, String layers) {
        ExperimentSpec spec = ExperimentSpec.of("e", ExperimentDefinition.of("c").with("dataset", dataset).with("layers", layers)
                .with("activation", "relu").withInitializers("kaiming_normal"));
        Problems problems = new Problems();
        PlannedData.check(spec, DatasetContext.defaults(), problems);
        return problems;
    }

    @Test
    void aNetworkThatFitsItsDataPasses() {
        assertThat(check("mnist(limit=10)", "conv2d(out=4, kernel=5), maxpool(k=2), flatten, dense(n=10)").isEmpty()).isTrue();
    }

    @Test
    void aLayerThatDoesNotFitTheDataIsNamedWithTheShapes() {
        Problems problems = check("gaussian(rows=2, channels=1, height=8, width=8, seed=0)",
                "conv2d(out=4, kernel=3), maxpool(k=2), conv2d(out=16, kernel=5)");
        assertThat(problems.size()).isOne();
        org.assertj.core.api.Assertions.assertThatThrownBy(problems::throwIfAny).hasMessage(
                "experiment 'c' <layers>: layer 3 conv2d(out=16, kernel=5): input 4×3×3 is smaller than the kernel 5×5");
        org.assertj.core.api.Assertions.assertThatThrownBy(check("gaussian(rows=2, cols=64, seed=0)", "conv2d(out=4, kernel=3)")::throwIfAny)
                .hasMessage("experiment 'c' <layers>: layer 1 conv2d(out=4, kernel=3): input 64 is a flat vector; conv2d takes an image C×H×W");
    }
}
