package org.initlab.claims;

/**
 * Splits a claim into {@link Token}s on demand. Tokens are read one at a time, not all up
 * front, because a metric argument's value (an initializer label such as
 * {@code kaiming_normal(mode=fan_in, nonlinearity=relu)}) is not made of claim tokens: after
 * {@code init=} the parser asks for {@link #value()}, which reads raw text up to the next
 * top-level {@code ,} or {@code )}.
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
     * A metric argument's value: {@code '…'} or {@code "…"} verbatim, or raw text up to the next
     * {@code ,} or {@code )} outside parentheses, stripped of surrounding blanks.
     */
    Token value() {
        skipSpace();
        int column = pos + 1;
        if (pos < text.length() && (text.charAt(pos) == '\'' || text.charAt(pos) == '"')) {
            char quote = text.charAt(pos);
            int close = text.indexOf(quote, pos + 1);
            if (close < 0) {
                throw error(column, "the quote " + quote + " is never closed");
            }
            String value = text.substring(pos + 1, close);
            pos = close + 1;
            return new Token(Token.Kind.VALUE, value, column);
        }
        int start = pos;
        int depth = 0;
        int firstOpen = -1;
        for (; pos < text.length(); pos++) {
            char c = text.charAt(pos);
            if (c == '(') {
                if (depth++ == 0) {
                    firstOpen = pos;
                }
            } else if (c == ')') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                break;
            }
        }
        if (depth > 0) {
            throw error(firstOpen + 1, "the '(' in the value '" + text.substring(start).strip() + "' is never closed");
        }
        return new Token(Token.Kind.VALUE, text.substring(start, pos).strip(), column);
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
