package org.initlab.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import java.util.List;

/**
 * Decides, figure by figure, whether one layer's statistics or one run's training moved. A figure
 * missing on either side is not compared: a baseline from an older version may not have it. Counts
 * the figures it compared, so that a baseline sharing nothing with the report is not "0 changes".
 */
final class FigureDiff {
    /** The STATS blocks of a layer, in the order changes are listed. */
    static final List<String> STATS = List.of("weights", "pre", "post", "gradient");
    /** The scalar figures of a STATS block, in the order changes are listed. */
    static final List<String> FIGURES = List.of("count", "mean", "std", "min", "max", "nan", "infinite", "zeroFraction");

    private final Thresholds thresholds;
    private int compared;

    FigureDiff(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    /** How many figures were on both sides and compared. */
    int compared() {
        return compared;
    }

    void layer(Place place, JsonNode baseline, JsonNode current, List<Change> changes) {
        for (String stats : STATS) {
            JsonNode b = JsonValues.object(baseline, stats);
            JsonNode c = JsonValues.object(current, stats);
            if (b != null && c != null) {
                stats(place, stats, b, c, changes);
            }
        }
    }

    private void stats(Place place, String name, JsonNode baseline, JsonNode current, List<Change> changes) {
        for (String figure : FIGURES) {
            JsonNode b = baseline.get(figure);
            JsonNode c = current.get(figure);
            if (JsonValues.isNumber(b) && JsonValues.isNumber(c)) {
                compared++;
                if (thresholds.statisticMoved(JsonValues.number(b), JsonValues.number(c))) {
                    changes.add(place.change(name + "." + figure, b, c, delta(b, c)));
                }
            }
        }
        histogram(place, name + ".histogram", JsonValues.object(baseline, "histogram"),
                JsonValues.object(current, "histogram"), changes);
    }

    /**
     * A histogram moved when its edges moved (as statistics) or the total variation distance between
     * the normalized counts, ½ Σ |p − q|, exceeds the threshold. The distance is the change's delta;
     * it is null when the number of bins differs.
     */
    private void histogram(Place place, String metric, JsonNode baseline, JsonNode current, List<Change> changes) {
        if (baseline == null || current == null) {
            return;
        }
        double[] bEdges = JsonValues.numbers(baseline.get("edges"));
        double[] cEdges = JsonValues.numbers(current.get("edges"));
        double[] bCounts = JsonValues.numbers(baseline.get("counts"));
        double[] cCounts = JsonValues.numbers(current.get("counts"));
        if (bEdges == null || cEdges == null || bCounts == null || cCounts == null) {
            return;
        }
        compared++;
        boolean edgesMoved = bEdges.length != cEdges.length;
        for (int i = 0; !edgesMoved && i < bEdges.length; i++) {
            edgesMoved = thresholds.statisticMoved(bEdges[i], cEdges[i]);
        }
        Double distance = bCounts.length == cCounts.length ? totalVariation(bCounts, cCounts) : null;
        if (edgesMoved || distance == null || distance > thresholds.histogram()) {
            changes.add(place.change(metric, baseline.deepCopy(), current.deepCopy(),
                    distance == null ? null : DoubleNode.valueOf(distance)));
        }
    }

    /** ½ Σ |p − q| of the counts normalized to sum 1; an empty histogram against a non-empty one is 1. */
    static double totalVariation(double[] a, double[] b) {
        double sa = sum(a);
        double sb = sum(b);
        if (sa == 0 || sb == 0) {
            return sa == sb ? 0 : 1;
        }
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d += Math.abs(a[i] / sa - b[i] / sb);
        }
        return d / 2;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    /**
     * Training figures: the accuracies by absolute change; the cost curve, when both sides recorded
     * the same iterations, as one change at the point that moved most ({@code training.cost@<iteration>}),
     * otherwise as one {@code training.costs} change holding both curves.
     */
    void training(Place place, JsonNode baseline, JsonNode current, List<Change> changes) {
        JsonNode bCosts = baseline.get("costs");
        JsonNode cCosts = current.get("costs");
        if (bCosts != null && bCosts.isArray() && cCosts != null && cCosts.isArray()) {
            costs(place, bCosts, cCosts, changes);
        }
        for (String accuracy : List.of("trainAccuracy", "testAccuracy")) {
            JsonNode b = baseline.get(accuracy);
            JsonNode c = current.get(accuracy);
            if (JsonValues.isNumber(b) && JsonValues.isNumber(c)) {
                compared++;
                if (thresholds.accuracyMoved(JsonValues.number(b), JsonValues.number(c))) {
                    changes.add(place.change("training." + accuracy, b, c, delta(b, c)));
                }
            }
        }
    }

    private void costs(Place place, JsonNode baseline, JsonNode current, List<Change> changes) {
        compared++;
        boolean aligned = baseline.size() == current.size();
        int worst = -1;
        double worstScore = 0;
        for (int i = 0; aligned && i < baseline.size(); i++) {
            JsonNode b = baseline.get(i);
            JsonNode c = current.get(i);
            aligned = b.isArray() && c.isArray() && b.size() == 2 && c.size() == 2 && b.get(0).asLong() == c.get(0).asLong()
                    && JsonValues.isNumber(b.get(1)) && JsonValues.isNumber(c.get(1));
            if (aligned) {
                double bv = JsonValues.number(b.get(1));
                double cv = JsonValues.number(c.get(1));
                if (thresholds.statisticMoved(bv, cv)) {
                    double score = Double.isFinite(bv) && Double.isFinite(cv)
                            ? Math.abs(cv - bv) / Math.max(Math.max(Math.abs(bv), Math.abs(cv)), Double.MIN_NORMAL)
                            : Double.POSITIVE_INFINITY;
                    if (worst < 0 || score > worstScore) {
                        worst = i;
                        worstScore = score;
                    }
                }
            }
        }
        if (!aligned) {
            changes.add(place.change("training.costs", baseline.deepCopy(), current.deepCopy(), null));
        } else if (worst >= 0) {
            JsonNode b = baseline.get(worst).get(1);
            JsonNode c = current.get(worst).get(1);
            changes.add(place.change("training.cost@" + current.get(worst).get(0).asLong(), b, c, delta(b, c)));
        }
    }

    /** {@code current − baseline}: an integer when both are, otherwise a double (NaN when undefined). */
    static JsonNode delta(JsonNode baseline, JsonNode current) {
        if (baseline.isIntegralNumber() && current.isIntegralNumber()) {
            return LongNode.valueOf(current.longValue() - baseline.longValue());
        }
        return JsonNodeFactory.instance.numberNode(JsonValues.number(current) - JsonValues.number(baseline));
    }
}
