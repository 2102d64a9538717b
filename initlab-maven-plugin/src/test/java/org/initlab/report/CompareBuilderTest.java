package org.initlab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.initlab.compare.BaselineReader;
import org.initlab.compare.CompareException;
import org.initlab.compare.Comparison;
import org.initlab.compare.Thresholds;
import org.initlab.results.ResultsJson;
import org.initlab.site.SiteSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareBuilderTest {
    @TempDir
    Path dir;

    @Test
    void noChangeWritesOnlyCompareAndSaysSo() throws Exception {
        Path report = report("initlab", sample());
        report("base", sample());
        Files.writeString(report.resolve("index.html"), "the report");
        List<String> log = new ArrayList<>();

        Comparison c = new CompareBuilder(log::add).compare(request("base", report));

        assertThat(c.changes()).isEmpty();
        assertThat(Files.readString(report.resolve("index.html"))).isEqualTo("the report");
        try (var files = Files.list(report)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .as("nothing else is touched, no staging left; publishes of compare/ take turns on its lock file")
                    .containsExactly(".compare.lock", "compare", "index.html", "results.json");
        }
        String page = Files.readString(report.resolve("compare/index.html"));
        assertThat(page).contains("No figure moved beyond its threshold.", "src=\"../assets/initlab.js\"",
                "src=\"data.js\"", "href=\"../results.json\"");
        assertThat(page).doesNotContain("http://", "https://");
        assertThat(Files.readString(report.resolve("compare/data.js"))).isEqualTo("window.initlabCompare = [];\n");
        assertThat(log).singleElement().asString().contains(": 0 changes, 0 added, 0 removed; see ");
    }

    @Test
    void aMovedHistogramGetsARowAndAnOverlayChart() throws Exception {
        ObjectNode current = sample();
        ArrayNode counts = (ArrayNode) current.at("/experiments/0/runs/1/layers/0/post/histogram/counts");
        counts.set(0, counts.get(0).longValue() + 50);
        ObjectNode weights = (ObjectNode) current.at("/experiments/0/runs/0/layers/1/weights");
        weights.put("std", 2.5);
        Path report = report("initlab", current);
        report("base", sample());

        Comparison c = new CompareBuilder(m -> { }).compare(request("base", report));

        assertThat(c.changes()).extracting(ch -> ch.metric()).containsExactly("weights.std", "post.histogram");
        String page = Files.readString(report.resolve("compare/index.html"));
        assertThat(page).contains("2 figures moved beyond their thresholds.", "<code>weights.std</code>",
                "→", "data-compare=\"0\"", "id=\"histogram-0\"", "href=\"#histogram-0\"",
                "aria-label=\"Histogram of post, layer 1, normal(std=1) with relu, in one: baseline and current\"",
                "href=\"../experiments/one.html\"");
        String data = Files.readString(report.resolve("compare/data.js"));
        assertThat(data).startsWith("window.initlabCompare = [{\"index\":0,").contains("\"baseline\":{\"edges\":[");
        JsonNode json = ResultsJson.mapper().readTree(report.resolve("compare/compare.json").toFile());
        assertThat(json.get("changes")).hasSize(2);
    }

    @Test
    void withoutAReportItSaysToRunTheReportFirst() {
        assertThatThrownBy(() -> new CompareBuilder(m -> { }).compare(request("base", dir.resolve("initlab"))))
                .isInstanceOf(CompareException.class)
                .hasMessageContaining("no report to compare in " + dir.resolve("initlab"))
                .hasMessageContaining("run initlab:report first");
    }

    private Path report(String name, JsonNode results) throws Exception {
        Path path = dir.resolve(name);
        Files.createDirectories(path);
        Files.writeString(path.resolve("results.json"), ResultsJson.write(results));
        return path;
    }

    @Test
    void aBaselineTimeoutThatIsNotPositiveIsAConfigurationErrorNamingIt() throws Exception {
        Path report = report("initlab", sample());
        report("base", sample());
        for (Duration bad : List.of(Duration.ZERO, Duration.ofSeconds(-1))) {
            assertThatThrownBy(() -> new CompareBuilder(m -> { }).compare(new CompareRequest("base", report, dir,
                    Thresholds.DEFAULTS, bad, SiteSources.builtIn())))
                    .isInstanceOf(CompareException.class)
                    .hasMessage("bad configuration: initlab.baselineTimeout: expected a positive number of seconds, got "
                            + bad.toSeconds());
        }
        assertThat(report.resolve("compare")).doesNotExist();
    }

    private CompareRequest request(String baseline, Path report) {
        return new CompareRequest(baseline, report, dir, Thresholds.DEFAULTS, BaselineReader.DEFAULT_TIMEOUT, SiteSources.builtIn());
    }

    private static ObjectNode sample() {
        return org.initlab.compare.ReportsAccess.sample("one");
    }
}
