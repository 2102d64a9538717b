package org.initlab.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

/** The grammar of {@code [dialect:]name[(key=value, ...)]} (issue 12: one grammar for specs and claims). */
class SpecSyntaxTest {

    private static SpecSyntaxException syntaxError(String text) {
        try {
            Spec.parse("f", text);
        } catch (SpecSyntaxException e) {
            return e;
        }
        throw new AssertionError("'" + text + "' parsed");
    }

    @Test
    void aNestedSpecIsOneValueWithItsCommas() {
        // split on every comma, this read nonlinearity=relu as a key of lsuv
        Spec s = Spec.parse("f", "lsuv(base=kaiming_normal(mode=fan_out, nonlinearity=relu), tol=0.05)");
        assertThat(s.name()).isEqualTo("lsuv");
        assertThat(s.args()).containsExactly(entry("base", "kaiming_normal(mode=fan_out, nonlinearity=relu)"),
                entry("tol", "0.05"));
        Spec twice = Spec.parse("f", "a(b=c(d=e(f=1, g=2), h=3), i=4)");
        assertThat(twice.args()).containsExactly(entry("b", "c(d=e(f=1, g=2), h=3)"), entry("i", "4"));
        assertThat(Spec.parse("f", "lsuv(base = keras:he_normal(seed=1) )").args().get("base"))
                .isEqualTo("keras:he_normal(seed=1)");
    }

    @Test
    void quotedValuesKeepCommasAndParenthesesButNotTheQuotes() {
        assertThat(Spec.parse("f", "pretrained(path='/data/w,1 (copy).npy')").args().get("path"))
                .isEqualTo("/data/w,1 (copy).npy");
        assertThat(Spec.parse("f", "csv(path=\"it's, here.csv\", target=last)").args())
                .containsExactly(entry("path", "it's, here.csv"), entry("target", "last"));
        // inside a nested spec the quotes stay, for the nested spec's own parse
        assertThat(Spec.parse("f", "lsuv(base=pretrained(path='w,1.npy'), tol=0.1)").args().get("base"))
                .isEqualTo("pretrained(path='w,1.npy')");
        // a quote inside a word is a character of it, as before
        assertThat(Spec.parse("f", "csv(path=O'Brien.csv)").args().get("path")).isEqualTo("O'Brien.csv");
    }

    @Test
    void blanksAroundEveryPartAreIgnoredAndInsideAValueKept() {
        Spec s = Spec.parse("f", "  torch : kaiming_normal ( mode = fan_out ,nonlinearity=relu )  ");
        assertThat(s.dialect()).isEqualTo("torch");
        assertThat(s.name()).isEqualTo("kaiming_normal");
        assertThat(s.text()).isEqualTo("torch : kaiming_normal ( mode = fan_out ,nonlinearity=relu )");
        assertThat(s.args()).containsExactly(entry("mode", "fan_out"), entry("nonlinearity", "relu"));
        assertThat(Spec.parse("f", "csv(path=my data.csv)").args().get("path")).isEqualTo("my data.csv");
        assertThat(Spec.parse("f", "zeros()").args()).isEmpty();
        assertThat(Spec.parse("f", "zeros").dialect()).isNull();
    }

    @Test
    void syntaxErrorsNameTheFieldTheColumnAndWhatWasExpected() {
        assertThat(syntaxError("normal(std)")).hasMessage("f: column 8 of 'normal(std)': expected key=value but got 'std'")
                .satisfies(e -> assertThat(e.column()).isEqualTo(8));
        assertThat(syntaxError("normal(std 1)")).hasMessageContaining("column 12")
                .hasMessageContaining("expected '=' after 'std', got '1'");
        assertThat(syntaxError("normal(=1)")).hasMessageContaining("column 8").hasMessageContaining("expected a key name before '='");
        assertThat(syntaxError("normal(std=1,)")).hasMessageContaining("column 14").hasMessageContaining("expected key=value but got ')'");
        assertThat(syntaxError("normal(1std=1)")).hasMessageContaining("column 8")
                .hasMessageContaining("expected a key name (a letter or '_' first), got '1std'");
        assertThat(syntaxError("normal(std=)")).hasMessageContaining("column 12").hasMessageContaining("key 'std' has no value");
        assertThat(syntaxError("normal(std='')")).hasMessageContaining("key 'std' has no value");
        assertThat(syntaxError("normal(std=1, std=2)")).hasMessageContaining("column 15").hasMessageContaining("key 'std' is given twice");
        assertThat(syntaxError("csv(path='a.csv)")).hasMessageContaining("column 10").hasMessageContaining("the quote ' is never closed");
        assertThat(syntaxError("csv(path='a.csv' x)")).hasMessageContaining("column 18")
                .hasMessageContaining("expected ',' or ')' after the value of 'path', got 'x'");
        assertThat(syntaxError("normal(std=1) x")).hasMessageContaining("column 15")
                .hasMessageContaining("unexpected 'x' after the ')' that closes the '(' at column 7");
        assertThat(syntaxError("(std=1)")).hasMessageContaining("column 1").hasMessageContaining("'(std=1)' does not start with a name");
        assertThat(syntaxError("torch:(std=1)")).hasMessageContaining("column 7").hasMessageContaining("expected a name after 'torch:'");
        assertThat(syntaxError("to rch:normal")).hasMessageContaining("column 1")
                .hasMessageContaining("expected dialect:name, and 'to rch' before the ':' is not a name");
        // today's message, kept: the end of the text is where the ')' is missing
        assertThat(syntaxError("gaussian(rows=1")).hasMessage("f: 'gaussian(rows=1' opens '(' but does not end with ')'");
        assertThat(syntaxError("lsuv(base=normal(std=1)")).hasMessage("f: 'lsuv(base=normal(std=1)' opens '(' but does not end with ')'");
    }

    @Test
    void errorsInsideANestedSpecAreReportedAtTheirColumnInTheWholeText() {
        assertThat(syntaxError("lsuv(base=normal(std=1, std=2))")).hasMessageContaining("column 25")
                .hasMessageContaining("key 'std' is given twice");
        assertThat(syntaxError("lsuv(base=normal(sd))")).hasMessageContaining("column 18")
                .hasMessageContaining("expected key=value but got 'sd'");
        assertThat(syntaxError("lsuv(base=normal(std=1 , tol=0.1)")).hasMessageContaining("opens '(' but does not end with ')'");
        assertThat(syntaxError("lsuv(base=normal(std=1) x)")).hasMessageContaining("column 25")
                .hasMessageContaining("unexpected 'x' after the ')' that closes the '(' at column 17");
        assertThat(syntaxError("lsuv(base=-(0.5))")).hasMessageContaining("column 11")
                .hasMessageContaining("the value '-(…' does not start with a name");
        assertThat(syntaxError("lsuv(base=pretrained(path='a,b.npy))")).hasMessageContaining("column 27")
                .hasMessageContaining("the quote ' is never closed");
        assertThat(syntaxError("lsuv(base=normal(std=1")).hasMessageContaining("column 17")
                .hasMessageContaining("the '(' in the value 'normal(std=1' is never closed");
        assertThat(syntaxError("lsuv(base=normal(std=(1))")).hasMessageContaining("opens '(' but does not end with ')'");
    }

    @Test
    void nestingAndLengthAreBoundedWithNamedErrorsNotAStackOverflow() {
        String deep = "lsuv(base=".repeat(2000) + "zeros" + ")".repeat(2000); // overflowed the stack (review F10)
        assertThatThrownBy(() -> Spec.parse("f", deep)).isInstanceOf(SpecSyntaxException.class)
                .hasMessageStartingWith("f: 'lsuv(base=lsuv(base=").hasMessageContaining("a spec has at most 5000");
        String twentyOne = "a(b=".repeat(21) + "c" + ")".repeat(21);
        assertThat(syntaxError(twentyOne)).hasMessageContaining("column 82").hasMessageContaining("nested more than 20 deep");
        String twenty = "a(b=".repeat(20) + "c" + ")".repeat(20);
        assertThat(Spec.parse("f", twenty).args().get("b")).startsWith("a(b=a(b=");
        String longPath = "pretrained(path=/" + "d".repeat(4900) + ")";
        assertThat(Spec.parse("f", longPath).args().get("path")).hasSize(4901);
    }

    @Test
    void integersAreAsciiDigitsOnly() {
        // Long.parseLong reads Unicode digits: rows=٣ was 3 rows, while a claim refuses ٣
        for (String bad : new String[] {"٣", "１", "3.0", "1e3", "", "99999999999999999999", "0x10"}) {
            Spec s = new Spec("f", "gaussian", null, "gaussian", java.util.Map.of("rows", bad));
            assertThatThrownBy(() -> s.integer("rows", 0)).as(bad).isInstanceOf(ConfigException.class)
                    .hasMessage("f: 'gaussian' key 'rows' expects an integer, got '" + bad + "'");
        }
        assertThat(Spec.parse("f", "g(a=-3, b=+4)").integer("a", 0)).isEqualTo(-3);
        assertThat(Spec.parse("f", "g(a=-3, b=+4)").integer("b", 0)).isEqualTo(4);
    }
}
