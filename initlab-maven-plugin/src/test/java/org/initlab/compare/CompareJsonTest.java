package org.initlab.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.initlab.compare.Reports.layer;
import static org.initlab.compare.Reports.sample;
import static org.initlab.compare.Reports.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompareJsonTest {

    @Test
    void hasTheContractsShape() {
        ObjectNode current = sample("a", "new");
        ((ObjectNode) layer(current, 0, 1, 0).get("weights")).put("count", 17);
        JsonNode json = Reports.tree(CompareJson.write(
                ResultsDiff.compare(snapshot(sample("a", "old")), snapshot(current), Thresholds.DEFAULTS)));

        // the contract's fields in its order; "mode" (exact or statistical, issue 13) extends it at the end
        assertThat(fields(json)).containsExactly("schema", "baseline", "current", "changes", "added", "removed", "mode");
        assertThat(json.get("mode").asText()).isEqualTo("exact");
        assertThat(json.get("schema").intValue()).isEqualTo(1);
        assertThat(fields(json.get("baseline"))).containsExactly("commit", "generated");
        assertThat(fields(json.get("current"))).containsExactly("commit", "generated");
        assertThat(json.get("changes")).hasSize(1);
        JsonNode change = json.get("changes").get(0);
        assertThat(fields(change)).containsExactly("experiment", "initializer", "activation", "layer", "metric",
                "baseline", "current", "delta");
        assertThat(change.get("metric").textValue()).isEqualTo("weights.count");
        assertThat(change.get("baseline").isIntegralNumber()).as("integers stay integers").isTrue();
        assertThat(change.get("delta").longValue()).isEqualTo(17 - 200);
        assertThat(json.get("added")).extracting(JsonNode::textValue).containsExactly("new");
        assertThat(json.get("removed")).extracting(JsonNode::textValue).containsExactly("old");
    }

    @Test
    void isDeterministicAndOrderedByTheCurrentReport() {
        ObjectNode current = sample("b", "a");
        for (int e = 0; e < 2; e++) {
            for (int run = 3; run >= 0; run--) {
                for (int l = 1; l >= 0; l--) {
                    ObjectNode post = (ObjectNode) layer(current, e, run, l).get("post");
                    post.put("max", post.get("max").doubleValue() + 1);
                    post.put("mean", post.get("mean").doubleValue() + 1);
                }
            }
        }
        ObjectNode baseline = sample("a", "b");
        // the baseline lists experiments in another order with other numbers: align "a" and "b" by content
        ((com.fasterxml.jackson.databind.node.ArrayNode) baseline.get("experiments")).removeAll();
        ((com.fasterxml.jackson.databind.node.ArrayNode) baseline.get("experiments"))
                .add(sample("b", "a").get("experiments").get(1)).add(sample("b", "a").get("experiments").get(0));

        String first = CompareJson.write(ResultsDiff.compare(snapshot(baseline), snapshot(current), Thresholds.DEFAULTS));
        String second = CompareJson.write(ResultsDiff.compare(snapshot(baseline), snapshot(current), Thresholds.DEFAULTS));
        assertThat(first).isEqualTo(second);

        List<String> order = new ArrayList<>();
        for (JsonNode c : Reports.tree(first).get("changes")) {
            order.add(c.get("experiment").textValue() + " " + c.get("initializer").textValue() + "+"
                    + c.get("activation").textValue() + " " + c.get("layer").intValue() + " " + c.get("metric").textValue());
        }
        assertThat(order).hasSize(2 * 4 * 2 * 2);
        assertThat(order.subList(0, 5)).containsExactly(
                "b normal(std=1)+tanh 1 post.mean", "b normal(std=1)+tanh 1 post.max",
                "b normal(std=1)+tanh 2 post.mean", "b normal(std=1)+tanh 2 post.max",
                "b normal(std=1)+relu 1 post.mean");
        assertThat(order.get(16)).startsWith("a ");
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
