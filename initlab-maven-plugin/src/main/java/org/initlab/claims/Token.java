package org.initlab.claims;

/**
 * One lexical unit of a claim.
 *
 * @param text   the characters as written (for {@link Kind#VALUE}, without enclosing quotes)
 * @param column 1-based column of the first character, for error messages
 */
record Token(Kind kind, String text, int column) {

    enum Kind {
        NUMBER, IDENT, PLUS, MINUS, STAR, SLASH, LPAREN, RPAREN, COMMA, EQUALS, DOT, COMPARISON,
        /** A metric argument's value, read raw so initializer labels keep their parentheses and commas. */
        VALUE,
        END
    }

    /** How the token reads in an error message. */
    String describe() {
        return kind == Kind.END ? "the end of the claim" : "'" + text + "'";
    }
}
