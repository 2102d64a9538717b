package org.initlab.settings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one grammar of {@code name(key=value, ...)}: initializer and data-set specs, and the
 * argument lists of claims' metrics ({@code post.std(init=…, layer=5)}), so both accept the same text.
 * <pre>
 * spec  := [NAME ':'] NAME ['(' [arg (',' arg)*] ')']     NAME: [A-Za-z_][A-Za-z0-9_]*
 * arg   := KEY '=' value                                  KEY: letters, digits, '_'; not a digit first
 * value := '…' | "…"     verbatim: commas and parentheses inside are kept, the quotes are not
 *        | spec          nested, e.g. base=kaiming_normal(mode=fan_out, nonlinearity=relu)
 *        | text          a number or word: anything up to the next ',' or ')' except '(' , stripped
 * </pre>
 * A value keeps the text it was written with (a nested spec as {@code kaiming_normal(mode=fan_out,
 * nonlinearity=relu)}): what it means depends on the key, so the catalogue that owns the key reads
 * it. A nested spec is still checked here, so a syntax error anywhere is reported with its column
 * in the whole text. Nesting and length are bounded, which keeps the recursion far from a stack
 * overflow whatever the input.
 */
public final class SpecSyntax {
    /** Longer specs are not labels anyone reads; room for a path as long as Linux allows (4096). */
    public static final int MAX_LENGTH = 5000;
    /** Deepest nesting of parentheses: {@code lsuv(base=…)} needs 2, real specs fewer than 5. */
    public static final int MAX_NESTING = 20;
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** Which text is read: the grammar is the same, the words its errors use are not. */
    public enum Use {
        /** An initializer or data-set spec: {@code field: column 8 of 'normal(std)': …}. */
        SPEC("key", "a key"),
        /** A claim metric's arguments; the claims parser reports the problem with its column. */
        METRIC("argument", "an argument");

        private final String noun;
        private final String aNoun;

        Use(String noun, String aNoun) {
            this.noun = noun;
            this.aNoun = aNoun;
        }
    }

    /**
     * One {@code key=value} as written.
     *
     * @param value       without enclosing quotes; a nested spec as its text
     * @param keyColumn   1-based column of the key
     * @param valueColumn 1-based column of the value (of its opening quote, when quoted)
     */
    public record Argument(String key, int keyColumn, String value, int valueColumn) {
    }

    /**
     * An argument list from its {@code (} through the matching {@code )}.
     *
     * @param closeColumn 1-based column of the closing {@code )}
     * @param end         index just after it, where the caller reads on
     */
    public record Arguments(List<Argument> arguments, int closeColumn, int end) {
        public Arguments {
            arguments = List.copyOf(arguments);
        }
    }

    /** A spec's {@code [dialect:]name}; {@code dialect} is null when there is no prefix. */
    private record Head(String dialect, String name) {
    }

    /** A plain value with a '(' in {@code [from, to)}: checked as a spec once its list's end is known. */
    private record Nested(int from, int to, int open) {
    }

    private final String where;
    private final String text;
    private final Use use;
    private int pos;
    private Nested nested;

    private SpecSyntax(String where, String text, Use use) {
        this.where = where;
        this.text = text;
        this.use = use;
    }

    /** Parses {@code text}, from the setting {@code field}, into a {@link Spec}. */
    static Spec spec(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new ConfigException(field + ": expected a spec like name or name(key=value, ...), got nothing");
        }
        String s = text.strip();
        if (s.length() > MAX_LENGTH) {
            throw new SpecSyntaxException(field + ": '" + s.substring(0, 60) + "…' has " + s.length()
                    + " characters; a spec has at most " + MAX_LENGTH, MAX_LENGTH + 1,
                    "a spec has at most " + MAX_LENGTH + " characters, this one " + s.length());
        }
        return new SpecSyntax(field, s, Use.SPEC).topLevel();
    }

    /**
     * Reads the argument list whose {@code (} is at index {@code open} of {@code text}, e.g. a claim
     * metric's. Nothing after the matching {@code )} is read.
     *
     * @param where what errors name, e.g. {@code experiment 'x' <claims>[2]}
     * @throws SpecSyntaxException with the column in {@code text} and the problem
     */
    public static Arguments arguments(String where, String text, int open, Use use) {
        if (open < 0 || open >= text.length() || text.charAt(open) != '(') {
            throw new IllegalArgumentException("no '(' at index " + open + " of '" + text + "'");
        }
        return new SpecSyntax(where, text, use).list(open, 1, text.length());
    }

    /**
     * A comma list of specs such as {@code <layers>}: the items between the commas that stand outside
     * parentheses and quotes, each stripped and checked as a {@link Spec}, so
     * {@code conv2d(out=16, kernel=3), maxpool(k=2)} is two items; errors name the item as
     * {@code field item n} ({@code item}: e.g. {@code layer}).
     *
     * @throws SpecSyntaxException an unbalanced parenthesis or quote (with its column in {@code text}),
     *         or an item that is not a spec (naming {@code field}, the item's position and its column in the item)
     */
    public static List<Spec> list(String field, String item, String text) {
        if (text == null || text.isBlank()) {
            throw new ConfigException(field + ": expected a comma list of specs, got nothing");
        }
        if (text.length() > MAX_LENGTH) {
            throw new ConfigException(field + ": has " + text.length() + " characters; a list has at most " + MAX_LENGTH);
        }
        SpecSyntax syntax = new SpecSyntax(field, text, Use.SPEC);
        List<Spec> items = new ArrayList<>();
        while (true) {
            syntax.skipBlanks(text.length());
            int start = syntax.pos;
            String value = syntax.plain(0, text.length());
            if (syntax.pos < text.length() && text.charAt(syntax.pos) == ')') {
                throw syntax.error(syntax.pos, "this ')' closes no '('");
            }
            if (value.isEmpty()) {
                throw syntax.error(start, "expected a spec before " + (syntax.pos < text.length() ? "','" : "the end"));
            }
            items.add(spec(field + " " + item + " " + (items.size() + 1), value));
            if (syntax.pos >= text.length()) {
                return items;
            }
            syntax.pos++; // the comma
        }
    }

    private Spec topLevel() {
        int paren = text.indexOf('(');
        Head head = head(0, paren < 0 ? text.length() : paren);
        Map<String, String> args = new LinkedHashMap<>();
        if (paren >= 0) {
            Arguments list = list(paren, 1, text.length());
            pos = list.end();
            skipBlanks(text.length());
            if (pos < text.length()) {
                throw error(pos, "unexpected '" + text.substring(pos) + "' after the ')' that closes the '(' at column "
                        + (paren + 1));
            }
            list.arguments().forEach(a -> args.put(a.key(), a.value()));
        }
        return new Spec(where, text, head.dialect(), head.name(), args);
    }

    /** {@code [dialect:]name} in {@code [from, to)}. */
    private Head head(int from, int to) {
        String head = text.substring(from, to);
        int colon = head.indexOf(':');
        String dialect = colon < 0 ? null : head.substring(0, colon).strip();
        String name = head.substring(colon + 1).strip();
        if (dialect != null && !NAME.matcher(dialect).matches()) {
            throw error(from + leadingBlanks(head), "expected dialect:name, and '" + dialect
                    + "' before the ':' is not a name ([A-Za-z_][A-Za-z0-9_]*)");
        }
        if (!NAME.matcher(name).matches()) {
            int at = from + colon + 1 + leadingBlanks(head.substring(colon + 1));
            String what = dialect != null ? "expected a name after '" + dialect + ":'"
                    : from == 0 ? "'" + text + "' does not start with a name"
                    : "the value '" + text.substring(from, Math.min(text.length(), to + 1)) + "…' does not start with a name";
            throw error(at, what + " ([A-Za-z_][A-Za-z0-9_]*)");
        }
        return new Head(dialect, name);
    }

    /** The list whose {@code (} is at {@code open}, {@code depth} parentheses deep, within {@code [open, limit)}. */
    private Arguments list(int open, int depth, int limit) {
        pos = open + 1;
        List<Argument> arguments = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        skipBlanks(limit);
        if (pos < limit && text.charAt(pos) == ')') {
            return new Arguments(arguments, pos + 1, pos + 1);
        }
        while (true) {
            nested = null;
            Argument a = argument(open, depth, limit);
            if (!keys.add(a.key())) {
                throw error(a.keyColumn() - 1, noun(depth) + " '" + a.key() + "' is given twice");
            }
            arguments.add(a);
            skipBlanks(limit);
            if (pos >= limit) {
                throw unclosed(open, depth); // before the nested value's own errors: this one is the likelier slip
            }
            char c = text.charAt(pos);
            if (c != ',' && c != ')') {
                throw error(pos, "expected ',' or ')' after the value of '" + a.key() + "', got '" + c + "'");
            }
            if (nested != null) {
                int after = pos;
                nestedSpec(nested, depth + 1);
                pos = after;
            }
            if (c == ')') {
                return new Arguments(arguments, pos + 1, pos + 1);
            }
            pos++;
        }
    }

    private Argument argument(int open, int depth, int limit) {
        skipBlanks(limit);
        int keyStart = pos;
        while (pos < limit && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        String key = text.substring(keyStart, pos);
        skipBlanks(limit);
        if (pos >= limit) {
            throw unclosed(open, depth);
        }
        char c = text.charAt(pos);
        if (key.isEmpty()) {
            throw error(pos, c == '=' ? "expected " + aNoun(depth) + " name before '='" : "expected key=value but got '" + c + "'");
        }
        if (Character.isDigit(key.charAt(0))) {
            throw error(keyStart, "expected " + aNoun(depth) + " name (a letter or '_' first), got '" + key + "'");
        }
        if (c != '=') {
            throw error(c == ',' || c == ')' ? keyStart : pos, c == ',' || c == ')' ? "expected key=value but got '" + key + "'"
                    : "expected '=' after '" + key + "', got '" + c + "'");
        }
        pos++;
        skipBlanks(limit);
        if (pos >= limit) {
            throw unclosed(open, depth);
        }
        int valueStart = pos;
        String value = text.charAt(pos) == '\'' || text.charAt(pos) == '"' ? quoted(limit) : plain(depth, limit);
        if (value.isEmpty()) {
            throw error(valueStart, noun(depth) + " '" + key + "' has no value");
        }
        return new Argument(key, keyStart + 1, value, valueStart + 1);
    }

    /** {@code '…'} or {@code "…"} at {@link #pos}: the text between the quotes. */
    private String quoted(int limit) {
        char quote = text.charAt(pos);
        int close = text.indexOf(quote, pos + 1);
        if (close < 0 || close >= limit) {
            throw error(pos, "the quote " + quote + " is never closed");
        }
        String value = text.substring(pos + 1, close);
        pos = close + 1;
        return value;
    }

    /**
     * A value that is not quoted: text up to the next {@code ,} or {@code )} outside parentheses.
     * Found first by counting (no recursion), then, if it has a {@code (}, checked as a nested spec.
     */
    private String plain(int depth, int limit) {
        int start = pos;
        int parens = 0;
        int firstOpen = -1;
        boolean valueStart = false; // inside parentheses, right after '=': a quote opens a quoted value
        int i = start;
        for (; i < limit; i++) {
            char c = text.charAt(i);
            if (valueStart && !Character.isWhitespace(c)) {
                valueStart = false;
                if (c == '\'' || c == '"') {
                    int close = text.indexOf(c, i + 1);
                    if (close < 0 || close >= limit) {
                        throw error(i, "the quote " + c + " is never closed");
                    }
                    i = close;
                    continue;
                }
            }
            if (c == '(') {
                if (parens++ == 0) {
                    firstOpen = i;
                }
                if (depth + parens > MAX_NESTING) {
                    throw error(i, "nested more than " + MAX_NESTING + " deep");
                }
            } else if (c == ')') {
                if (parens == 0) {
                    break;
                }
                parens--;
            } else if (c == ',' && parens == 0) {
                break;
            } else if (c == '=' && parens > 0) {
                valueStart = true;
            }
        }
        if (parens > 0) {
            throw error(firstOpen, "the '(' in the value '" + text.substring(start, limit).strip() + "' is never closed");
        }
        String value = text.substring(start, i).strip();
        if (firstOpen >= 0) {
            nested = new Nested(start, start + value.length(), firstOpen);
        }
        pos = i;
        return value;
    }

    /** Checks a plain value with a {@code (} as a spec whose list is {@code depth} parentheses deep. */
    private void nestedSpec(Nested value, int depth) {
        head(value.from(), value.open());
        Arguments list = list(value.open(), depth, value.to());
        pos = list.end();
        skipBlanks(value.to());
        if (pos < value.to()) {
            throw error(pos, "unexpected '" + text.substring(pos, value.to()) + "' after the ')' that closes the '(' at column "
                    + (value.open() + 1));
        }
    }

    /** A metric's own list has arguments; a spec nested in one of them has keys, as everywhere. */
    private String noun(int depth) {
        return depth == 1 ? use.noun : Use.SPEC.noun;
    }

    private String aNoun(int depth) {
        return depth == 1 ? use.aNoun : Use.SPEC.aNoun;
    }

    private SpecSyntaxException unclosed(int open, int depth) {
        if (depth > 1) {
            return error(open, "the '(' at column " + (open + 1) + " is never closed");
        }
        String problem = "missing ')' to close the '(' at column " + (open + 1);
        if (use == Use.SPEC) {
            return new SpecSyntaxException(where + ": '" + text + "' opens '(' but does not end with ')'", text.length() + 1,
                    problem);
        }
        return error(text.length(), problem);
    }

    /** An error at index {@code at} (0-based) of the text. */
    private SpecSyntaxException error(int at, String problem) {
        int column = at + 1;
        return new SpecSyntaxException(where + ": column " + column + " of '" + text + "': " + problem, column, problem);
    }

    private void skipBlanks(int limit) {
        while (pos < limit && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private static int leadingBlanks(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
