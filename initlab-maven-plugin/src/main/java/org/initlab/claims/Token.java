package org.initlab.claims;

/**
 * One lexical unit of a claim.
 *
 * @param text   the characters as written
 * @param column 1-based column of the first character, for error messages
 */
record Token(Kind kind, String text, int column) {

    enum Kind {
        NUMBER, IDENT, PLUS, MINUS, STAR, SLASH, LPAREN, RPAREN, COMMA, EQUALS, DOT, COMPARISON, END
    }

    /** How the token reads in an error message. */
    String describe() {
        return kind == Kind.END ? "the end of the claim" : "'" + text + "'";
    }
}
