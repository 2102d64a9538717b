package org.initlab.maven;

import org.initlab.config.ExperimentDefinition;

/**
 * One {@code <claim>} of an experiment: an id that explanations cite it by, a sentence, the check
 * that decides it, and whether the check is expected to hold (a statement the data refutes is kept
 * with {@code expected=false}).
 */
public class Claim {
    private String id;
    private String text;
    private String check;
    /** Text, not boolean: Maven would read a typo such as {@code maybe} as false and flip the claim. */
    private String expected;
    /**
     * Of the experiment's seeds, the fraction the claim must hold in (with {@code expected=false}:
     * fail in) to pass; 1 by default, every seed. Text, so that initlab names a bad value.
     */
    private String minFraction;

    ExperimentDefinition.ClaimDefinition toDefinition() {
        return ExperimentDefinition.ClaimDefinition.written(id, text == null ? check : text, check, expected, minFraction);
    }
}
