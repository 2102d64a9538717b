package org.initlab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.config.Suites;
import org.junit.jupiter.api.Test;

class ColdBenchTest {
    @Test
    void theTenSeedCopyOfTheClassicSuitePlansEveryExperimentOnTenSeeds() {
        for (ExperimentDefinition d : Suites.named("classic")) {
            ExperimentDefinition ten = ColdBench.seeds(d, "0..9");
            assertThat(ten.settings()).doesNotContainKey("seed"); // seed and seeds together are an error
            ExperimentSpec spec = ExperimentSpec.of("bench " + d.id(), ten);
            assertThat(spec.seeds()).as(d.id()).hasSize(10);
            assertThat(spec.runCount()).as(d.id()).isEqualTo(10 * ExperimentSpec.of("bench " + d.id(), ColdBench.seeds(d, "0")).runCount());
        }
    }
}
