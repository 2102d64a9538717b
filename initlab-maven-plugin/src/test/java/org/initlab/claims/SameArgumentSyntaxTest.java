package org.initlab.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.initlab.settings.Spec;
import org.initlab.settings.SpecSyntaxException;

/**
 * A claim metric's argument list and a spec's are one grammar (issue 12): for any list text, the
 * spec {@code m(…)} is refused exactly when the claim {@code cost(…)} is refused for its syntax,
 * with the same problem at the same place (three columns on, for the longer name).
 */
class SameArgumentSyntaxTest {
    private static final String WHERE = "experiment 'x' <claims>[1]";
    private static final int SHIFT = "cost".length() - "m".length();
    private static final Pattern COLUMN = Pattern.compile("at column (\\d+)");
    /** What only the grammar says; the claims' own checks of a parsed list use other words. */
    private static final List<String> SYNTAX = List.of("key=value", "never closed", "is given twice", "has no value",
            "missing ')'", "expected '='", "expected ','", "nested more than", "does not start with a name", "name before '='",
            "a letter or '_' first", "after the ')' that closes");

    @Property(tries = 3000)
    void aListIsRefusedByBothOrByNeither(@ForAll("argumentLists") String list) {
        SpecSyntaxException specError = null;
        try {
            Spec.parse("f", "m" + list);
        } catch (SpecSyntaxException e) {
            specError = e;
        }
        if (specError == null) {
            ClaimException e = catchThrowableOfType(() -> ClaimParser.parse(WHERE, "cost" + list + " < 1"), ClaimException.class);
            if (e != null) {
                assertThat(SYNTAX).as(e.getMessage()).noneMatch(e.getMessage()::contains);
            }
            return;
        }
        // text after the list's ')' is the rest of a claim, not part of the list
        Assume.that(!specError.problem().matches("unexpected '.*' after the '\\)' that closes the '\\(' at column 2"));
        ClaimException e = catchThrowableOfType(() -> ClaimParser.parse(WHERE, "cost" + list), ClaimException.class);
        assertThat(e).as("claim cost%s", list).isNotNull();
        assertThat(e.column()).isEqualTo(specError.column() + SHIFT);
        // the metric's own list says "argument" where a spec says "key"
        assertThat(e.getMessage().replace("an argument name", "a key name").replace(" argument '", " key '"))
                .endsWith(": " + shifted(specError.problem()));
    }

    private static String shifted(String problem) {
        Matcher m = COLUMN.matcher(problem);
        StringBuilder s = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(s, "at column " + (Integer.parseInt(m.group(1)) + SHIFT));
        }
        return m.appendTail(s).toString();
    }

    @Provide
    Arbitrary<String> argumentLists() {
        Arbitrary<String> fragments = Arbitraries.of("init=", "act=", "at=", "layer=", "x=", "a", "1", "relu", "last",
                "normal(std=1)", "lsuv(base=kaiming_normal(mode=fan_out, nonlinearity=relu))", "'q,r'", "\"s)\"", ",", ", ",
                ")", "(", "=", "'", "\"", " ", "init", "٣", "keras:he_normal", "std=1, std=2", "a(b=(c))");
        Arbitrary<String> glued = fragments.list().ofMaxSize(12).map(l -> String.join("", l));
        return Arbitraries.oneOf(glued.map(g -> "(" + g + ")"), glued.map(g -> "(" + g));
    }
}
