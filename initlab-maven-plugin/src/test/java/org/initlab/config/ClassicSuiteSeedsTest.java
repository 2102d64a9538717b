package org.initlab.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The classic suite runs every experiment over ten seeds, the tutorial's own first (issue 13). */
class ClassicSuiteSeedsTest {

    @Test
    void everyClassicExperimentRunsTenSeedsWithTheTutorialsSeedFirst() {
        Map<String, Long> tutorialSeed = new LinkedHashMap<>();
        for (ExperimentDefinition d : Suites.named("classic")) {
            ExperimentSpec spec = ExperimentSpec.of(d.id(), d);
            assertThat(spec.seeds()).as(d.id() + " seeds").hasSize(10).doesNotHaveDuplicates();
            tutorialSeed.put(d.id(), spec.seed());
        }
        assertThat(tutorialSeed).isEqualTo(Map.ofEntries(
                Map.entry("t2-sigmoid", 1L), Map.entry("t2-tanh", 1L), Map.entry("t2-relu", 1L), Map.entry("t2-gradients", 1L),
                Map.entry("t2-sweep", 1L), Map.entry("t1-circles", 3L), Map.entry("t3-abalone", 1L), Map.entry("t4-mnist", 0L),
                Map.entry("t4-mnist-pixels", 0L), Map.entry("t5-residual", 1L), Map.entry("t6-mnist-cnn", 0L), Map.entry("t7-deep-cnn", 0L), Map.entry("t8-bilinear", 0L)));
    }

    @Test
    void theTutorialsSeedComesFirstAndTheOthersFillUpFromZero() {
        assertThat(Suites.tenSeeds(3)).isEqualTo("3,0,1,2,4,5,6,7,8,9");
        assertThat(Suites.tenSeeds(0)).isEqualTo("0,1,2,3,4,5,6,7,8,9");
        assertThat(Seeds.parse("s", Suites.tenSeeds(12))).containsExactly(12L, 0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
    }
}
