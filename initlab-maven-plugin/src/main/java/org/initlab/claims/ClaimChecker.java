package org.initlab.claims;

import java.util.ArrayList;
import java.util.List;
import org.initlab.config.ClaimIds;
import org.initlab.config.ExperimentDefinition.ClaimDefinition;
import org.initlab.results.ClaimResult;
import org.initlab.results.ExperimentResult;

/**
 * Checks an experiment's {@code <claims>} against its results: the entry point of this package.
 * Every claim is parsed before any is evaluated, so a typo in the fifth claim fails at once
 * rather than after four evaluations.
 */
public final class ClaimChecker {
    private ClaimChecker() {
    }

    /**
     * Parses every claim; call it when the POM is read to fail before any experiment runs.
     *
     * @param where the experiment, e.g. {@code experiment 'x'}; each claim is named
     *              {@code experiment 'x' <claims>[i]}, counting from 1
     */
    public static List<Claim> parseAll(List<ClaimDefinition> claims, String where) {
        List<Claim> parsed = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            parsed.add(ClaimParser.parse(where(where, i), claims.get(i).check()));
        }
        return List.copyOf(parsed);
    }

    /**
     * The verdict of every claim, in order.
     *
     * @throws ClaimException when a claim does not parse or names something the result does not have
     */
    public static List<ClaimResult> check(ExperimentResult result, List<ClaimDefinition> claims, String where) {
        List<Claim> parsed = parseAll(claims, where);
        List<ClaimResult> checked = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            ClaimDefinition d = claims.get(i);
            String id = d.id() == null ? ClaimIds.defaultId(i) : d.id();
            checked.add(ClaimEvaluator.evaluate(parsed.get(i), id, d.text(), d.expected(), d.minFraction(), result));
        }
        return List.copyOf(checked);
    }

    /** {@code result} with its claims checked and attached (replacing any it had). */
    public static ExperimentResult withClaims(ExperimentResult result, List<ClaimDefinition> claims, String where) {
        return result.withClaims(check(result, claims, where));
    }

    private static String where(String experiment, int index) {
        return experiment + " <claims>[" + (index + 1) + "]";
    }
}
