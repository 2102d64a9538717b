package org.initlab.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.initlab.experiment.ProgressListener;
import org.initlab.report.ReportBuilder;
import org.initlab.report.ReportRequest;
import org.initlab.results.ResultsJson;
import org.initlab.testing.SharedDatasets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13: a page of several seeds charts the first one, says so, and shows how often each claim holds. */
class SeedsPageTest {
    @TempDir
    Path dir;

    @Test
    void aMultiSeedPageChartsItsFirstSeedAndCountsTheSeedsEachClaimHoldsIn() throws Exception {
        Path site = dir.resolve("initlab");
        new ReportBuilder(ProgressListener.SILENT).build(new ReportRequest("none", ClassicSite.SEEDS, site,
                SiteSources.builtIn(), false, "auto", null, SharedDatasets.context(Path.of(".")), false, null, 2));

        JsonNode results = ResultsJson.mapper().readTree(site.resolve("results.json").toFile());
        JsonNode training = results.at("/experiments/1");
        assertThat(training.at("/runs").size()).isEqualTo(2 * 3);
        assertThat(training.at("/runs/2/seed").asLong()).isEqualTo(9);
        JsonNode claim = training.at("/claims/0");
        assertThat(claim.at("/seeds").asInt()).isEqualTo(3);
        assertThat(claim.at("/minFraction").asDouble()).isEqualTo(0.5);
        int holding = (int) Math.round(claim.at("/fraction").asDouble() * 3);
        assertThat(training.at("/configuration/seeds").toString()).isEqualTo("[0,4,9]");
        assertThat(training.at("/configuration/claims/0/minFraction").asDouble()).isEqualTo(0.5);
        org.initlab.testing.Schemas.RESULTS.assertValid(site.resolve("results.json"));

        Document page = Jsoup.parse(site.resolve("experiments/seeds-training.html").toFile());
        assertThat(page.select(".seeds-note").text()).startsWith("· 3 seeds; lines show the median over the seeds")
                .endsWith("per-seed figures and boundaries are seed 0's; claims are checked on every seed");
        assertThat(page.select("#claim-better .verdict").first().text()).isEqualTo("holds in " + holding + " of 3 seeds");
        // the page's data holds the charted seed's runs only: one cost line and one boundary per initializer
        String script = Files.readString(site.resolve("data/seeds-training.js"));
        JsonNode charted = ResultsJson.mapper().readTree(script.substring(script.indexOf("] = ") + 4, script.lastIndexOf(";")));
        assertThat(charted.at("/runs").size()).isEqualTo(2);
        assertThat(charted.at("/runs").findValuesAsText("seed")).containsOnly("0");
        assertThat(page.select("[data-kind=boundary]")).hasSize(2);
        // the downloads keep every seed
        assertThat(ResultsJson.mapper().readTree(site.resolve("data/seeds-training.json").toFile()).at("/runs").size())
                .isEqualTo(6);
        Document activations = Jsoup.parse(site.resolve("experiments/seeds-activations.html").toFile());
        assertThat(activations.select(".seeds-note").text()).contains("4 seeds; lines show the median");
        assertThat(activations.select("article.run")).hasSize(2 * 2);
        assertThat(List.of(activations.select("#claim-flat .verdict").first().text())).allMatch(t -> t.matches("holds in [0-4] of 4 seeds"));
    }
}
