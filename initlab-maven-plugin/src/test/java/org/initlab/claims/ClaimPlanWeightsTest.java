package org.initlab.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.initlab.settings.ConfigException;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.settings.Problems;
import org.junit.jupiter.api.Test;

/** The plan knows which runs' weights the build will compare, so a weights.maxRelDiff claim is checked before anything runs. */
class ClaimPlanWeightsTest {

    private static void plan(String type, String check, String... inits) {
        ExperimentDefinition d = ExperimentDefinition.of("w").with("type", type).with("dataset", "gaussian(rows=10, cols=4, seed=0)")
                .with("layers", "4,4").with("activation", "relu").withInitializers(inits).claim("c", "text", check, true);
        Problems problems = new Problems();
        ClaimPlan.check(ExperimentSpec.of("w", d), problems);
        problems.throwIfAny();
    }

    @Test
    void aComparisonTheBuildWillMakePlans() {
        for (String type : new String[] {"activations", "gradients"}) {
            assertThatCode(() -> plan(type, "weights.maxRelDiff(init=xavier_normal, other=he_normal, layer=2) < 1",
                    "xavier_normal", "he_normal")).doesNotThrowAnyException();
        }
    }

    @Test
    void aComparisonWithALsuvRunOrInATrainingExperimentFailsThePlan() {
        assertThatThrownBy(() -> plan("activations", "weights.maxRelDiff(init=xavier_normal, other=lsuv) < 1", "xavier_normal", "lsuv"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("recorded no comparison of its weights with 'lsuv'");
        assertThatThrownBy(() -> plan("activations", "weights.maxRelDiff(init=xavier_normal, other=orthogonal) < 1", "xavier_normal"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("other='orthogonal' names no run");
        ExperimentDefinition training = ExperimentDefinition.of("t").with("type", "training")
                .with("dataset", "circles(samples=20, noise=0, seed=0)").with("layers", "3,1").with("activation", "relu")
                .with("iterations", "5").withInitializers("xavier_normal", "he_normal")
                .claim("c", "text", "weights.maxRelDiff(init=xavier_normal, other=he_normal) < 1", true);
        Problems problems = new Problems();
        ClaimPlan.check(ExperimentSpec.of("t", training), problems);
        assertThat(problems.size()).isEqualTo(1);
    }
}
