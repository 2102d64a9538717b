package org.initlab.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Whatever a POM holds, the claim parser answers with a claim or a {@link ClaimException} naming
 * the claim — never another exception (reliability review F10: StackOverflowError killed the JVM,
 * Unicode digits gave a NumberFormatException).
 */
class ClaimParserFuzzTest {
    private static final String WHERE = "experiment 'x' <claims>[1]";

    @Property(tries = 3000)
    void anyTextParsesOrFailsNamingTheClaim(@ForAll("claimLike") String text) {
        try {
            assertThat(ClaimParser.parse(WHERE, text)).isNotNull();
        } catch (ClaimException e) {
            assertThat(e.getMessage()).startsWith(WHERE);
        }
    }

    /** Fragments of the language glued at random, plus arbitrary Unicode, so both deep and odd input appear. */
    @Provide
    Arbitrary<String> claimLike() {
        Arbitrary<String> fragments = Arbitraries.of("(", ")", "abs(", "log10(", "-", "+", "*", "/", "1", "0.5", "1e3",
                "1e", ".", "inf", "nan", "<", "<=", "==", "!=", ">", "post.std", "(init=xavier_normal, layer=2)",
                "init=", "'", "\"", ",", " ", "٣", "１", "\t", "layer=", "cell(", "pre", "weights.mean",
                "median(", "mean(", "low(", "high(", "testAccuracy(init=a)");
        Arbitrary<String> glued = fragments.list().ofMaxSize(400).map(l -> String.join("", l));
        return Arbitraries.oneOf(glued, Arbitraries.strings().ofMaxLength(200), deep());
    }

    private static Arbitrary<String> deep() {
        return Arbitraries.integers().between(1, 20_000).flatMap(n -> Arbitraries.of("(", "abs(", "-", "1 + ")
                .map(open -> open.repeat(n) + "1" + (open.endsWith("(") ? ")".repeat(n) : "") + " < 2"));
    }

    @Test
    void deepNestingIsANamedErrorNotAStackOverflow() {
        assertThatThrownBy(() -> ClaimParser.parse(WHERE, "(".repeat(5000) + "1" + ")".repeat(5000) + " < 2"))
                .isInstanceOf(ClaimException.class).hasMessageContaining("at most 2000 characters");
        assertThatThrownBy(() -> ClaimParser.parse(WHERE, "(".repeat(60) + "1" + ")".repeat(60) + " < 2"))
                .isInstanceOf(ClaimException.class).hasMessageContaining("nested more than 50 deep");
        assertThatThrownBy(() -> ClaimParser.parse(WHERE, "-".repeat(100) + "1 < 2"))
                .isInstanceOf(ClaimException.class).hasMessageContaining("nested more than 50 deep");
        assertThat(ClaimParser.parse(WHERE, "(".repeat(50) + "1" + ")".repeat(50) + " < 2")).isNotNull();
    }

    @Test
    void aLongSumStillEvaluatesWithoutOverflowingTheStack() {
        String sum = "1" + "+1".repeat(990); // as long as the length bound lets a claim be
        Claim claim = ClaimParser.parse(WHERE, sum + " < 992");
        assertThat(claim.left().value(metric -> 0)).isEqualTo(991);
    }

    @Test
    void unicodeDigitsAreNamedErrors() {
        assertThatThrownBy(() -> ClaimParser.parse(WHERE, "1 < ٣")).isInstanceOf(ClaimException.class);
        assertThatThrownBy(() -> ClaimParser.parse(WHERE, "1 < １")).isInstanceOf(ClaimException.class);
    }
}
