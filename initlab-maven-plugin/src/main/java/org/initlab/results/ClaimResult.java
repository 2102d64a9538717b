package org.initlab.results;

/**
 * A statement about an experiment, checked against its own data, on every seed the experiment ran.
 *
 * @param id          what explanations cite it by, {@code [claim:id]}; unique within its experiment
 * @param expression  what was evaluated, in the claim language
 * @param value       the number that decided it on the first seed (the comparison's left-hand side)
 * @param holds       what the data says on the first seed
 * @param expected    what the suite asserts: a tutorial's statement the data refutes is kept with {@code false}
 * @param passed      {@code expected}: it holds in at least {@code minFraction} of the seeds; not {@code expected}:
 *                    it fails in at least {@code minFraction} of them (holds in at most 1 − minFraction); with one
 *                    seed and the default minFraction this is {@code holds == expected}
 * @param fraction    of the seeds, the fraction the claim holds in
 * @param seeds       how many seeds it was checked on
 * @param minFraction what {@code passed} asks of {@code fraction}
 */
public record ClaimResult(String id, String text, String expression, double value, boolean holds, boolean expected,
                          boolean passed, double fraction, int seeds, double minFraction) {

    /** A claim checked on one seed, which must hold (or fail) there. */
    public ClaimResult(String id, String text, String expression, double value, boolean holds, boolean expected,
                       boolean passed) {
        this(id, text, expression, value, holds, expected, passed, holds ? 1 : 0, 1, 1);
    }

    /** How many of the seeds the claim holds in. */
    public int holdingSeeds() {
        return (int) Math.round(fraction * seeds);
    }
}
