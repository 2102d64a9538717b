package org.initlab.maven;

import org.initlab.config.ExperimentDefinition;

/**
 * One {@code <claim>} of an experiment: a sentence, the check that decides it, and whether the
 * check is expected to hold (a statement the data refutes is kept with {@code expected=false}).
 */
public class Claim {
    private String text;
    private String check;
    private boolean expected = true;

    ExperimentDefinition.ClaimDefinition toDefinition() {
        return new ExperimentDefinition.ClaimDefinition(text == null ? check : text, check, expected);
    }
}
