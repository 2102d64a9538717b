package org.initlab.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.initlab.results.ReportResults;

/**
 * Checks the type of every field of a results.json that the comparison reads. A field may be
 * missing (an older plugin version did not write it), but one that is there with the wrong type —
 * a figure written as the string {@code "0.9"}, statistics that are {@code null} — is an error:
 * skipping it would read a broken baseline as "0 changes". A {@code schema} newer than this
 * plugin's is refused, since its fields may no longer mean what this version compares.
 */
final class SnapshotCheck {
    private static final int SCHEMA = ReportResults.SCHEMA;
    private static final int LISTED = 5;

    private final List<String> problems = new ArrayList<>();

    private SnapshotCheck() {
    }

    /** @throws CompareException listing the first problems and how many there are */
    static void check(JsonNode root) {
        SnapshotCheck check = new SnapshotCheck();
        check.root(root);
        List<String> p = check.problems;
        if (!p.isEmpty()) {
            throw new CompareException((p.size() == 1 ? "a field has the wrong type: " : p.size()
                    + " fields have the wrong type, e.g.: ") + String.join("; ", p.subList(0, Math.min(LISTED, p.size())))
                    + (p.size() > LISTED ? "; … " + (p.size() - LISTED) + " more" : ""));
        }
    }

    private void root(JsonNode root) {
        JsonNode schema = root.get("schema");
        if (schema == null || !schema.canConvertToInt() || !schema.isIntegralNumber()) {
            throw new CompareException("\"schema\": expected the integer " + SCHEMA + ", got " + shown(schema));
        }
        if (schema.intValue() > SCHEMA) {
            throw new CompareException("schema " + schema.intValue() + " is newer than this plugin understands (" + SCHEMA
                    + "): written by a later initlab version; compare with a baseline of the same version, or update the plugin");
        }
        text(root, "commit", "commit");
        text(root, "generated", "generated");
        objects(root, "experiments", "experiments", this::experiment);
    }

    private void experiment(JsonNode e, String at) {
        text(e, "id", at + ".id");
        objects(e, "runs", at + ".runs", this::run);
        objects(e, "claims", at + ".claims", (c, path) -> {
            text(c, "text", path + ".text");
            bool(c, "passed", path + ".passed");
        });
    }

    private void run(JsonNode run, String at) {
        text(run, "initializer", at + ".initializer");
        text(run, "name", at + ".name");
        text(run, "activation", at + ".activation");
        objects(run, "layers", at + ".layers", (layer, path) -> {
            JsonNode index = layer.get("index");
            if (index != null && !index.isIntegralNumber()) {
                wrong(path + ".index", "an integer", index);
            }
            for (String name : FigureDiff.STATS) {
                if (object(layer, name, path + "." + name)) {
                    stats(layer.get(name), path + "." + name);
                }
            }
        });
        if (object(run, "training", at + ".training")) {
            training(run.get("training"), at + ".training");
        }
    }

    private void stats(JsonNode stats, String at) {
        for (String figure : FigureDiff.FIGURES) {
            number(stats, figure, at + "." + figure);
        }
        if (object(stats, "histogram", at + ".histogram")) {
            numbers(stats.get("histogram"), "edges", at + ".histogram.edges");
            numbers(stats.get("histogram"), "counts", at + ".histogram.counts");
        }
    }

    private void training(JsonNode training, String at) {
        each(training, "costs", at + ".costs", (point, path) -> {
            if (!point.isArray() || point.size() != 2 || !point.get(0).isIntegralNumber() || !JsonValues.isNumber(point.get(1))) {
                wrong(path, "[iteration, cost]", point);
            }
        });
        number(training, "trainAccuracy", at + ".trainAccuracy");
        number(training, "testAccuracy", at + ".testAccuracy");
    }

    // ---- one field each: missing is fine, present with another type is a problem ----

    private void number(JsonNode node, String field, String at) {
        JsonNode v = node.get(field);
        if (v != null && !JsonValues.isNumber(v)) {
            wrong(at, "a number", v);
        }
    }

    private void numbers(JsonNode node, String field, String at) {
        JsonNode v = node.get(field);
        if (v != null && JsonValues.numbers(v) == null) {
            wrong(at, "an array of numbers", v);
        }
    }

    private void text(JsonNode node, String field, String at) {
        JsonNode v = node.get(field);
        if (v != null && !v.isNull() && !v.isTextual()) {
            wrong(at, "a string", v);
        }
    }

    private void bool(JsonNode node, String field, String at) {
        JsonNode v = node.get(field);
        if (v != null && !v.isBoolean()) {
            wrong(at, "true or false", v);
        }
    }

    /** Whether {@code field} is an object to look into; present but not an object is a problem. */
    private boolean object(JsonNode node, String field, String at) {
        JsonNode v = node.get(field);
        if (v != null && !v.isObject()) {
            wrong(at, "an object", v);
        }
        return v != null && v.isObject();
    }

    /** Visits the objects of the array {@code field}; any other element is a problem. */
    private void objects(JsonNode node, String field, String at, BiConsumer<JsonNode, String> element) {
        each(node, field, at, (item, path) -> {
            if (item.isObject()) {
                element.accept(item, path);
            } else {
                wrong(path, "an object", item);
            }
        });
    }

    private void each(JsonNode node, String field, String at, BiConsumer<JsonNode, String> element) {
        JsonNode v = node.get(field);
        if (v == null) {
            return;
        }
        if (!v.isArray()) {
            wrong(at, "an array", v);
            return;
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            String path = at + "[" + i + "]";
            element.accept(item, path);
        }
    }

    private void wrong(String at, String expected, JsonNode got) {
        problems.add(at + ": expected " + expected + ", got " + shown(got));
    }

    private static String shown(JsonNode v) {
        if (v == null) {
            return "nothing";
        }
        if (v.isTextual()) {
            String t = v.textValue();
            return "the string \"" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "\"";
        }
        if (v.isContainerNode()) {
            return v.isArray() ? "an array" : "an object";
        }
        return v.isNull() ? "null" : v.toString();
    }
}
