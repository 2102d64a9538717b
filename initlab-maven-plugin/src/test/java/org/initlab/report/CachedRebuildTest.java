package org.initlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.initlab.config.ExperimentDefinition;
import org.initlab.data.DatasetContext;
import org.initlab.data.DatasetListener;
import org.initlab.site.SiteSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachedRebuildTest {
    @TempDir
    Path dir;

    private final ExperimentDefinition activations = ExperimentDefinition.of("small")
            .with("dataset", "csv(path=data.csv)").with("layers", "6,6").with("activation", "tanh,relu")
            .withInitializers("xavier_normal", "normal(std=3)")
            .claim("tanh stays in (-1, 1)", "post.max(init=xavier_normal, act=tanh, layer=2) < 1", true);
    private final ExperimentDefinition training = ExperimentDefinition.of("circles").with("type", "training")
            .with("dataset", "circles(samples=60, noise=0.05, seed=1)").with("layers", "5,1").with("activation", "relu")
            .with("iterations", "200").with("recordEvery", "50").withInitializers("normal(std=10)", "zeros");

    @Test
    void anUnchangedRebuildReusesEveryResultAndWritesTheSameBytesButTheTimestamp() throws Exception {
        Files.writeString(dir.resolve("data.csv"), "a,b,c,y\n1,2,3,0\n4,5,6,1\n7,8,9,0\n0.5,0.1,-2,1\n");
        Path out = dir.resolve("site");
        List<String> first = new ArrayList<>();
        new ReportBuilder(first::add).build(request(out, List.of(activations, training)));
        String before = withoutTimestamp(Files.readString(out.resolve("results.json")));
        assertThat(before).contains("\"Infinity\"", "\"boundary\"");

        List<String> second = new ArrayList<>();
        new ReportBuilder(second::add).build(request(out, List.of(activations, training)));
        assertThat(second).filteredOn(l -> l.contains("reused, unchanged since the last build")).hasSize(2);
        assertThat(withoutTimestamp(Files.readString(out.resolve("results.json")))).isEqualTo(before);
        assertThat(before).contains("\"text\" : \"tanh stays in (-1, 1)\"");

        Files.writeString(dir.resolve("data.csv"), "a,b,c,y\n1,2,3,0\n4,5,6,1\n7,8,9,0\n0.5,0.1,-2,2\n");
        List<String> third = new ArrayList<>();
        new ReportBuilder(third::add).build(request(out, List.of(activations, training)));
        assertThat(third).as("the CSV's content changed under the same name").anyMatch(l -> l.startsWith("[1/2] small: 4 runs in"))
                .anyMatch(l -> l.startsWith("[2/2] circles: reused"));

        List<String> fourth = new ArrayList<>();
        new ReportBuilder(fourth::add).build(request(out, List.of(activations, training.with("seed", "9"))));
        assertThat(fourth).as("a setting changed").anyMatch(l -> l.startsWith("[1/2] small: reused"))
                .anyMatch(l -> l.startsWith("[2/2] circles: 2 runs in"));
    }

    private ReportRequest request(Path out, List<ExperimentDefinition> experiments) {
        return new ReportRequest("none", experiments, out, SiteSources.builtIn(), false, "auto", null,
                new DatasetContext(dir.resolve("datasets"), true, dir, DatasetListener.SILENT), false, dir.resolve("cache"), 2);
    }

    private static String withoutTimestamp(String json) {
        return json.replaceFirst("\"generated\" : \"[^\"]*\"", "\"generated\" : \"…\"");
    }
}
