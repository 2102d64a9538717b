package org.initlab.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistical comparison ({@link CompareMode#STATISTICAL}) of two experiments of several seeds,
 * from their {@code summaries}: groups matched by (initializer, activation), layers by index, sweep
 * cells by depth × width. A figure moved when the current median lies outside the baseline's
 * interval: [q1, q3] for per-layer figures and cells, the bootstrap interval for accuracies and the
 * final cost. The change holds both medians, and the baseline interval the median left
 * ({@code baselineInterval}).
 */
final class SummaryDiff {
    private static final List<String> STATS = List.of("weights", "pre", "post", "gradient", "activationGradient");
    private static final List<String> FIGURES = List.of("mean", "std", "norm");
    private static final List<String> TRAINING = List.of("finalCost", "trainAccuracy", "testAccuracy");
    private int compared;

    int compared() {
        return compared;
    }

    /** Whether both experiments carry summaries over seeds, so they can be compared statistically. */
    static boolean applies(JsonNode baseline, JsonNode current) {
        return !JsonValues.elements(baseline, "summaries").isEmpty() && !JsonValues.elements(current, "summaries").isEmpty();
    }

    void experiment(Place place, JsonNode baseline, JsonNode current, List<Change> changes) {
        Map<String, JsonNode> before = groups(baseline);
        Map<String, JsonNode> after = groups(current);
        after.forEach((key, c) -> group(place.run(JsonValues.text(c, "initializer"), null, JsonValues.text(c, "activation"), null),
                before.get(key), c, changes));
        before.forEach((key, b) -> {
            if (!after.containsKey(key)) {
                group(place.run(JsonValues.text(b, "initializer"), null, JsonValues.text(b, "activation"), null), b, null,
                        changes);
            }
        });
    }

    private void group(Place place, JsonNode baseline, JsonNode current, List<Change> changes) {
        if (baseline == null || current == null) {
            compared++;
            changes.add(place.change("run.present", BooleanNode.valueOf(baseline != null), BooleanNode.valueOf(current != null),
                    null));
            return;
        }
        Map<String, JsonNode> layers = byKey(JsonValues.elements(baseline, "layers"), l -> JsonValues.text(l, "index"));
        for (JsonNode c : JsonValues.elements(current, "layers")) {
            JsonNode b = layers.get(JsonValues.text(c, "index"));
            if (b == null || !c.path("index").canConvertToInt()) {
                continue;
            }
            Place layer = place.layer(c.path("index").intValue());
            for (String stats : STATS) {
                for (String figure : FIGURES) {
                    quartiles(layer, stats + "." + figure, b.path(stats).path(figure), c.path(stats).path(figure), changes);
                }
            }
            quartiles(layer, "postUnitStd", b.path("postUnitStd"), c.path("postUnitStd"), changes);
        }
        Map<String, JsonNode> cells = byKey(JsonValues.elements(baseline, "sweep"), SummaryDiff::cellKey);
        for (JsonNode c : JsonValues.elements(current, "sweep")) {
            JsonNode b = cells.get(cellKey(c));
            if (b != null) {
                quartiles(place, "sweep.cell@" + cellKey(c), b.path("value"), c.path("value"), changes);
            }
        }
        for (String figure : TRAINING) {
            JsonNode b = baseline.path(figure);
            JsonNode c = current.path(figure);
            moved(place, "training." + figure, b, c, b.path("interval").path("low"), b.path("interval").path("high"), changes);
        }
    }

    private void quartiles(Place place, String metric, JsonNode baseline, JsonNode current, List<Change> changes) {
        moved(place, metric, baseline, current, baseline.path("q1"), baseline.path("q3"), changes);
    }

    private void moved(Place place, String metric, JsonNode baseline, JsonNode current, JsonNode low, JsonNode high,
                       List<Change> changes) {
        JsonNode bMedian = baseline.path("median");
        JsonNode cMedian = current.path("median");
        if (!JsonValues.isNumber(bMedian) || !JsonValues.isNumber(cMedian) || !JsonValues.isNumber(low)
                || !JsonValues.isNumber(high)) {
            return; // absent on a side (an older report, a figure this type does not have)
        }
        compared++;
        double median = JsonValues.number(cMedian);
        double lo = JsonValues.number(low);
        double hi = JsonValues.number(high);
        boolean outside = Double.isFinite(median) && Double.isFinite(lo) && Double.isFinite(hi)
                ? median < lo || median > hi
                : !sameNonFinite(JsonValues.number(bMedian), median);
        if (outside) {
            ObjectNode interval = JsonNodeFactory.instance.objectNode();
            interval.set("low", low);
            interval.set("high", high);
            changes.add(place.change(metric, bMedian, cMedian, FigureDiff.delta(bMedian, cMedian)).withBaselineInterval(interval));
        }
    }

    private static boolean sameNonFinite(double a, double b) {
        return Double.isNaN(a) ? Double.isNaN(b) : a == b;
    }

    private static Map<String, JsonNode> groups(JsonNode experiment) {
        return byKey(JsonValues.elements(experiment, "summaries"),
                g -> JsonValues.text(g, "initializer") + "\u0000" + JsonValues.text(g, "activation"));
    }

    private static String cellKey(JsonNode cell) {
        return JsonValues.text(cell, "depth") + "x" + JsonValues.text(cell, "width");
    }

    private static Map<String, JsonNode> byKey(List<JsonNode> nodes, java.util.function.Function<JsonNode, String> key) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        nodes.forEach(n -> map.putIfAbsent(key.apply(n), n));
        return map;
    }
}
