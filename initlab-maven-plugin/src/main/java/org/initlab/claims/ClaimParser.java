package org.initlab.claims;

import org.initlab.claims.Expr.Arithmetic;
import org.initlab.claims.Token.Kind;

/**
 * Recursive-descent parser for the claim language:
 * <pre>
 * claim   := sum CMP sum                    CMP: &lt; &lt;= &gt; &gt;= == !=
 * sum     := product (('+' | '-') product)*
 * product := unary (('*' | '/') unary)*
 * unary   := '-' unary | primary
 * primary := NUMBER | 'inf' | 'nan' | '(' sum ')' | 'abs(' sum ')' | 'log10(' sum ')' | AGG '(' sum ')' | metric
 *                                           AGG: median mean low high, over every seed
 * metric  := NAME ['.' FIELD] '(' [arg (',' arg)*] ')'
 * arg     := KEY '=' value                  value: a word or number, '…' / "…", or a nested spec
 * </pre>
 * A metric's argument list is read by {@link org.initlab.settings.SpecSyntax}, the grammar of
 * initializer specs, so {@code init=} takes any label an initializer can be written with.
 * An aggregate holds no aggregate and at least one metric; in a claim with an aggregate every metric
 * sits inside one, so the claim is one verdict over all seeds rather than a mix of per-seed and
 * all-seed figures.
 * One comparison per claim keeps a claim's verdict tied to one number, its left-hand side, which
 * the report shows beside it.
 */
public final class ClaimParser {
    /** Longer claims are not statements a reader can check; the bound also keeps evaluation's recursion shallow. */
    static final int MAX_LENGTH = 2000;
    /** Deepest nesting of parentheses, functions and signs: far beyond any real claim, far below a stack overflow. */
    static final int MAX_NESTING = 50;
    private final Lexer lexer;
    private int nesting;
    private final String where;
    private Token peeked;
    /** The aggregate being parsed, or null outside one. */
    private Token aggregate;
    private Token firstAggregate;
    /** The first metric read outside any aggregate. */
    private Metric firstBare;

    private ClaimParser(String where, String text) {
        this.where = where;
        this.lexer = new Lexer(where, text);
    }

    /**
     * Parses one claim and resolves its metric names.
     *
     * @param where what to name in errors, e.g. {@code experiment 'x' <claims>[2]}
     * @throws ClaimException naming {@code where} and the column when the text is not a claim
     */
    public static Claim parse(String where, String text) {
        if (text == null || text.isBlank()) {
            throw new ClaimException(where, text == null ? "" : text, 1,
                    "expected a claim such as post.std(init=xavier_normal, layer=5) < 1, got nothing");
        }
        String claim = text.strip();
        if (claim.length() > MAX_LENGTH) {
            throw new ClaimException(where, claim.substring(0, 60) + "…", 1, "a claim has at most " + MAX_LENGTH
                    + " characters, this one " + claim.length());
        }
        return new ClaimParser(where, claim).claim();
    }

    private Claim claim() {
        Expr left = sum();
        Token cmp = next();
        if (cmp.kind() != Kind.COMPARISON) {
            throw unexpected(cmp, "a comparison (" + String.join(", ", Comparison.symbols()) + ")");
        }
        Expr right = sum();
        Token end = next();
        if (end.kind() == Kind.COMPARISON) {
            throw lexer.error(end.column(), "a claim has one comparison; found a second '" + end.text() + "'");
        }
        if (end.kind() == Kind.RPAREN) {
            throw lexer.error(end.column(), "unmatched ')'");
        }
        if (end.kind() != Kind.END) {
            throw lexer.error(end.column(), "unexpected " + end.describe() + " after the end of the claim");
        }
        if (firstAggregate != null && firstBare != null) {
            throw lexer.error(firstBare.column(), "'" + firstBare.name().text() + "' is read seed by seed, but this claim"
                    + " aggregates over the seeds ('" + firstAggregate.text() + "' at column " + firstAggregate.column()
                    + "); wrap it in " + String.join(", ", Aggregation.words().stream().map(w -> w + "(…)").toList())
                    + " so the claim is one verdict over all seeds");
        }
        return new Claim(where, lexer.text(), left, Comparison.of(cmp.text()), right);
    }

    private Expr sum() {
        Expr e = product();
        while (peek().kind() == Kind.PLUS || peek().kind() == Kind.MINUS) {
            Arithmetic op = next().kind() == Kind.PLUS ? Arithmetic.ADD : Arithmetic.SUBTRACT;
            e = new Expr.Binary(op, e, product());
        }
        return e;
    }

    private Expr product() {
        Expr e = unary();
        while (peek().kind() == Kind.STAR || peek().kind() == Kind.SLASH) {
            Arithmetic op = next().kind() == Kind.STAR ? Arithmetic.MULTIPLY : Arithmetic.DIVIDE;
            e = new Expr.Binary(op, e, unary());
        }
        return e;
    }

    private Expr unary() {
        if (peek().kind() == Kind.MINUS) {
            Token minus = next();
            enter(minus);
            Expr negated = new Expr.Negate(unary());
            nesting--;
            return negated;
        }
        return primary();
    }

    private void enter(Token t) {
        if (++nesting > MAX_NESTING) {
            throw lexer.error(t.column(), "nested more than " + MAX_NESTING + " deep");
        }
    }

    private Expr primary() {
        Token t = next();
        switch (t.kind()) {
            case NUMBER:
                return new Expr.Num(Double.parseDouble(t.text()));
            case LPAREN: {
                enter(t);
                Expr inner = sum();
                close(t);
                nesting--;
                return inner;
            }
            case IDENT:
                return named(t);
            default:
                throw unexpected(t, "a number, inf, nan, '(', abs(…), log10(…), median(…) or another aggregate, or a metric");
        }
    }

    /** A word: a constant, a function call or a metric. */
    private Expr named(Token word) {
        if (peek().kind() != Kind.LPAREN && peek().kind() != Kind.DOT) {
            if (word.text().equals("inf")) {
                return new Expr.Num(Double.POSITIVE_INFINITY);
            }
            if (word.text().equals("nan")) {
                return new Expr.Num(Double.NaN);
            }
        }
        Aggregation aggregation = Aggregation.named(word.text());
        if (aggregation != null && peek().kind() == Kind.LPAREN) {
            return aggregate(word, aggregation);
        }
        Expr.Function function = Expr.Function.named(word.text());
        if (function != null) {
            Token open = next();
            if (open.kind() != Kind.LPAREN) {
                throw unexpected(open, "'(' after '" + word.text() + "': " + word.text() + "(…)");
            }
            enter(open);
            Expr argument = sum();
            close(open);
            nesting--;
            return new Expr.Call(function, argument);
        }
        return metric(word);
    }

    private Expr aggregate(Token word, Aggregation aggregation) {
        if (aggregate != null) {
            throw lexer.error(word.column(), "'" + word.text() + "(…)' inside '" + aggregate.text() + "(…)' at column "
                    + aggregate.column() + ": an aggregate takes what is measured on each seed, e.g. "
                    + word.text() + "(post.std(init=…, layer=…)), not another aggregate");
        }
        Token open = next();
        enter(open);
        aggregate = word;
        firstAggregate = firstAggregate == null ? word : firstAggregate;
        Expr argument = sum();
        close(open);
        aggregate = null;
        nesting--;
        if (argument.metrics().isEmpty()) {
            throw lexer.error(word.column(), "'" + word.text() + "(…)' aggregates over seeds, so it needs a metric inside,"
                    + " e.g. " + word.text() + "(testAccuracy(init=…)); got " + argument.render());
        }
        return new Expr.Aggregate(aggregation, argument);
    }

    private Metric metric(Token word) {
        Token field = null;
        if (peek().kind() == Kind.DOT) {
            next();
            field = next();
            if (field.kind() != Kind.IDENT) {
                throw unexpected(field, "a field name after '" + word.text() + ".'");
            }
        }
        MetricName name = MetricName.resolve(word, field, lexer);
        Token open = next();
        if (open.kind() != Kind.LPAREN) {
            throw lexer.error(open.column(), "'" + name.text() + "' needs its arguments in parentheses, e.g. "
                    + name.text() + "(" + String.join(", ", name.measure().requiredKeys().stream().map(k -> k + "=…").toList()) + ")");
        }
        Metric metric = Metric.of(name, word.column(), lexer.arguments(open), lexer);
        if (aggregate == null && firstBare == null) {
            firstBare = metric;
        }
        return metric;
    }

    /** Consumes the ')' matching {@code open}. */
    private void close(Token open) {
        Token t = next();
        if (t.kind() != Kind.RPAREN) {
            throw lexer.error(t.column(), "missing ')' to close the '(' at column " + open.column()
                    + (t.kind() == Kind.END ? "" : ", got " + t.describe()));
        }
    }

    private ClaimException unexpected(Token t, String expected) {
        return lexer.error(t.column(), "expected " + expected + ", got " + t.describe());
    }

    private Token peek() {
        if (peeked == null) {
            peeked = lexer.next();
        }
        return peeked;
    }

    private Token next() {
        Token t = peek();
        peeked = null;
        return t;
    }
}
