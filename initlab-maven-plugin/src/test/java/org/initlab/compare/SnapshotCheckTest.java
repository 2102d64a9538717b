package org.initlab.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.initlab.compare.Reports.layer;
import static org.initlab.compare.Reports.sample;
import static org.initlab.compare.Reports.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A baseline is checked, not trusted: the review's broken baselines read as errors, never as "0 changes". */
class SnapshotCheckTest {

    /** The review's repro: every figure of every run tripled and written as a JSON string. */
    @Test
    void everyFigureTripledAsAStringIsAnErrorNotZeroChanges() {
        ObjectNode baseline = sample("a", "b");
        for (JsonNode e : baseline.get("experiments")) {
            ((ObjectNode) e).set("runs", tripledAsStrings(e.get("runs")));
        }
        assertThatThrownBy(() -> snapshot(baseline))
                .isInstanceOf(CompareException.class)
                .hasMessageContaining("fields have the wrong type, e.g.: ")
                .hasMessageContaining("experiments[0].runs[0].layers[0].weights.count: expected a number, got the string \"600\"")
                .hasMessageMatching("(?s).*… \\d+ more");
    }

    @Test
    void oneNumberWrittenAsAStringIsNamed() {
        ObjectNode baseline = sample("a");
        ((ObjectNode) layer(baseline, 0, 1, 1).get("post")).put("std", "0.5");
        assertThatThrownBy(() -> snapshot(baseline))
                .hasMessage("a field has the wrong type: experiments[0].runs[1].layers[1].post.std: expected a number,"
                        + " got the string \"0.5\"");
    }

    @Test
    void theNonFiniteSpellingsAreNumbers() {
        ObjectNode baseline = sample("a");
        ((ObjectNode) layer(baseline, 0, 0, 0).get("post")).put("std", "NaN").put("max", "Infinity").put("min", "-Infinity");
        assertThat(snapshot(baseline).experiments()).hasSize(1);
    }

    @Test
    void nullStatisticsAreAnError() {
        ObjectNode baseline = sample("a");
        for (JsonNode run : baseline.get("experiments").get(0).get("runs")) {
            for (JsonNode l : run.get("layers")) {
                ((ObjectNode) l).putNull("weights").putNull("pre").putNull("post");
            }
        }
        assertThatThrownBy(() -> snapshot(baseline))
                .hasMessageContaining("experiments[0].runs[0].layers[0].weights: expected an object, got null");
    }

    @Test
    void wrongContainersAndHistogramsAreNamed() {
        ObjectNode baseline = sample("a");
        ((ObjectNode) layer(baseline, 0, 0, 0).get("pre").get("histogram")).putArray("counts").add("3");
        ((ObjectNode) baseline.get("experiments").get(0).get("runs").get(1)).put("layers", "none");
        assertThatThrownBy(() -> snapshot(baseline))
                .hasMessageContaining("experiments[0].runs[0].layers[0].pre.histogram.counts: expected an array of numbers")
                .hasMessageContaining("experiments[0].runs[1].layers: expected an array, got the string \"none\"");
    }

    @Test
    void aFutureOrMissingSchemaIsRefused() {
        ObjectNode future = sample("a").put("schema", 999);
        assertThatThrownBy(() -> snapshot(future))
                .hasMessageStartingWith("schema 999 is newer than this plugin understands (1)");
        ObjectNode missing = sample("a");
        missing.remove("schema");
        assertThatThrownBy(() -> snapshot(missing)).hasMessage("\"schema\": expected the integer 1, got nothing");
        ObjectNode text = sample("a").put("schema", "1");
        assertThatThrownBy(() -> snapshot(text)).hasMessage("\"schema\": expected the integer 1, got the string \"1\"");
    }

    @Test
    void aBaselineOfWhichNothingCanBeComparedIsAnError() {
        assertThatThrownBy(() -> ResultsDiff.compare(snapshot(sample("x", "y")), snapshot(sample("a")), Thresholds.DEFAULTS))
                .isInstanceOf(CompareException.class)
                .hasMessageContaining("could be compared with the current report: no experiment id in common"
                        + " (baseline: x, y; current: a)");
        ObjectNode empty = sample("a");
        for (JsonNode run : empty.get("experiments").get(0).get("runs")) {
            ((ObjectNode) run).putArray("layers");
        }
        ObjectNode hollow = empty.deepCopy();
        assertThatThrownBy(() -> ResultsDiff.compare(snapshot(hollow), snapshot(empty), Thresholds.DEFAULTS))
                .hasMessageContaining("the experiments in common have no figure, run or claim on both sides");
    }

    private static JsonNode tripledAsStrings(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                copy.set(f.getKey(), tripledAsStrings(f.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(v -> copy.add(tripledAsStrings(v)));
            return copy;
        }
        if (node.isIntegralNumber()) {
            return TextNode.valueOf(String.valueOf(node.longValue() * 3));
        }
        return node.isNumber() ? TextNode.valueOf(String.valueOf(node.doubleValue() * 3)) : node;
    }
}
