package org.initlab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.config.Suites;
import org.junit.jupiter.api.Test;

class ColdBenchTest {
    /** suite10 against suite1 is the seeds target: the same experiments, ten seeds against the first alone. */
    @Test
    void theOneSeedCopyOfTheClassicSuiteRunsATenthOfTheTenSeedCopy() {
        for (ExperimentDefinition d : Suites.named("classic")) {
            ExperimentDefinition one = ColdBench.withoutClaims(Workload.firstSeed(d));
            ExperimentDefinition ten = ColdBench.withoutClaims(d);
            assertThat(one.settings()).doesNotContainKey("seeds"); // seed and seeds together are an error
            assertThat(one.claims()).isEmpty();
            ExperimentSpec oneSpec = ExperimentSpec.of("bench " + d.id(), one);
            ExperimentSpec tenSpec = ExperimentSpec.of("bench " + d.id(), ten);
            assertThat(tenSpec.seeds()).as(d.id()).hasSize(10);
            assertThat(oneSpec.seeds()).as(d.id()).containsExactly(tenSpec.seeds().get(0));
            assertThat(tenSpec.runCount()).as(d.id()).isEqualTo(10 * oneSpec.runCount());
        }
    }

    /** The Python scripts reproduce the tutorials' one run: T2 on seed 1, as the suite lists it first. */
    @Test
    void theTutorialWorkloadsRunOnTheSeedThePythonScriptsUse() {
        assertThat(Workload.find("t2-relu").settings()).containsEntry("seed", "1").doesNotContainKey("seeds");
        assertThat(Workload.find("t4-mnist-pixels").settings()).doesNotContainKey("seeds");
    }
}
