package org.initlab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.junit.jupiter.api.Test;

class GrowthTest {
    private final Growth growth = new Growth(null, Path.of("unused"), "0", List.of(), List.of(), List.of(), 1000, "10", 256, "512m");

    @Test
    void aSeedsPointPlansItsCountOfSeedsFromTheDepthPointsOwnSeed() {
        ExperimentDefinition single = growth.forward(100, 5);
        ExperimentSpec one = ExperimentSpec.of("growth", single);
        for (int n : List.of(1, 5, 30)) {
            ExperimentSpec many = ExperimentSpec.of("growth", Growth.onSeeds(single, n));
            assertThat(many.seeds()).as("%d seeds", n).hasSize(n).startsWith(one.seeds().get(0));
            assertThat(many.runCount()).as("%d seeds", n).isEqualTo(n * one.runCount());
        }
    }

    @Test
    void theOneSeedPointRunsWhatTheDepthFivePointRuns() {
        ExperimentDefinition single = growth.forward(100, 5);
        assertThat(ExperimentSpec.of("growth", Growth.onSeeds(single, 1)).seeds())
                .isEqualTo(ExperimentSpec.of("growth", single).seeds());
    }
}
