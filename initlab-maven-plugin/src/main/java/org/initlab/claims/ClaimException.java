package org.initlab.claims;

import org.initlab.settings.ConfigException;

/**
 * A claim cannot be parsed, or refers to a run, layer or value the experiment does not have.
 * Either way the POM is wrong, not the data: a claim about a run that does not exist must fail
 * the build as configuration, never be reported as a false claim. The message names the claim
 * ({@code experiment 'x' <claims>[2]}), the column in its expression and, for unknown names,
 * the valid ones.
 */
public final class ClaimException extends ConfigException {
    private final String where;
    private final int column;

    /**
     * @param where   the claim, e.g. {@code experiment 'x' <claims>[2]}
     * @param text    the claim's expression, quoted in the message so the column can be found
     * @param column  1-based column in {@code text} where the problem is
     * @param problem what is wrong and what would be right
     */
    public ClaimException(String where, String text, int column, String problem) {
        super(where + ", column " + column + " of \"" + text + "\": " + problem);
        this.where = where;
        this.column = column;
    }

    /** The claim the problem is in, e.g. {@code experiment 'x' <claims>[2]}. */
    public String where() {
        return where;
    }

    /** 1-based column of the problem in the claim's expression. */
    public int column() {
        return column;
    }
}
