package org.initlab.claims;

import java.util.Arrays;
import java.util.List;

/**
 * The comparison at the heart of a claim. Any comparison involving NaN is false, {@code !=}
 * included (unlike Java's {@code !=}): a claim about a value that blew up must not hold by
 * accident. Infinities compare as usual ({@code inf > 1e308}).
 */
public enum Comparison {
    LESS("<"), LESS_OR_EQUAL("<="), GREATER(">"), GREATER_OR_EQUAL(">="), EQUAL("=="), NOT_EQUAL("!=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean test(double left, double right) {
        if (Double.isNaN(left) || Double.isNaN(right)) {
            return false;
        }
        return switch (this) {
            case LESS -> left < right;
            case LESS_OR_EQUAL -> left <= right;
            case GREATER -> left > right;
            case GREATER_OR_EQUAL -> left >= right;
            case EQUAL -> left == right;
            case NOT_EQUAL -> left != right;
        };
    }

    static List<String> symbols() {
        return Arrays.stream(values()).map(Comparison::symbol).toList();
    }

    static Comparison of(String symbol) {
        for (Comparison c : values()) {
            if (c.symbol.equals(symbol)) {
                return c;
            }
        }
        throw new IllegalArgumentException("not a comparison: " + symbol);
    }
}
