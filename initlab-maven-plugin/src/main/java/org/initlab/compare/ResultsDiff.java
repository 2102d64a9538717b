package org.initlab.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Matches a current report against a baseline — experiments by id, runs by (name, activation,
 * seed), layers by index, claims by text — and collects every figure that moved. A run's name is its
 * {@code <initializer name="…">}, else its spec (and in a report written before runs had names), so a
 * named run whose spec changed is that run's change ({@code run.initializer}) with its figures
 * compared, not one run removed and another added. A run or
 * layer on one side only is itself a change ({@code run.present}, {@code layer.present}); an
 * experiment on one side only is listed as added or removed instead. A baseline of which nothing
 * could be compared (no experiment in common, or none with a figure on both sides) is an error:
 * read as "0 changes" it would pass any gate. A run of a baseline written before runs recorded
 * their seed ran with its experiment's {@code seed}.
 */
public final class ResultsDiff {
    private final FigureDiff figures;
    private final SummaryDiff summaries = new SummaryDiff();
    private final CompareMode mode;
    /** Claims compared and runs or layers found on one side only; the figures count their own. */
    private int compared;

    private ResultsDiff(Thresholds thresholds, CompareMode mode) {
        this.figures = new FigureDiff(thresholds);
        this.mode = mode;
    }

    public static Comparison compare(Snapshot baseline, Snapshot current, Thresholds thresholds) {
        return compare(baseline, current, thresholds, CompareMode.EXACT);
    }

    /** In {@code mode}: experiments of several seeds on both sides by their summaries when statistical ({@link SummaryDiff}). */
    public static Comparison compare(Snapshot baseline, Snapshot current, Thresholds thresholds, CompareMode mode) {
        return new ResultsDiff(thresholds, mode).compare(baseline, current);
    }

    private Comparison compare(Snapshot baseline, Snapshot current) {
        Map<String, JsonNode> before = index(baseline.experiments(), e -> JsonValues.text(e, "id"));
        Map<String, JsonNode> after = index(current.experiments(), e -> JsonValues.text(e, "id"));
        List<Change> changes = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : after.entrySet()) {
            JsonNode old = before.get(e.getKey());
            if (old == null) {
                added.add(e.getKey());
            } else {
                experiment(Place.experiment(e.getKey()), old, e.getValue(), changes);
            }
        }
        List<String> removed = before.keySet().stream().filter(id -> !after.containsKey(id)).toList();
        if (compared + figures.compared() + summaries.compared() == 0) {
            throw new CompareException("nothing in the baseline " + baseline.source() + " could be compared with the current report: "
                    + (before.keySet().stream().noneMatch(after::containsKey)
                    ? "no experiment id in common (baseline: " + listed(before.keySet()) + "; current: " + listed(after.keySet()) + ")"
                    : "the experiments in common have no figure, run or claim on both sides"));
        }
        return new Comparison(Comparison.SCHEMA, baseline.provenance(), current.provenance(), changes, added, removed, mode);
    }

    private static String listed(Collection<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }

    private void experiment(Place place, JsonNode baseline, JsonNode current, List<Change> changes) {
        if (mode == CompareMode.STATISTICAL && SummaryDiff.applies(baseline, current)) {
            summaries.experiment(place, baseline, current, changes);
            claims(place, baseline, current, changes);
            return;
        }
        Map<String, JsonNode> before = index(JsonValues.elements(baseline, "runs"), r -> runKey(r, baseline));
        Map<String, JsonNode> after = index(JsonValues.elements(current, "runs"), r -> runKey(r, current));
        // the seed names a run only where it tells runs apart: a one-seed experiment's changes read as before
        boolean severalSeeds = java.util.stream.Stream.concat(before.values().stream().map(r -> seed(r, baseline)),
                after.values().stream().map(r -> seed(r, current))).distinct().count() > 1;
        matched(before, after, (key, b, c) -> run(c != null ? runPlace(place, c, current, severalSeeds)
                : runPlace(place, b, baseline, severalSeeds), b, c, changes));
        claims(place, baseline, current, changes);
    }

    private void run(Place place, JsonNode baseline, JsonNode current, List<Change> changes) {
        if (baseline == null || current == null) {
            compared++;
            changes.add(place.change("run.present", BooleanNode.valueOf(baseline != null),
                    BooleanNode.valueOf(current != null), null));
            return;
        }
        String bSpec = JsonValues.text(baseline, "initializer");
        String cSpec = JsonValues.text(current, "initializer");
        if (bSpec != null && cSpec != null && !bSpec.equals(cSpec)) {
            compared++;
            changes.add(place.change("run.initializer", TextNode.valueOf(bSpec), TextNode.valueOf(cSpec), null));
        }
        Map<String, JsonNode> before = layers(baseline);
        Map<String, JsonNode> after = layers(current);
        matched(before, after, (key, b, c) -> {
            Place layer = place.layer(Integer.parseInt(key));
            if (b == null || c == null) {
                compared++;
                changes.add(layer.change("layer.present", BooleanNode.valueOf(b != null), BooleanNode.valueOf(c != null), null));
            } else {
                figures.layer(layer, b, c, changes);
            }
        });
        JsonNode bTraining = JsonValues.object(baseline, "training");
        JsonNode cTraining = JsonValues.object(current, "training");
        if (bTraining != null && cTraining != null) {
            figures.training(place, bTraining, cTraining, changes);
        }
    }

    /** Claims are matched by their text; a change of verdict ({@code passed}) is a change. */
    private void claims(Place place, JsonNode baseline, JsonNode current, List<Change> changes) {
        Map<String, JsonNode> before = index(JsonValues.elements(baseline, "claims"), c -> JsonValues.text(c, "text"));
        for (JsonNode claim : JsonValues.elements(current, "claims")) {
            String text = JsonValues.text(claim, "text");
            JsonNode old = text == null ? null : before.get(text);
            JsonNode b = old == null ? null : old.get("passed");
            JsonNode c = claim.get("passed");
            if (b == null || !b.isBoolean() || c == null || !c.isBoolean()) {
                continue;
            }
            compared++;
            if (b.booleanValue() != c.booleanValue()) {
                changes.add(new Change(place.experiment(), null, null, null, "claim.passed", b, c, null, text));
            }
        }
    }

    private interface Pair {
        void accept(String key, JsonNode baseline, JsonNode current);
    }

    /** Visits the current entries in order (with their baseline match or null), then the baseline-only ones. */
    private static void matched(Map<String, JsonNode> baseline, Map<String, JsonNode> current, Pair visitor) {
        current.forEach((key, c) -> visitor.accept(key, baseline.get(key), c));
        baseline.forEach((key, b) -> {
            if (!current.containsKey(key)) {
                visitor.accept(key, b, null);
            }
        });
    }

    private static Map<String, JsonNode> index(List<JsonNode> nodes, Function<JsonNode, String> key) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        for (JsonNode node : nodes) {
            String k = key.apply(node);
            if (k != null) {
                map.putIfAbsent(k, node);
            }
        }
        return map;
    }

    private static String runKey(JsonNode run, JsonNode experiment) {
        return name(run) + "\u0000" + JsonValues.text(run, "activation") + "\u0000"
                + seed(run, experiment);
    }

    /** The run's seed; an older report's runs have none and ran with the experiment's seed. */
    private static long seed(JsonNode run, JsonNode experiment) {
        JsonNode seed = run.get("seed");
        if (seed != null && seed.canConvertToLong()) {
            return seed.longValue();
        }
        JsonNode own = experiment.get("seed");
        return own != null && own.canConvertToLong() ? own.longValue() : 0;
    }

    /** The run's name; a report written before runs had names names each by its spec. */
    private static String name(JsonNode run) {
        String name = JsonValues.text(run, "name");
        return name != null ? name : JsonValues.text(run, "initializer");
    }

    private static Place runPlace(Place experiment, JsonNode run, JsonNode of, boolean severalSeeds) {
        String spec = JsonValues.text(run, "initializer");
        String name = name(run);
        return experiment.run(spec, name == null || name.equals(spec) ? null : name, JsonValues.text(run, "activation"),
                severalSeeds ? seed(run, of) : null);
    }

    /** Layers by their {@code index}, or by position (1-based) when an old report has none. */
    private static Map<String, JsonNode> layers(JsonNode run) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        List<JsonNode> layers = JsonValues.elements(run, "layers");
        for (int i = 0; i < layers.size(); i++) {
            JsonNode index = layers.get(i).get("index");
            map.putIfAbsent(String.valueOf(index != null && index.canConvertToInt() ? index.intValue() : i + 1), layers.get(i));
        }
        return map;
    }
}
