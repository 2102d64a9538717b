package org.initlab.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.initlab.settings.ConfigException;
import org.initlab.config.ExperimentDefinition.ClaimDefinition;
import org.initlab.results.ClaimResult;
import org.initlab.results.ExperimentResult;
import org.junit.jupiter.api.Test;

class ClaimCheckerTest {
    private static final String WHERE = "experiment 'deep'";

    private static boolean holds(String claim) {
        return ClaimChecker.check(Fixtures.training(), List.of(new ClaimDefinition("c", claim, true)), WHERE)
                .get(0).holds();
    }

    @Test
    void aClaimRecordsItsLeftHandSideVerdictAndWhetherTheSuiteAgreed() {
        List<ClaimResult> results = ClaimChecker.check(Fixtures.layers(), List.of(
                new ClaimDefinition("Activations shrink with depth under tanh",
                        "post.std(init=xavier_normal, act=tanh, layer=2) < 0.5 * post.std(init=xavier_normal, act=tanh, layer=1)", true),
                new ClaimDefinition("Kaiming keeps the spread", "post.std(init=" + Fixtures.KAIMING + ", layer=last) < 10", false)),
                WHERE);
        assertThat(results).containsExactly(
                new ClaimResult("c1", "Activations shrink with depth under tanh",
                        "post.std(init=xavier_normal, act=tanh, layer=2) < 0.5 * post.std(init=xavier_normal, act=tanh, layer=1)",
                        13.2, false, true, false),
                new ClaimResult("c2", "Kaiming keeps the spread", "post.std(init=" + Fixtures.KAIMING + ", layer=last) < 10",
                        63.2, false, false, true));
    }

    @Test
    void withoutProseTheExpressionIsTheText() {
        ClaimResult r = ClaimChecker.check(Fixtures.training(),
                List.of(new ClaimDefinition(null, " trainAccuracy(init=he_normal) > 0.9 ", true)), WHERE).get(0);
        assertThat(r.text()).isEqualTo("trainAccuracy(init=he_normal) > 0.9");
        assertThat(r.expression()).isEqualTo("trainAccuracy(init=he_normal) > 0.9");
        assertThat(r.value()).isEqualTo(0.96);
        assertThat(r.passed()).isTrue();
    }

    @Test
    void everyComparisonWithNanIsFalse() {
        for (Comparison c : Comparison.values()) {
            assertThat(holds("cost(init=he_normal) " + c.symbol() + " 1")).as(c.symbol()).isFalse();
            assertThat(holds("1 " + c.symbol() + " nan")).as(c.symbol()).isFalse();
            assertThat(c.test(Double.NaN, Double.NaN)).as(c.symbol()).isFalse();
        }
        assertThat(holds("0 / 0 != 0 / 0")).isFalse();
    }

    @Test
    void infinityComparesAsANumber() {
        assertThat(holds("cost(init=he_normal, at=1000) > 1e308")).isTrue();
        assertThat(holds("cost(init=he_normal, at=1000) == inf")).isTrue();
        assertThat(holds("cost(init=he_normal, at=1000) >= inf")).isTrue();
        assertThat(holds("cost(init=he_normal, at=1000) != inf")).isFalse();
        assertThat(holds("-cost(init=he_normal, at=1000) < -1e308")).isTrue();
        assertThat(holds("1 / 0 == inf")).isTrue();
        assertThat(holds("log10(0) == -inf")).isTrue();
    }

    @Test
    void aNonFiniteCellIsTreatedLikeAnyOtherNonFiniteValue() {
        List<ClaimResult> results = ClaimChecker.check(Fixtures.sweep(), List.of(
                new ClaimDefinition("blew up", "cell(init=normal(std=10), depth=4) == inf", true),
                new ClaimDefinition("bounded", "cell(init=normal(std=10), depth=4) < 1e308", true),
                new ClaimDefinition("NaN", "cell(init=normal(std=10), depth=8) != 0", true),
                new ClaimDefinition("shrinks", "cell(init=xavier_normal, act=relu, depth=8) / cell(init=xavier_normal, act=relu, depth=1) < 0.2",
                        true)), WHERE);
        assertThat(results).extracting(ClaimResult::value, ClaimResult::holds).containsExactly(
                Tuple.tuple(Double.POSITIVE_INFINITY, true),
                Tuple.tuple(Double.POSITIVE_INFINITY, false),
                Tuple.tuple(Double.NaN, false),
                Tuple.tuple(0.065 / 0.58, true));
        for (Comparison c : Comparison.values()) {
            assertThat(ClaimChecker.check(Fixtures.sweep(), List.of(new ClaimDefinition("c",
                    "cell(init=normal(std=10), act=relu, depth=8) " + c.symbol() + " 1", true)), WHERE).get(0).holds())
                    .as(c.symbol()).isFalse();
        }
    }

    @Test
    void theComparisonsThemselves() {
        assertThat(holds("1 < 2")).isTrue();
        assertThat(holds("2 < 2")).isFalse();
        assertThat(holds("2 <= 2")).isTrue();
        assertThat(holds("3 > 2")).isTrue();
        assertThat(holds("2 >= 3")).isFalse();
        assertThat(holds("0.1 + 0.2 == 0.3")).isFalse();
        assertThat(holds("abs(0.1 + 0.2 - 0.3) < 1e-12")).isTrue();
        assertThat(holds("1 != 2")).isTrue();
    }

    @Test
    void everyClaimIsParsedBeforeAnyIsEvaluated() {
        List<ClaimDefinition> claims = List.of(
                new ClaimDefinition("refers to a missing run", "trainAccuracy(init=missing) > 0", true),
                new ClaimDefinition("typo", "trainAccuracy(init=zeros) >> 0", true));
        assertThatThrownBy(() -> ClaimChecker.check(Fixtures.training(), claims, WHERE))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("experiment 'deep' <claims>[2], column 28 of");
        assertThatThrownBy(() -> ClaimChecker.parseAll(claims, WHERE))
                .hasMessageStartingWith("experiment 'deep' <claims>[2], column 28");
        assertThat(ClaimChecker.parseAll(claims.subList(0, 1), WHERE).get(0).metrics().get(0).init().value())
                .isEqualTo("missing");
    }

    @Test
    void aClaimAboutAMissingRunFailsTheBuildRatherThanBeingFalse() {
        assertThatThrownBy(() -> ClaimChecker.check(Fixtures.training(),
                List.of(new ClaimDefinition("t", "1 < 2", true), new ClaimDefinition("t", "trainAccuracy(init=zero) > 0.9", false)),
                WHERE))
                .isInstanceOf(ClaimException.class)
                .hasMessage("experiment 'deep' <claims>[2], column 20 of \"trainAccuracy(init=zero) > 0.9\": no run has init"
                        + " 'zero' (did you mean 'zeros'?); the runs' initializers: zeros, he_normal");
    }

    @Test
    void withClaimsAttachesTheVerdictsToTheSameExperiment() {
        ExperimentResult before = Fixtures.training();
        ExperimentResult after = ClaimChecker.withClaims(before,
                List.of(new ClaimDefinition("zero init trains one unit", "distinctUnits(init=zeros, layer=1) == 1", true)), WHERE);
        assertThat(after.runs()).isEqualTo(before.runs());
        assertThat(after.id()).isEqualTo("t1");
        assertThat(after.claims()).singleElement().satisfies(c -> {
            assertThat(c.holds()).isTrue();
            assertThat(c.passed()).isTrue();
            assertThat(c.value()).isEqualTo(1);
        });
        assertThat(ClaimChecker.check(before, List.of(), WHERE)).isEmpty();
    }
}
