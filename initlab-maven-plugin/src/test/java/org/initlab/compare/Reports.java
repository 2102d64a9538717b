package org.initlab.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.initlab.results.ExperimentResult;
import org.initlab.results.Generator;
import org.initlab.results.LayerResult;
import org.initlab.results.ReportResults;
import org.initlab.results.ResultsJson;
import org.initlab.results.RunResult;
import org.initlab.results.Stats;

/** Small reports written exactly as results.json is, to edit as JSON trees in tests. */
final class Reports {
    private Reports() {
    }

    /** Experiments {@code ids}, each with runs (normal, xavier) × (tanh, relu) of two layers. */
    static ObjectNode sample(String... ids) {
        List<ExperimentResult> experiments = new ArrayList<>();
        for (int e = 0; e < ids.length; e++) {
            List<RunResult> runs = new ArrayList<>();
            int seed = e * 100;
            for (String init : List.of("normal(std=1)", "xavier_normal")) {
                for (String act : List.of("tanh", "relu")) {
                    List<LayerResult> layers = new ArrayList<>();
                    for (int l = 1; l <= 2; l++) {
                        seed++;
                        layers.add(new LayerResult(l, 4, 4, stats(seed, 1), stats(seed, 2), stats(seed, 3), null, null, null, null));
                    }
                    runs.add(new RunResult(init, act, 3, layers, null));
                }
            }
            experiments.add(new ExperimentResult(ids[e], "activations", ids[e], "gaussian(rows=10, cols=4, seed=0)", 0, runs, List.of()));
        }
        ReportResults results = new ReportResults(1, new Generator("initlab", "test"), "2026-01-01T00:00:00Z",
                "0123456789abcdef0123456789abcdef01234567", experiments);
        return (ObjectNode) tree(ResultsJson.write(results));
    }

    private static Stats stats(int seed, int kind) {
        double[] values = new double[200];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.sin(seed * 31.0 + kind * 7.0 + i * 0.37) * kind;
        }
        return Stats.of(values, 10, null);
    }

    static JsonNode tree(String json) {
        try {
            return ResultsJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Snapshot snapshot(JsonNode root) {
        return Snapshot.parse(ResultsJson.write(root).getBytes(StandardCharsets.UTF_8), "test");
    }

    static ObjectNode experiment(JsonNode report, int e) {
        return (ObjectNode) report.get("experiments").get(e);
    }

    static ObjectNode layer(JsonNode report, int e, int run, int layer) {
        return (ObjectNode) report.get("experiments").get(e).get("runs").get(run).get("layers").get(layer);
    }
}
