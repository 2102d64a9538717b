package org.initlab.claims;

import org.initlab.results.ClaimResult;
import org.initlab.results.ExperimentResult;

/**
 * Evaluates a parsed {@link Claim} against one experiment's results. The recorded value is the
 * left-hand side, so a reader sees the measured number beside the statement it decides.
 */
public final class ClaimEvaluator {
    private ClaimEvaluator() {
    }

    /**
     * @param text     the claim's prose, shown in the report (the expression when null or blank)
     * @param expected what the suite asserts; {@code passed} is {@code holds == expected}
     * @throws ClaimException when the claim names a run, layer or value the result does not have
     */
    public static ClaimResult evaluate(Claim claim, String text, boolean expected, ExperimentResult result) {
        return evaluate(claim, null, text, expected, result);
    }

    /** As {@link #evaluate(Claim, String, boolean, ExperimentResult)}, recording the claim's {@code id}. */
    public static ClaimResult evaluate(Claim claim, String id, String text, boolean expected, ExperimentResult result) {
        MetricReader reader = new MetricReader(result, claim);
        double left = claim.left().value(reader);
        double right = claim.right().value(reader);
        boolean holds = claim.comparison().test(left, right);
        String prose = text == null || text.isBlank() ? claim.text() : text.strip();
        return new ClaimResult(id, prose, claim.text(), left, holds, expected, holds == expected);
    }
}
