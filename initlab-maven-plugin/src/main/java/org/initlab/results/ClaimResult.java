package org.initlab.results;

/**
 * A statement about an experiment, checked against its own data.
 *
 * @param id         what explanations cite it by, {@code [claim:id]}; unique within its experiment
 * @param expression what was evaluated, in the claim language
 * @param value      the number that decided it (the comparison's left-hand side)
 * @param holds      what the data says
 * @param expected   what the suite asserts: a tutorial's statement the data refutes is kept with {@code false}
 * @param passed     {@code holds == expected}
 */
public record ClaimResult(String id, String text, String expression, double value, boolean holds, boolean expected, boolean passed) {
}
