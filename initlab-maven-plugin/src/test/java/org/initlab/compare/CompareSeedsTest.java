package org.initlab.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.initlab.compare.Reports.experiment;
import static org.initlab.compare.Reports.sample;
import static org.initlab.compare.Reports.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** Issue 13: compare matches runs by (initializer, activation, seed). */
class CompareSeedsTest {

    private static Comparison compare(JsonNode baseline, JsonNode current) {
        return ResultsDiff.compare(snapshot(baseline), snapshot(current), Thresholds.DEFAULTS);
    }

    @Test
    void aMoveInOneSeedsRunIsFoundAndNamesTheSeed() {
        ObjectNode current = twoSeeds();
        ObjectNode post = (ObjectNode) experiment(current, 0).get("runs").get(5).get("layers").get(1).get("post");
        post.put("std", post.get("std").doubleValue() * 1.01);

        Comparison c = compare(twoSeeds(), current);

        assertThat(c.changes()).hasSize(1);
        Change change = c.changes().get(0);
        assertThat(change.initializer()).isEqualTo("xavier_normal");
        assertThat(change.activation()).isEqualTo("tanh");
        assertThat(change.seed()).isEqualTo(1L);
        assertThat(change.metric()).isEqualTo("post.std");
        assertThat(change.describe()).startsWith("a xavier_normal + tanh seed 1 layer 2 post.std: ");
        JsonNode written = Reports.tree(CompareJson.write(c));
        assertThat(written.at("/changes/0/seed").asLong()).isEqualTo(1);
        assertThat(org.initlab.testing.Schemas.COMPARE.problems(written)).isEmpty();
    }

    @Test
    void aSeedOnOneSideOnlyIsARunPresentChange() {
        ObjectNode baseline = sample("a");
        Comparison c = compare(baseline, twoSeeds());
        assertThat(c.changes()).hasSize(4).allMatch(ch -> ch.metric().equals("run.present") && ch.seed() == 1L
                && ch.baseline().isBoolean() && !ch.baseline().booleanValue());
    }

    @Test
    void aBaselineWithoutSeedsMatchesTheExperimentsSeed() {
        ObjectNode baseline = sample("a");
        experiment(baseline, 0).put("seed", 5);
        experiment(baseline, 0).get("runs").forEach(r -> ((ObjectNode) r).remove("seed"));
        ObjectNode current = sample("a");
        experiment(current, 0).put("seed", 5);
        experiment(current, 0).get("runs").forEach(r -> ((ObjectNode) r).put("seed", 5));
        ObjectNode post = (ObjectNode) experiment(current, 0).get("runs").get(2).get("layers").get(0).get("post");
        post.put("std", post.get("std").doubleValue() * 2);

        Comparison c = compare(baseline, current);

        assertThat(c.changes()).hasSize(1);
        assertThat(c.changes().get(0).metric()).isEqualTo("post.std");
        assertThat(c.changes().get(0).seed()).as("one seed on both sides: the seed names nothing").isNull();
        assertThat(c.changes().get(0).describe()).startsWith("a xavier_normal + tanh layer 1 post.std: ");
    }

    /** Experiment {@code a} of {@link Reports#sample} on seeds 0 and 1 (seeds inner), seed 1's numbers shifted. */
    private static ObjectNode twoSeeds() {
        ObjectNode report = sample("a");
        ArrayNode runs = (ArrayNode) experiment(report, 0).get("runs");
        ArrayNode both = runs.arrayNode();
        for (JsonNode run : runs) {
            both.add(run.deepCopy());
            ObjectNode other = run.deepCopy();
            other.put("seed", 1);
            ObjectNode post = (ObjectNode) other.get("layers").get(1).get("post");
            post.put("std", post.get("std").doubleValue() + 0.5);
            both.add(other);
        }
        experiment(report, 0).set("runs", both);
        return report;
    }
}
