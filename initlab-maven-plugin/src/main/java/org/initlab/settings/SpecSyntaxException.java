package org.initlab.settings;

/**
 * A spec's text, or a claim metric's argument list, does not follow {@link SpecSyntax}'s grammar.
 * Besides the message (which names the setting, the column and what was expected) it keeps the
 * column and the bare problem, so the claims parser can report the same problem in its own form.
 */
public final class SpecSyntaxException extends ConfigException {
    private final int column;
    private final String problem;

    SpecSyntaxException(String message, int column, String problem) {
        super(message);
        this.column = column;
        this.problem = problem;
    }

    /** 1-based column of the problem in the text that was parsed. */
    public int column() {
        return column;
    }

    /** What is wrong and what was expected, without the setting's name or the column. */
    public String problem() {
        return problem;
    }
}
