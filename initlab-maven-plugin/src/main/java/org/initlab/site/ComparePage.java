package org.initlab.site;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.initlab.compare.Change;
import org.initlab.compare.Comparison;
import org.initlab.compare.Thresholds;

/**
 * What the comparison page shows: one table row per change with its values formatted for reading,
 * and one overlay chart per moved histogram (the row links to it).
 *
 * @param baselineSource where the baseline was read from
 */
public record ComparePage(Comparison comparison, String baselineSource, Thresholds thresholds,
                          List<Row> rows, List<Overlay> overlays) {

    /**
     * @param run   "initializer + activation", or null for experiment-level figures
     * @param layer the layer index as text, or null
     * @param chart index of the overlay chart of a histogram change, or null
     */
    public record Row(String experiment, String run, String layer, String metric, String claim,
                      String before, String after, String delta, Integer chart) {
    }

    /** A moved histogram; {@code baseline} and {@code current} are its {@code {edges, counts}}. */
    public record Overlay(int index, String label, JsonNode baseline, JsonNode current) {
    }

    static ComparePage of(Comparison comparison, String baselineSource, Thresholds thresholds) {
        Format fmt = new Format();
        List<Row> rows = new ArrayList<>();
        List<Overlay> overlays = new ArrayList<>();
        for (Change c : comparison.changes()) {
            String run = c.run() == null ? null : c.run() + (c.seed() == null ? "" : ", seed " + c.seed());
            String layer = c.layer() == null ? null : c.layer().toString();
            Integer chart = null;
            if (c.metric().endsWith(".histogram")) {
                chart = overlays.size();
                String stats = c.metric().substring(0, c.metric().length() - ".histogram".length());
                overlays.add(new Overlay(chart, String.format(Locale.ROOT, "Histogram of %s, layer %s, %s with %s%s, in %s: baseline"
                        + " and current", stats, layer, initializer(c, comparison), c.activation(), c.seed() == null ? "" : " (seed "
                        + c.seed() + ")", c.experiment()), c.baseline(), c.current()));
            }
            rows.add(new Row(c.experiment(), run, layer, c.metric(), c.claim(),
                    value(fmt, c.metric(), c.baseline()), value(fmt, c.metric(), c.current()),
                    delta(fmt, c.metric(), c.delta()), chart));
        }
        return new ComparePage(comparison, baselineSource, thresholds, List.copyOf(rows), List.copyOf(overlays));
    }

    /**
     * The run's name and spec for a chart's caption; when the spec changed, both specs, so the overlay
     * says which law each side drew from.
     */
    private static String initializer(Change c, Comparison comparison) {
        if (c.name() == null) {
            return c.initializer();
        }
        return comparison.changes().stream()
                .filter(o -> o.metric().equals("run.initializer") && c.name().equals(o.name())
                        && c.experiment().equals(o.experiment()) && java.util.Objects.equals(c.activation(), o.activation())
                        && java.util.Objects.equals(c.seed(), o.seed()))
                .findFirst().map(o -> c.name() + " (" + o.baseline().asText() + " → " + o.current().asText() + ")")
                .orElse(c.name() + " (" + c.initializer() + ")");
    }

    /** "No figure moved beyond its threshold." or "3 figures moved beyond their thresholds." */
    public String verdict() {
        int n = rows.size();
        return n == 0 ? "No figure moved beyond its threshold."
                : n == 1 ? "1 figure moved beyond its threshold." : n + " figures moved beyond their thresholds.";
    }

    private static String value(Format fmt, String metric, JsonNode v) {
        if (v == null || v.isNull()) {
            return "—";
        }
        if (metric.endsWith(".histogram")) {
            return v.path("counts").size() + " bins";
        }
        if (metric.endsWith(".present")) {
            return v.asBoolean() ? "present" : "absent";
        }
        if (metric.equals("claim.passed")) {
            return v.asBoolean() ? "passed" : "failed";
        }
        if (v.isArray()) {
            return v.size() + " points";
        }
        if (v.isIntegralNumber()) {
            return Long.toString(v.longValue());
        }
        if (v.isNumber()) {
            return fmt.num(v.doubleValue());
        }
        try {
            return fmt.num(Double.parseDouble(v.asText())); // "NaN", "Infinity", "-Infinity"
        } catch (NumberFormatException e) {
            return v.asText();
        }
    }

    private static String delta(Format fmt, String metric, JsonNode d) {
        if (d == null || d.isNull()) {
            return metric.endsWith(".histogram") ? "bins changed" : "";
        }
        String number = value(fmt, "", d);
        return metric.endsWith(".histogram") ? "distance " + number : number;
    }
}
