package org.initlab.claims;

import org.initlab.settings.SpecSyntax;
import org.initlab.settings.SpecSyntaxException;

/**
 * Splits a claim into {@link Token}s on demand. Tokens are read one at a time, not all up
 * front, because a metric's argument list (values such as the initializer label
 * {@code kaiming_normal(mode=fan_in, nonlinearity=relu)}) is not made of claim tokens: after a
 * metric's {@code (} the parser asks for {@link #arguments}, which the specs' grammar reads.
 */
final class Lexer {
    private final String where;
    private final String text;
    private int pos;

    Lexer(String where, String text) {
        this.where = where;
        this.text = text;
    }

    String text() {
        return text;
    }

    ClaimException error(int column, String problem) {
        return new ClaimException(where, text, column, problem);
    }

    /** The next token; {@link Token.Kind#END} at the end, as often as asked. */
    Token next() {
        skipSpace();
        int start = pos;
        int column = start + 1;
        if (pos >= text.length()) {
            return new Token(Token.Kind.END, "", column);
        }
        char c = text.charAt(pos);
        if (digit(c) || c == '.' && pos + 1 < text.length() && digit(text.charAt(pos + 1))) {
            return number();
        }
        if (Character.isLetter(c) || c == '_') {
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            return new Token(Token.Kind.IDENT, text.substring(start, pos), column);
        }
        pos++;
        switch (c) {
            case '+': return new Token(Token.Kind.PLUS, "+", column);
            case '-': return new Token(Token.Kind.MINUS, "-", column);
            case '*': return new Token(Token.Kind.STAR, "*", column);
            case '/': return new Token(Token.Kind.SLASH, "/", column);
            case '(': return new Token(Token.Kind.LPAREN, "(", column);
            case ')': return new Token(Token.Kind.RPAREN, ")", column);
            case ',': return new Token(Token.Kind.COMMA, ",", column);
            case '.': return new Token(Token.Kind.DOT, ".", column);
            case '<':
            case '>':
                return comparison(start, column);
            case '=':
                if (peekChar('=')) {
                    pos++;
                    return new Token(Token.Kind.COMPARISON, "==", column);
                }
                return new Token(Token.Kind.EQUALS, "=", column);
            case '!':
                if (peekChar('=')) {
                    pos++;
                    return new Token(Token.Kind.COMPARISON, "!=", column);
                }
                throw error(column, "'!' must be followed by '=' (the comparison !=)");
            default:
                throw error(column, "unexpected character '" + c + "'");
        }
    }

    /**
     * A metric's argument list, read by the specs' grammar ({@link SpecSyntax}) from the {@code (}
     * at {@code open} through its matching {@code )}, so a claim accepts exactly the arguments a spec
     * does; the lexer reads on after the {@code )}.
     */
    SpecSyntax.Arguments arguments(Token open) {
        try {
            SpecSyntax.Arguments list = SpecSyntax.arguments(where, text, open.column() - 1, SpecSyntax.Use.METRIC);
            pos = list.end();
            return list;
        } catch (SpecSyntaxException e) {
            throw error(e.column(), e.problem());
        }
    }

    private Token number() {
        int start = pos;
        digits();
        if (peekChar('.')) {
            pos++;
            digits();
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int mark = pos++;
            if (peekChar('+') || peekChar('-')) {
                pos++;
            }
            if (pos < text.length() && digit(text.charAt(pos))) {
                digits();
            } else {
                throw error(mark + 1, "the exponent of '" + text.substring(start, pos) + "' has no digits");
            }
        }
        return new Token(Token.Kind.NUMBER, text.substring(start, pos), start + 1);
    }

    /** {@code <}, {@code <=}, {@code >} or {@code >=}; the first character is already read. */
    private Token comparison(int start, int column) {
        if (peekChar('=')) {
            pos++;
        }
        return new Token(Token.Kind.COMPARISON, text.substring(start, pos), column);
    }

    private void digits() {
        while (pos < text.length() && digit(text.charAt(pos))) {
            pos++;
        }
    }

    /** ASCII only: numbers are read by Double.parseDouble, which takes no other digits (٣, １). */
    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private boolean peekChar(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }
}
