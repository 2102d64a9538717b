package org.initlab.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.initlab.compare.Reports.layer;
import static org.initlab.compare.Reports.sample;
import static org.initlab.compare.Reports.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.initlab.testing.Schemas;
import org.junit.jupiter.api.Test;

/** Runs are matched by name: a named run whose spec changed is that run's change, not a removal and an addition. */
class CompareNamesTest {

    private static Comparison compare(JsonNode baseline, JsonNode current) {
        return ResultsDiff.compare(snapshot(baseline), snapshot(current), Thresholds.DEFAULTS);
    }

    /** Gives run {@code index} of experiment 0 the name {@code name} and the spec {@code spec}. */
    private static ObjectNode named(ObjectNode report, int index, String name, String spec) {
        ObjectNode run = (ObjectNode) report.get("experiments").get(0).get("runs").get(index);
        run.put("initializer", spec);
        run.put("name", name);
        return report;
    }

    @Test
    void aNamedRunWhoseSpecChangedIsOneChangeOfThatRun() {
        ObjectNode baseline = named(sample("a"), 2, "he", "kaiming_normal(nonlinearity=relu)");
        ObjectNode current = named(sample("a"), 2, "he", "keras:he_normal");
        ObjectNode weights = (ObjectNode) layer(current, 0, 2, 0).get("weights");
        weights.put("std", weights.get("std").doubleValue() * 1.5);

        Comparison c = compare(baseline, current);

        assertThat(c.changes()).noneMatch(ch -> ch.metric().equals("run.present"));
        Change spec = c.changes().stream().filter(ch -> ch.metric().equals("run.initializer")).findFirst().orElseThrow();
        assertThat(spec.name()).isEqualTo("he");
        assertThat(spec.initializer()).isEqualTo("keras:he_normal");
        assertThat(spec.baseline().asText()).isEqualTo("kaiming_normal(nonlinearity=relu)");
        assertThat(spec.current().asText()).isEqualTo("keras:he_normal");
        assertThat(spec.describe()).isEqualTo("a he (keras:he_normal) + tanh run.initializer: "
                + "kaiming_normal(nonlinearity=relu) → keras:he_normal");
        // the run's figures are compared under its name
        assertThat(c.changes()).anyMatch(ch -> ch.metric().equals("weights.std") && "he".equals(ch.name()) && ch.layer() == 1);
        JsonNode written = Reports.tree(CompareJson.write(c));
        assertThat(Schemas.COMPARE.problems(written)).isEmpty();
        assertThat(written.at("/changes/0/name").asText()).isEqualTo("he");
    }

    @Test
    void anUnnamedRunWhoseSpecChangedIsStillRemovedAndAdded() {
        ObjectNode current = sample("a");
        ((ObjectNode) current.get("experiments").get(0).get("runs").get(2)).put("initializer", "keras:he_normal");
        ((ObjectNode) current.get("experiments").get(0).get("runs").get(2)).put("name", "keras:he_normal");
        ObjectNode baseline = sample("a");
        ((ObjectNode) baseline.get("experiments").get(0).get("runs").get(2)).remove("name");

        Comparison c = compare(baseline, current);

        assertThat(c.changes().stream().filter(ch -> ch.metric().equals("run.present")).count()).isEqualTo(2);
        assertThat(c.changes()).noneMatch(ch -> ch.metric().equals("run.initializer"));
    }

    @Test
    void aBaselineWithoutNamesMatchesRunsNamedByTheirSpecs() {
        ObjectNode baseline = sample("a", "b");
        for (JsonNode e : baseline.get("experiments")) {
            e.get("runs").forEach(r -> ((ObjectNode) r).remove("name"));
        }
        Comparison c = compare(baseline, sample("a", "b"));
        assertThat(c.changes()).isEmpty();
    }

    @Test
    void renamingARunIsARunRemovedAndARunAdded() {
        ObjectNode baseline = named(sample("a"), 2, "he", "kaiming_normal(nonlinearity=relu)");
        ObjectNode current = named(sample("a"), 2, "kaiming", "kaiming_normal(nonlinearity=relu)");
        Comparison c = compare(baseline, current);
        assertThat(c.changes()).filteredOn(ch -> ch.metric().equals("run.present"))
                .extracting(Change::name).containsExactlyInAnyOrder("kaiming", "he");
    }
}
