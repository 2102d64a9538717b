package org.initlab.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.initlab.compare.Reports.layer;
import static org.initlab.compare.Reports.sample;
import static org.initlab.compare.Reports.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsDiffTest {

    private static Comparison compare(JsonNode baseline, JsonNode current) {
        return ResultsDiff.compare(snapshot(baseline), snapshot(current), Thresholds.DEFAULTS);
    }

    @Test
    void identicalReportsHaveNoChanges() {
        Comparison c = compare(sample("a", "b"), sample("a", "b"));
        assertThat(c.changes()).isEmpty();
        assertThat(c.added()).isEmpty();
        assertThat(c.removed()).isEmpty();
        assertThat(c.summary()).isEqualTo("0 changes, 0 added, 0 removed");
        assertThat(c.baseline().commit()).isEqualTo("0123456789abcdef0123456789abcdef01234567");
        assertThat(c.current().generated()).isEqualTo("2026-01-01T00:00:00Z");
    }

    @Test
    void oneMovedStatisticIsExactlyThatChange() {
        ObjectNode current = sample("a", "b");
        ObjectNode post = (ObjectNode) layer(current, 1, 3, 1).get("post");
        double before = post.get("std").doubleValue();
        post.put("std", before * 1.01);

        Comparison c = compare(sample("a", "b"), current);

        assertThat(c.changes()).hasSize(1);
        Change change = c.changes().get(0);
        assertThat(change.experiment()).isEqualTo("b");
        assertThat(change.initializer()).isEqualTo("xavier_normal");
        assertThat(change.activation()).isEqualTo("relu");
        assertThat(change.layer()).isEqualTo(2);
        assertThat(change.metric()).isEqualTo("post.std");
        assertThat(change.baseline().doubleValue()).isEqualTo(before);
        assertThat(change.current().doubleValue()).isEqualTo(before * 1.01);
        assertThat(change.delta().doubleValue()).isCloseTo(before * 0.01, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(change.describe()).startsWith("b xavier_normal + relu layer 2 post.std: ");
    }

    @Test
    void aMoveWithinTheRelativeToleranceIsNoChange() {
        ObjectNode current = sample("a");
        ObjectNode post = (ObjectNode) layer(current, 0, 0, 0).get("post");
        post.put("std", post.get("std").doubleValue() * (1 + 1e-12));
        assertThat(compare(sample("a"), current).changes()).isEmpty();
    }

    @Test
    void valuesNearZeroAreJudgedByTheAbsoluteFloor() {
        ObjectNode baseline = sample("a");
        ObjectNode current = sample("a");
        ((ObjectNode) layer(baseline, 0, 0, 0).get("weights")).put("mean", 1e-17);
        ((ObjectNode) layer(current, 0, 0, 0).get("weights")).put("mean", 3e-17);
        assertThat(compare(baseline, current).changes()).as("200 % relative, but far below 1e-12").isEmpty();

        ((ObjectNode) layer(current, 0, 0, 0).get("weights")).put("mean", 1e-11);
        assertThat(compare(baseline, current).changes()).extracting(Change::metric).containsExactly("weights.mean");
    }

    @Test
    void aMovedHistogramIsOneChangeWithItsTotalVariationDistance() {
        ObjectNode current = sample("a");
        ArrayNode counts = (ArrayNode) layer(current, 0, 2, 0).get("pre").get("histogram").get("counts");
        long total = 0;
        for (JsonNode n : counts) {
            total += n.longValue();
        }
        // move 6 values from the first non-empty bin to the next one: distance 6 / total
        int from = 0;
        while (counts.get(from).longValue() < 6) {
            from++;
        }
        counts.set(from, counts.get(from).longValue() - 6);
        counts.set(from + 1, counts.get(from + 1).longValue() + 6);

        Comparison c = compare(sample("a"), current);

        assertThat(c.changes()).extracting(Change::metric).containsExactly("pre.histogram");
        Change change = c.changes().get(0);
        assertThat(change.delta().doubleValue()).isCloseTo(6.0 / total, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(change.baseline().get("counts")).isNotEqualTo(change.current().get("counts"));
        assertThat(change.current().get("edges")).hasSize(11);
    }

    @Test
    void aSmallHistogramShiftIsBelowTheThresholdButMovedEdgesAlwaysCount() {
        ObjectNode current = sample("a");
        ArrayNode counts = (ArrayNode) layer(current, 0, 0, 0).get("post").get("histogram").get("counts");
        int from = 0;
        while (counts.get(from).longValue() < 1) {
            from++;
        }
        counts.set(from, counts.get(from).longValue() - 1);
        counts.set(from + 1, counts.get(from + 1).longValue() + 1); // 1 of 200: distance 0.005
        assertThat(compare(sample("a"), current).changes()).isEmpty();

        ArrayNode edges = (ArrayNode) layer(current, 0, 0, 0).get("post").get("histogram").get("edges");
        edges.set(0, edges.get(0).doubleValue() - 0.5);
        assertThat(compare(sample("a"), current).changes()).extracting(Change::metric).containsExactly("post.histogram");
    }

    @Test
    void experimentsOnOneSideOnlyAreAddedOrRemovedInTheirReportsOrder() {
        Comparison c = compare(sample("a", "gone", "b", "old"), sample("new", "a", "b", "fresh"));
        assertThat(c.added()).containsExactly("new", "fresh");
        assertThat(c.removed()).containsExactly("gone", "old");
        assertThat(c.changes()).as("ids shift the sample's numbers, but only matched experiments are compared")
                .allMatch(ch -> List.of("a", "b").contains(ch.experiment()));
    }

    @Test
    void runsAndLayersOnOneSideOnlyAreChanges() {
        ObjectNode current = sample("a");
        ArrayNode runs = (ArrayNode) Reports.experiment(current, 0).get("runs");
        runs.remove(1);                                           // normal(std=1) + relu gone
        ((ArrayNode) runs.get(0).get("layers")).remove(1);        // normal(std=1) + tanh lost layer 2

        Comparison c = compare(sample("a"), current);

        assertThat(c.changes()).extracting(Change::metric, Change::initializer, Change::activation, Change::layer)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("layer.present", "normal(std=1)", "tanh", 2),
                        org.assertj.core.groups.Tuple.tuple("run.present", "normal(std=1)", "relu", null));
        assertThat(c.changes().get(1).baseline().booleanValue()).isTrue();
        assertThat(c.changes().get(1).current().booleanValue()).isFalse();
    }

    @Test
    void nonFiniteValuesReadBackAsDoublesAndCompare() {
        ObjectNode baseline = sample("a");
        ObjectNode current = sample("a");
        ObjectNode bPost = (ObjectNode) layer(baseline, 0, 0, 1).get("post");
        ObjectNode cPost = (ObjectNode) layer(current, 0, 0, 1).get("post");
        bPost.put("mean", "NaN");
        cPost.put("mean", "NaN");
        bPost.put("max", "Infinity");
        cPost.put("max", "Infinity");
        bPost.put("min", "-Infinity");
        cPost.put("min", -1.0);
        bPost.put("std", 0.5);
        cPost.put("std", "NaN");

        Comparison c = compare(baseline, current);

        assertThat(c.changes()).extracting(Change::metric).containsExactly("post.std", "post.min");
        assertThat(c.changes().get(1).baseline().textValue()).isEqualTo("-Infinity");
        assertThat(c.changes().get(1).delta().doubleValue()).isEqualTo(Double.POSITIVE_INFINITY);
        JsonNode json = Reports.tree(CompareJson.write(c));
        assertThat(json.get("changes").get(0).get("delta").textValue()).isEqualTo("NaN");
        assertThat(json.get("changes").get(0).get("current").textValue()).isEqualTo("NaN");
        assertThat(json.get("changes").get(1).get("delta").textValue()).isEqualTo("Infinity");
    }

    @Test
    void anOldBaselineWithMissingFieldsComparesWhatItHas() {
        ObjectNode old = sample("a");
        old.remove(List.of("commit", "generated", "generator"));
        for (JsonNode run : Reports.experiment(old, 0).get("runs")) {
            ((ObjectNode) run).remove("millis");
            for (JsonNode layer : run.get("layers")) {
                ((ObjectNode) layer).remove(List.of("index", "pre"));
                ((ObjectNode) layer.get("post")).remove(List.of("zeroFraction", "histogram"));
            }
        }
        ObjectNode current = sample("a");
        ((ObjectNode) layer(current, 0, 0, 0).get("post")).put("zeroFraction", 0.75); // not in the old baseline
        ((ObjectNode) layer(current, 0, 0, 0).get("pre")).put("std", 42.0);           // nor this
        ((ObjectNode) layer(current, 0, 1, 1).get("weights")).put("max", 42.0);       // this is

        Comparison c = compare(old, current);

        assertThat(c.changes()).extracting(Change::metric, Change::layer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("weights.max", 2));
        assertThat(c.baseline().commit()).isNull();
        assertThat(c.baseline().generated()).isNull();
    }

    @Test
    void unknownFieldsAndAnExperimentWithoutIdAreIgnored() {
        ObjectNode baseline = sample("a");
        baseline.put("futureField", "x");
        ((ArrayNode) baseline.get("experiments")).addObject().put("title", "no id");
        layer(baseline, 0, 0, 0).putObject("attention").put("mean", 1);
        assertThat(compare(baseline, sample("a")).changes()).isEmpty();
    }

    @Test
    void trainingAccuraciesCostsAndClaimVerdictsAreComparedWhenPresent() {
        ObjectNode baseline = sample("t");
        ObjectNode current = sample("t");
        training(baseline, 0.75, 0.90, new double[] {0.9, 0.7, 0.5});
        training(current, 0.75, 0.91, new double[] {0.9, 0.69, 0.5});
        claims(baseline, true);
        claims(current, false);

        Comparison c = compare(baseline, current);

        assertThat(c.changes()).extracting(Change::metric)
                .containsExactly("training.cost@100", "training.testAccuracy", "claim.passed");
        Change claim = c.changes().get(2);
        assertThat(claim.claim()).isEqualTo("the std shrinks with depth");
        assertThat(claim.layer()).isNull();
        assertThat(claim.initializer()).isNull();
        JsonNode json = Reports.tree(CompareJson.write(c));
        assertThat(json.get("changes").get(2).get("claim").textValue()).isEqualTo("the std shrinks with depth");
        assertThat(json.get("changes").get(0).has("claim")).as("only claim changes carry a claim").isFalse();
    }

    private static void training(ObjectNode report, double train, double test, double[] costs) {
        ObjectNode t = ((ObjectNode) Reports.experiment(report, 0).get("runs").get(0)).putObject("training");
        ArrayNode points = t.putArray("costs");
        for (int i = 0; i < costs.length; i++) {
            points.addArray().add(i * 100).add(costs[i]);
        }
        t.put("trainAccuracy", train);
        t.put("testAccuracy", test);
    }

    private static void claims(ObjectNode report, boolean passed) {
        ObjectNode claim = Reports.experiment(report, 0).putArray("claims").addObject();
        claim.put("text", "the std shrinks with depth").put("value", 0.5).put("holds", passed)
                .put("expected", true).put("passed", passed);
    }
}
