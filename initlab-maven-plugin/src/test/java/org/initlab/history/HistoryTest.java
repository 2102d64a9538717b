package org.initlab.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.initlab.config.ExperimentDefinition;
import org.initlab.data.DatasetContext;
import org.initlab.data.DatasetListener;
import org.initlab.files.DirectoryKind;
import org.initlab.files.Marker;
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
    void onlyATrulyAbsentHistoryStartsANewOneAndSaysSo() throws Exception {
        List<String> log = new ArrayList<>();
        Files.createDirectories(dir.resolve("empty-report"));
        build(small, dir.resolve("a"), dir.resolve("empty-report").toString(), log);
        assertThat(log).anyMatch(l -> l.startsWith("History: no history.json at"));
        assertThat(ResultsJson.mapper().readTree(dir.resolve("a/history.json").toFile()).get("builds")).hasSize(1);
        assertThat(Files.readString(dir.resolve("a/index.html"))).doesNotContain("data-kind=\"history\"");
    }

    @Test
    void anUnreadableHistoryFailsTheBuildBeforeAnythingRunsAndLeavesTheReportAlone() throws Exception {
        Path published = truncatedHistory();
        Files.writeString(dir.resolve("out/index.html"), "the previous report");
        Marker.write(dir.resolve("out"), DirectoryKind.REPORT); // as initlab wrote it, so only the history is in the way
        List<String> log = new ArrayList<>();

        assertThatThrownBy(() -> build(small, dir.resolve("out"), published.toString(), log))
                .isInstanceOf(HistoryException.class)
                .hasMessageContaining(published.resolve("history.json") + " is not JSON (truncated?)");
        assertThat(log).as("nothing ran").noneMatch(l -> l.startsWith("Running"));
        assertThat(Files.readString(dir.resolve("out/index.html"))).isEqualTo("the previous report");
        assertThatThrownBy(() -> build(small, dir.resolve("out"), dir.resolve("publshed").toString(), log))
                .isInstanceOf(HistoryException.class)
                .hasMessageContaining(dir.resolve("publshed") + " does not exist (a misspelt path?)");
    }

    @Test
    void keepGoesOnWithoutAHistorySoThePublishedOneIsNotReplaced() throws Exception {
        Path published = truncatedHistory();
        List<String> log = new ArrayList<>();
        build(small, dir.resolve("kept"), published.toString(), HistoryOnError.KEEP, log);
        assertThat(dir.resolve("kept/history.json")).doesNotExist();
        assertThat(dir.resolve("kept/index.html")).exists();
        assertThat(Files.readString(dir.resolve("kept/data/history.js"))).contains("\"builds\":[]");
        assertThat(log).anyMatch(l -> l.startsWith("WARNING History: cannot read ") && l.contains("historyOnError=keep"));
    }

    @Test
    void restartStartsANewHistoryAndSaysItReplacesTheOldOne() throws Exception {
        Path published = truncatedHistory();
        List<String> log = new ArrayList<>();
        build(small, dir.resolve("restarted"), published.toString(), HistoryOnError.RESTART, log);
        assertThat(ResultsJson.mapper().readTree(dir.resolve("restarted/history.json").toFile()).get("builds")).hasSize(1);
        assertThat(log).anyMatch(l -> l.contains("historyOnError=restart: starting a new history"));
    }

    @Test
    void aHistoryTimeoutThatIsNotPositiveIsAConfigurationError() {
        assertThatThrownBy(() -> new ReportBuilder(m -> { }).build(request(small, dir.resolve("t"), "x", HistoryOnError.FAIL,
                java.time.Duration.ZERO)))
                .isInstanceOf(org.initlab.settings.ConfigException.class)
                .hasMessage("initlab.historyTimeout: expected a positive number of seconds, got 0");
    }

    /** A published report whose history.json was cut off after 100 bytes. */
    private Path truncatedHistory() throws Exception {
        Path published = Files.createDirectories(dir.resolve("out"));
        String history = "{\"schema\":1,\"builds\":[{\"commit\":\"0123456789abcdef\",\"generated\":\"2026-01-01T00:00:00Z\","
                + "\"experiments\":{\"small\":{\"metric\":\"last layer activation std\",\"claimsAsStated\":1,\"claims\":1,"
                + "\"headline\":{\"kaiming_normal(nonlinearity=relu) + relu\":0.5}}}}]}";
        assertThat(HistoryReader.parse(history.getBytes(java.nio.charset.StandardCharsets.UTF_8), "whole").builds()).hasSize(1);
        Files.writeString(published.resolve("history.json"), history.substring(0, 100));
        return published;
    }

    private void build(ExperimentDefinition d, Path out, String history, List<String> log) throws Exception {
        build(d, out, history, HistoryOnError.FAIL, log);
    }

    private void build(ExperimentDefinition d, Path out, String history, HistoryOnError onError, List<String> log)
            throws Exception {
        new ReportBuilder(log::add).build(request(d, out, history, onError, HistoryReader.DEFAULT_TIMEOUT));
    }

    private ReportRequest request(ExperimentDefinition d, Path out, String history, HistoryOnError onError,
                                  java.time.Duration timeout) {
        return new ReportRequest("none", List.of(d), out, SiteSources.builtIn(), false, "java", null,
                new DatasetContext(dir, true, dir, DatasetListener.SILENT), false, null, 1, history, timeout, onError);
    }
}
