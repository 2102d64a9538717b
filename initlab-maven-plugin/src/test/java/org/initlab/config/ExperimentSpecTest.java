package org.initlab.config;

import org.initlab.settings.ConfigException;
import org.initlab.settings.Spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.initlab.init.Layout;
import org.junit.jupiter.api.Test;

class ExperimentSpecTest {

    @Test
    void parsesSpecsWithDialectAndArguments() {
        Spec s = Spec.parse("f", " torch:kaiming_normal( mode = fan_out , nonlinearity=relu ) ");
        assertThat(s.dialect()).isEqualTo("torch");
        assertThat(s.name()).isEqualTo("kaiming_normal");
        assertThat(s.args()).containsExactly(org.assertj.core.api.Assertions.entry("mode", "fan_out"),
                org.assertj.core.api.Assertions.entry("nonlinearity", "relu"));
        assertThat(Spec.parse("f", "zeros").args()).isEmpty();
    }

    @Test
    void malformedSpecsNameTheFieldAndTheProblem() {
        assertThatThrownBy(() -> Spec.parse("exp <dataset>", "gaussian(rows=1")).hasMessage(
                "exp <dataset>: 'gaussian(rows=1' opens '(' but does not end with ')'");
        assertThatThrownBy(() -> Spec.parse("f", "normal(std)")).hasMessageContaining("expected key=value but got 'std'");
        assertThatThrownBy(() -> Spec.parse("f", "normal(std=1, std=2)")).hasMessageContaining("key 'std' is given twice");
        assertThatThrownBy(() -> Spec.parse("f", "  ")).hasMessageContaining("got nothing");
    }

    @Test
    void aValidDefinitionGetsTheContractDefaults() {
        ExperimentSpec spec = ExperimentSpec.of("experiments[1]", definition("ok", "4,3", "tanh, relu", List.of("zeros", "normal(std=2)")));
        assertThat(spec.type()).isEqualTo(ExperimentType.ACTIVATIONS);
        assertThat(spec.layers()).containsExactly(4, 3);
        assertThat(spec.runCount()).isEqualTo(4);
        assertThat(spec.rng()).isEqualTo(org.initlab.random.Generator.NUMPY);
        assertThat(spec.layout()).isEqualTo(Layout.IN_OUT);
        assertThat(spec.bins()).isEqualTo(30);
        assertThat(spec.range()).isNull();
        assertThat(spec.seed()).isZero();
        assertThat(spec.initializers().get(1).label()).isEqualTo("normal(std=2)");
    }

    @Test
    void everyBadSettingIsNamedWithWhatWasExpected() {
        assertThatThrownBy(() -> ExperimentSpec.of("experiments[2]", definition("Bad_Id", "4", "tanh", List.of("zeros"))))
                .hasMessage("experiments[2].id: expected lower-case letters, digits and '-' ([a-z0-9-]+), got 'Bad_Id'");
        assertThatThrownBy(() -> ExperimentSpec.of("e", definition("x", "4,0", "tanh", List.of("zeros"))))
                .hasMessage("experiment 'x' <layers>: layer 2 size must be a positive integer, got 0");
        assertThatThrownBy(() -> ExperimentSpec.of("e", definition("x", "4,2.5", "tanh", List.of("zeros"))))
                .hasMessage("experiment 'x' <layers>: layer 2 size must be a positive integer, got '2.5'");
        assertThatThrownBy(() -> ExperimentSpec.of("e", definition("x", "4", "tanhh", List.of("zeros"))))
                .hasMessageStartingWith("experiment 'x' <activation>: unknown activation 'tanhh' (did you mean 'tanh'?)");
        assertThatThrownBy(() -> ExperimentSpec.of("e", definition("x", "4", "tanh", List.of())))
                .hasMessage("experiment 'x' <initializers>: expected at least one <initializer>");
        assertThatThrownBy(() -> ExperimentSpec.of("e", definition("x", "4", "tanh", List.of("normal(sdt=1)"))))
                .hasMessage("experiment 'x' <initializers>[1]: 'normal' has no key 'sdt' (did you mean 'std'?); valid keys: mean, std");
        assertThatThrownBy(() -> ExperimentSpec.of("e", definition("x", "4", "tanh", List.of("kaiming_normal(mode=fan_avg)"))))
                .hasMessageContaining("key 'mode' expects one of fan_in, fan_out, got 'fan_avg'");
        assertThatThrownBy(() -> ExperimentSpec.of("e", withBinsAndRange("0", null))).hasMessageContaining("<bins>: expected a positive integer");
        assertThatThrownBy(() -> ExperimentSpec.of("e", withBinsAndRange("10", "1,0"))).hasMessage(
                "experiment 'x' <range>: expected finite low < high, got '1,0'");
        assertThatThrownBy(() -> ExperimentSpec.of("e", withBinsAndRange("10", "1"))).hasMessage(
                "experiment 'x' <range>: expected 'low,high', got '1'");
        assertThatThrownBy(() -> ExperimentSpec.of("e", definition("x", "1", "tanh", List.of("zeros")).with("type", "trainig")))
                .hasMessageStartingWith("experiment 'x' <type>: unknown type 'trainig' (did you mean 'training'?)");
    }

    @Test
    void aBlankInitializerATwiceListedOneAndAnOverflowingBinCountAreNamed() {
        java.util.List<String> blank = new java.util.ArrayList<>();
        blank.add(null); // Maven's value for <initializer>  </initializer>
        assertThatThrownBy(() -> ExperimentSpec.of("e", definition("x", "4", "tanh", blank)))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("experiment 'x' <initializers>[1]: expected a spec");
        assertThatThrownBy(() -> ExperimentSpec.of("e", definition("x", "4", "tanh", List.of("normal(std=1)", "normal( std = 1 )"))))
                .hasMessage("experiment 'x' <initializers>[2]: 'normal( std = 1 )' is the same initializer as"
                        + " <initializers>[1]; list each once");
        assertThatThrownBy(() -> ExperimentSpec.of("e", withBinsAndRange("4294967297", null)))
                .hasMessage("experiment 'x' <bins>: expected a positive integer up to 10000, got 4294967297");
    }

    private static ExperimentDefinition definition(String id, String layers, String activation, List<String> inits) {
        return ExperimentDefinition.of(id).with("dataset", "gaussian(rows=10, cols=4, seed=0)").with("layers", layers)
                .with("activation", activation).withInitializers(inits);
    }

    private static ExperimentDefinition withBinsAndRange(String bins, String range) {
        return definition("x", "4", "tanh", List.of("zeros")).with("bins", bins).with("range", range);
    }

    @Test
    void claimsWithoutAnIdAreNumberedByPositionAndIdsMustBeUniqueAndWellFormed() {
        ExperimentDefinition d = ExperimentDefinition.of("ids").with("dataset", "gaussian(rows=4, cols=3, seed=0)")
                .with("layers", "3").with("activation", "relu").withInitializers("xavier_normal")
                .claim("one", "post.std(init=xavier_normal, layer=1) > 0", true)
                .claim("he-flat", "two", "post.std(init=xavier_normal, layer=1) > 0", true)
                .claim("three", "post.std(init=xavier_normal, layer=1) > 0", true);
        assertThat(ExperimentSpec.of("experiments[1]", d).claims()).extracting(ExperimentDefinition.ClaimDefinition::id)
                .containsExactly("c1", "he-flat", "c3");

        assertThatThrownBy(() -> ExperimentSpec.of("experiments[1]", d.claim("c1", "again", "1 < 2", true)))
                .isInstanceOf(ConfigException.class)
                .hasMessage("experiment 'ids' <claims>[4] <id>: 'c1' is used twice in this experiment; explanations cite claims"
                        + " by id, so ids must be unique (c<n> is the default id of the n-th claim)");
        assertThatThrownBy(() -> ExperimentSpec.of("experiments[1]", d.claim("He Flat", "bad", "1 < 2", true)))
                .hasMessage("experiment 'ids' <claims>[4] <id>: expected lower-case letters, digits and '-' ([a-z0-9-]+), got 'He Flat'");
    }
}
