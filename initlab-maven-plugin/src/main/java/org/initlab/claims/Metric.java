package org.initlab.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.initlab.settings.Names;
import org.initlab.settings.SpecSyntax;
import org.initlab.tensor.Reference;

/**
 * A measurement named in a claim, such as {@code post.std(init=xavier_normal, act=relu, layer=5)}:
 * what to read and which run and layer to read it from. Arguments are checked for their form
 * here (known keys, required keys present, {@code layer} a number or {@code last}, {@code at} an
 * iteration, {@code depth} and {@code width} positive numbers); whether the run, layer or grid cell
 * exists can only be known against a result ({@link MetricReader}).
 *
 * @param act    null when omitted
 * @param layer  null for run-level metrics
 * @param at     null when omitted (for {@code cost}: the last recorded)
 * @param depth  null except for {@code cell}
 * @param width  null when omitted (for {@code cell}: the sweep's only width)
 * @param other  the initializer compared with ({@code weights.maxRelDiff}); null for every other metric
 * @param ref    the reference a layer's output is compared with ({@code pre.maxRelDiff}); null for every other metric
 * @param border the pixels left out at each edge ({@code pre.maxRelDiff}); null when omitted (none)
 * @param column 1-based column of the metric's name, for error messages
 */
public record Metric(MetricName name, Argument init, Argument act, Argument layer, Argument at, Argument depth,
                     Argument width, Argument other, Argument ref, Argument border, int column) implements Expr {

    /** The word that selects a network's last layer (or last hidden layer, for {@code distinctUnits}). */
    public static final String LAST = "last";

    /**
     * An argument's value as written (without quotes) and where it was written.
     *
     * @param column 1-based column of the value, for error messages
     */
    public record Argument(String value, int column) {
    }

    /** True when {@code layer=last}. */
    public boolean lastLayer() {
        return layer != null && LAST.equals(layer.value());
    }

    /** The 1-based layer number; only when {@code layer} was given as a number. */
    public int layerNumber() {
        return Integer.parseInt(layer.value());
    }

    /** The iteration {@code at} names; only when {@code at} was given. */
    public long atIteration() {
        return Long.parseLong(at.value());
    }

    /** The number of layers {@code depth} names; only when {@code depth} was given. */
    public int depthNumber() {
        return Integer.parseInt(depth.value());
    }

    /** The hidden width {@code width} names; only when {@code width} was given. */
    public int widthNumber() {
        return Integer.parseInt(width.value());
    }

    /** The comparison {@code ref} and {@code border} name; only for {@code pre.maxRelDiff}. */
    public Reference.Check check() {
        return new Reference.Check(Reference.named(ref.value()), border == null ? 0 : Integer.parseInt(border.value()));
    }

    @Override
    public double value(ToDoubleFunction<Metric> metrics) {
        return metrics.applyAsDouble(this);
    }

    @Override
    public String render() {
        List<String> parts = new ArrayList<>();
        parts.add(Measure.INIT + "=" + init.value());
        if (other != null) {
            parts.add(Measure.OTHER + "=" + other.value());
        }
        if (act != null) {
            parts.add(Measure.ACT + "=" + act.value());
        }
        if (layer != null) {
            parts.add(Measure.LAYER + "=" + layer.value());
        }
        if (at != null) {
            parts.add(Measure.AT + "=" + at.value());
        }
        if (depth != null) {
            parts.add(Measure.DEPTH + "=" + depth.value());
        }
        if (width != null) {
            parts.add(Measure.WIDTH + "=" + width.value());
        }
        if (ref != null) {
            parts.add(Measure.REF + "=" + ref.value());
        }
        if (border != null) {
            parts.add(Measure.BORDER + "=" + border.value());
        }
        return name.text() + "(" + String.join(", ", parts) + ")";
    }

    @Override
    public List<Metric> metrics() {
        return List.of(this);
    }

    /**
     * Checks the written arguments against what {@code name} accepts; their syntax (duplicates,
     * empty values, parentheses) is already checked by {@link SpecSyntax}.
     *
     * @param written the arguments as written, with the column of the closing parenthesis,
     *                where a missing argument is reported
     */
    static Metric of(MetricName name, int column, SpecSyntax.Arguments written, Lexer lexer) {
        List<String> allowed = name.measure().keys();
        Map<String, Argument> given = new LinkedHashMap<>();
        for (SpecSyntax.Argument a : written.arguments()) {
            if (!allowed.contains(a.key())) {
                throw lexer.error(a.keyColumn(), "'" + name.text() + "' has no argument '" + a.key() + "'"
                        + Names.suggestion(a.key(), allowed) + "; valid arguments: " + String.join(", ", allowed));
            }
            given.put(a.key(), new Argument(a.value(), a.valueColumn()));
        }
        List<String> missing = name.measure().requiredKeys().stream().filter(k -> !given.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            throw lexer.error(written.closeColumn(), "'" + name.text() + "' needs "
                    + String.join(" and ", name.measure().requiredKeys().stream().map(k -> k + "=…").toList())
                    + "; missing " + String.join(", ", missing));
        }
        Argument layer = given.get(Measure.LAYER);
        if (layer != null && !LAST.equals(layer.value()) && !positive(layer.value())) {
            throw lexer.error(layer.column(), "layer must be a 1-based layer number or '" + LAST + "', got '"
                    + layer.value() + "'");
        }
        Argument at = given.get(Measure.AT);
        if (at != null && !iteration(at.value())) {
            throw lexer.error(at.column(), "at must be an iteration number (0, 1, 2, …), got '" + at.value() + "'");
        }
        Argument depth = given.get(Measure.DEPTH);
        if (depth != null && !positive(depth.value())) {
            throw lexer.error(depth.column(), "depth must be a number of layers (1, 2, …), got '" + depth.value() + "'");
        }
        Argument width = given.get(Measure.WIDTH);
        if (width != null && !positive(width.value())) {
            throw lexer.error(width.column(), "width must be a number of units (1, 2, …), got '" + width.value() + "'");
        }
        Argument ref = given.get(Measure.REF);
        if (ref != null && Reference.named(ref.value()) == null) {
            throw lexer.error(ref.column(), "unknown ref '" + ref.value() + "'" + Names.suggestion(ref.value(), Reference.words())
                    + "; valid refs: " + String.join(", ", Reference.words()));
        }
        Argument border = given.get(Measure.BORDER);
        if (border != null && !border.value().matches("[0-9]{1,9}")) {
            throw lexer.error(border.column(), "border must be a number of pixels (0, 1, 2, …), got '" + border.value() + "'");
        }
        return new Metric(name, given.get(Measure.INIT), given.get(Measure.ACT), layer, at, depth, width,
                given.get(Measure.OTHER), ref, border, column);
    }

    private static boolean positive(String s) {
        return s.matches("[0-9]{1,9}") && Integer.parseInt(s) > 0;
    }

    private static boolean iteration(String s) {
        return s.matches("[0-9]{1,18}");
    }
}
