package org.initlab.claims;

import java.util.List;
import java.util.stream.Stream;

/**
 * A parsed claim, {@code left comparison right}: immutable and independent of any result, so it
 * can be parsed (and its metric names checked) when the POM is read, and evaluated once the
 * experiment has run ({@link ClaimEvaluator}).
 *
 * @param where where the claim was written, e.g. {@code experiment 'x' <claims>[2]}
 * @param text  the expression as written, for error messages and {@code ClaimResult.expression}
 */
public record Claim(String where, String text, Expr left, Comparison comparison, Expr right) {

    /** Every metric the claim reads, left to right: e.g. to check initializer labels before running. */
    public List<Metric> metrics() {
        return Stream.concat(left.metrics().stream(), right.metrics().stream()).toList();
    }

    /**
     * Whether the claim aggregates over seeds ({@code median(…)} and the like): then it is one verdict over
     * every seed, not one per seed (the parser has made sure every metric sits inside an aggregate).
     */
    public boolean overSeeds() {
        return aggregates(left) || aggregates(right);
    }

    private static boolean aggregates(Expr e) {
        if (e instanceof Expr.Aggregate) {
            return true;
        }
        if (e instanceof Expr.Negate n) {
            return aggregates(n.operand());
        }
        if (e instanceof Expr.Binary b) {
            return aggregates(b.left()) || aggregates(b.right());
        }
        return e instanceof Expr.Call c && aggregates(c.argument());
    }

    /** Fully parenthesised form, showing how the claim was grouped. */
    public String render() {
        return left.render() + " " + comparison.symbol() + " " + right.render();
    }
}
