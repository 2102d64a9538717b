package org.initlab.claims;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * One side of a claim: an arithmetic expression over numbers and metrics. Immutable and
 * independent of any result, so a claim can be parsed and checked when the POM is read and
 * evaluated once the experiment has run; the metric values come in through a reader.
 */
public sealed interface Expr permits Expr.Num, Expr.Negate, Expr.Binary, Expr.Call, Expr.Aggregate, Metric {

    /** The value, with each metric's value from {@code metrics}. IEEE arithmetic: 1/0 is inf, 0/0 is NaN. */
    double value(ToDoubleFunction<Metric> metrics);

    /** Fully parenthesised form, showing how the expression was grouped (precedence made visible). */
    String render();

    /** Every metric this expression reads, left to right. */
    List<Metric> metrics();

    /** A literal: a number, {@code inf} or {@code nan}. */
    record Num(double number) implements Expr {
        @Override
        public double value(ToDoubleFunction<Metric> metrics) {
            return number;
        }

        @Override
        public String render() {
            if (Double.isNaN(number)) {
                return "nan";
            }
            if (Double.isInfinite(number)) {
                return number > 0 ? "inf" : "-inf";
            }
            return number == Math.rint(number) && Math.abs(number) < 1e15 ? Long.toString((long) number) : Double.toString(number);
        }

        @Override
        public List<Metric> metrics() {
            return List.of();
        }
    }

    /** Unary minus. */
    record Negate(Expr operand) implements Expr {
        @Override
        public double value(ToDoubleFunction<Metric> metrics) {
            return -operand.value(metrics);
        }

        @Override
        public String render() {
            return "(-" + operand.render() + ")";
        }

        @Override
        public List<Metric> metrics() {
            return operand.metrics();
        }
    }

    /** {@code left op right} for one of {@code + - * /}. */
    record Binary(Arithmetic op, Expr left, Expr right) implements Expr {
        @Override
        public double value(ToDoubleFunction<Metric> metrics) {
            return op.apply(left.value(metrics), right.value(metrics));
        }

        @Override
        public String render() {
            return "(" + left.render() + " " + op.symbol() + " " + right.render() + ")";
        }

        @Override
        public List<Metric> metrics() {
            return Stream.concat(left.metrics().stream(), right.metrics().stream()).toList();
        }
    }

    /** {@code abs(…)} or {@code log10(…)}. */
    record Call(Function function, Expr argument) implements Expr {
        @Override
        public double value(ToDoubleFunction<Metric> metrics) {
            return function.apply(argument.value(metrics));
        }

        @Override
        public String render() {
            return function.word() + "(" + argument.render() + ")";
        }

        @Override
        public List<Metric> metrics() {
            return argument.metrics();
        }
    }

    /**
     * {@code median(…)}, {@code mean(…)}, {@code low(…)} or {@code high(…)}: the argument evaluated on
     * every seed ({@link EverySeed}), then aggregated; read against one seed's metrics, that seed's value.
     * The parser lets no aggregate hold another, and no metric stand outside one in a claim that has one.
     */
    record Aggregate(Aggregation aggregation, Expr argument) implements Expr {
        @Override
        public double value(ToDoubleFunction<Metric> metrics) {
            List<? extends ToDoubleFunction<Metric>> seeds = metrics instanceof EverySeed every ? every.seeds() : List.of(metrics);
            return aggregation.apply(seeds.stream().mapToDouble(argument::value).toArray());
        }

        @Override
        public String render() {
            return aggregation.word() + "(" + argument.render() + ")";
        }

        @Override
        public List<Metric> metrics() {
            return argument.metrics();
        }
    }

    /** The binary arithmetic operators, in IEEE double arithmetic. */
    enum Arithmetic {
        ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/");

        private final String symbol;

        Arithmetic(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        double apply(double a, double b) {
            return switch (this) {
                case ADD -> a + b;
                case SUBTRACT -> a - b;
                case MULTIPLY -> a * b;
                case DIVIDE -> a / b;
            };
        }
    }

    /** The functions a claim may call: enough to compare magnitudes and orders of magnitude. */
    enum Function {
        ABS("abs"), LOG10("log10");

        private final String word;

        Function(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        double apply(double x) {
            return this == ABS ? Math.abs(x) : Math.log10(x);
        }

        static Function named(String word) {
            for (Function f : values()) {
                if (f.word.equals(word)) {
                    return f;
                }
            }
            return null;
        }
    }
}
