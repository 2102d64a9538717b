package org.initlab.config;

import org.initlab.settings.ConfigErrors;
import org.initlab.settings.Problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeedsTest {

    @Test
    void aListOrAnInclusiveRangeGivesEverySeedInOrder() {
        ExperimentSpec list = ExperimentSpec.of("e", definition().with("seeds", " 7, 0 ,3"));
        assertThat(list.seeds()).containsExactly(7L, 0L, 3L);
        assertThat(list.seed()).isEqualTo(7L);
        assertThat(list.runCount()).isEqualTo(2 * 3);
        ExperimentSpec range = ExperimentSpec.of("e", definition().with("seeds", "0..9"));
        assertThat(range.seeds()).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(ExperimentSpec.of("e", definition().with("seeds", "4294967295..4294967295")).seeds())
                .containsExactly(4294967295L);
    }

    @Test
    void seedStaysTheOneSeedFormAndDefaultsToZero() {
        assertThat(ExperimentSpec.of("e", definition()).seeds()).containsExactly(0L);
        assertThat(ExperimentSpec.of("e", definition().with("seed", "5")).seeds()).containsExactly(5L);
    }

    @Test
    void withSeedIsTheSingleSeedExperimentWithThatSeed() {
        ExperimentSpec spec = ExperimentSpec.of("e", definition().with("seeds", "0..2"));
        ExperimentSpec one = spec.withSeed(2);
        assertThat(one.seeds()).containsExactly(2L);
        assertThat(one.seed()).isEqualTo(2L);
        assertThat(one.runCount()).isEqualTo(2);
        assertThat(one.definition()).isEqualTo(spec.definition());
    }

    @Test
    void badSeedsAreNamedWithWhatWasExpected() {
        assertThatThrownBy(() -> ExperimentSpec.of("e", definition().with("seed", "1").with("seeds", "0..3")))
                .hasMessage("experiment 'x': <seed> and <seeds> are both given; use <seed> for one seed or <seeds> for"
                        + " several (e.g. <seeds>0..9</seeds>), not both");
        assertThatThrownBy(() -> ExperimentSpec.of("e", definition().with("seeds", "0,3,0")))
                .hasMessage("experiment 'x' <seeds>: seed 0 is listed twice in '0,3,0'; list each seed once");
        assertThatThrownBy(() -> ExperimentSpec.of("e", definition().with("seeds", "0,,3")))
                .hasMessageStartingWith("experiment 'x' <seeds>: expected a comma list of seeds such as 0,3,7");
        assertThatThrownBy(() -> ExperimentSpec.of("e", definition().with("seeds", "0,x")))
                .hasMessage("experiment 'x' <seeds>: expected an integer between 0 and 4294967295, got 'x'");
        assertThatThrownBy(() -> ExperimentSpec.of("e", definition().with("seeds", "0..4294967296")))
                .hasMessage("experiment 'x' <seeds>: expected an integer between 0 and 4294967295, got 4294967296");
        assertThatThrownBy(() -> ExperimentSpec.of("e", definition().with("seeds", "-1,2")))
                .hasMessage("experiment 'x' <seeds>: expected an integer between 0 and 4294967295, got -1");
        assertThatThrownBy(() -> ExperimentSpec.of("e", definition().with("seeds", "9..0")))
                .hasMessage("experiment 'x' <seeds>: expected a range low..high with low ≤ high, got '9..0'");
        assertThatThrownBy(() -> ExperimentSpec.of("e", definition().with("seeds", "..4")))
                .hasMessage("experiment 'x' <seeds>: expected a range low..high such as 0..9, got '..4'");
        assertThatThrownBy(() -> ExperimentSpec.of("e", definition().with("seeds", "0..1000")))
                .hasMessage("experiment 'x' <seeds>: expected at most 1000 seeds (each is a run of every initializer"
                        + " × activation), got 1001 from '0..1000'");
        assertThatThrownBy(() -> ExperimentSpec.of("e", definition().with("seed", "4294967296")))
                .hasMessage("experiment 'x' <seed>: expected an integer between 0 and 4294967295, got 4294967296");
    }

    @Test
    void aBadSeedListIsReportedWithTheExperimentsOtherProblems() {
        Problems problems = new Problems();
        ExperimentSpec.of("e", definition().with("seeds", "1,1").with("bins", "0"), problems);
        assertThatThrownBy(problems::throwIfAny).isInstanceOf(ConfigErrors.class)
                .hasMessageContaining("<seeds>: seed 1 is listed twice")
                .hasMessageContaining("<bins>: expected a positive integer");
    }

    private static ExperimentDefinition definition() {
        return ExperimentDefinition.of("x").with("dataset", "gaussian(rows=10, cols=4, seed=0)").with("layers", "4")
                .with("activation", "tanh, relu").withInitializers(List.of("zeros"));
    }
}
