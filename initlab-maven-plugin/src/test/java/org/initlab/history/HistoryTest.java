package org.initlab.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.initlab.config.ExperimentDefinition;
import org.initlab.data.DatasetContext;
import org.initlab.data.DatasetListener;
import org.initlab.report.ReportBuilder;
import org.initlab.report.ReportRequest;
import org.initlab.results.ResultsJson;
import org.initlab.site.SiteSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryTest {
    @TempDir
    Path dir;

    private final ExperimentDefinition small = ExperimentDefinition.of("small").with("dataset", "gaussian(rows=40, cols=6, seed=0)")
            .with("layers", "6,6").with("activation", "relu").withInitializers("kaiming_normal(nonlinearity=relu)")
            .claim("He keeps ReLU alive", "post.std(init=kaiming_normal(nonlinearity=relu), layer=2) > 0", true);

    @Test
    void eachReportAppendsItsSummaryToThePublishedHistory() throws Exception {
        Path published = dir.resolve("published");
        List<String> log = new ArrayList<>();
        build(small, published, null, log);
        build(small.with("seed", "5"), dir.resolve("next"), "file:" + published.toAbsolutePath() + "/", log);

        JsonNode history = ResultsJson.mapper().readTree(dir.resolve("next/history.json").toFile());
        assertThat(history.get("builds")).hasSize(2);
        JsonNode latest = history.get("builds").get(1).get("experiments").get("small");
        assertThat(latest.get("metric").asText()).isEqualTo("last layer activation std");
        assertThat(latest.get("claimsAsStated").asInt()).isEqualTo(1);
        JsonNode results = ResultsJson.mapper().readTree(dir.resolve("next/results.json").toFile());
        double std = results.get("experiments").get(0).get("runs").get(0).get("layers").get(1).get("post").get("std").asDouble();
        assertThat(latest.get("headline").get("kaiming_normal(nonlinearity=relu) + relu").asDouble()).isEqualTo(std);
        assertThat(Files.readString(dir.resolve("next/index.html"))).contains("data-kind=\"history\"");
    }

    @Test
    void aMissingOrUnreadableHistoryStartsANewOneAndSaysSo() throws Exception {
        List<String> log = new ArrayList<>();
        build(small, dir.resolve("a"), dir.resolve("nowhere").toString(), log);
        Files.createDirectories(dir.resolve("broken"));
        Files.writeString(dir.resolve("broken/history.json"), "not json", java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE) ;
        build(small, dir.resolve("b"), dir.resolve("broken").toString(), log);
        assertThat(log).anyMatch(l -> l.startsWith("History: no history.json at"))
                .anyMatch(l -> l.startsWith("History: could not read history.json at"));
        assertThat(ResultsJson.mapper().readTree(dir.resolve("b/history.json").toFile()).get("builds")).hasSize(1);
        assertThat(Files.readString(dir.resolve("b/index.html"))).doesNotContain("data-kind=\"history\"");
    }

    private void build(ExperimentDefinition d, Path out, String history, List<String> log) throws Exception {
        new ReportBuilder(log::add).build(new ReportRequest("none", List.of(d), out, SiteSources.builtIn(), false, "java", null,
                new DatasetContext(dir, true, dir, DatasetListener.SILENT), false, null, 1, history));
    }
}
