package org.initlab.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.initlab.settings.ConfigException;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.data.DatasetContext;
import org.initlab.data.DatasetListener;
import org.initlab.experiment.ProgressListener;
import org.initlab.report.ReportBuilder;
import org.initlab.report.ReportRequest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text from the POM or the results reaches pages as text: markup in it is shown, never run. */
class SiteEscapingTest {
    private static final String TITLE = "<script>alert('title')</script><b>bold</b> & \"quoted\" <img src=x onerror=alert(1)>";
    private static final String COMMIT = "<script>alert('commit')</script>";

    @TempDir
    Path dir;

    @Test
    void markupInATitleOrTheCommitIsEscapedOnTheIndexAndTheExperimentPage() throws Exception {
        Path out = dir.resolve("initlab");
        ExperimentDefinition d = ExperimentDefinition.of("markup").with("title", TITLE)
                .with("dataset", "gaussian(rows=10, cols=4, seed=0)").with("layers", "4,4").with("activation", "tanh")
                .withInitializers("xavier_normal", "zeros");
        new ReportBuilder(ProgressListener.SILENT).build(new ReportRequest("none", List.of(d), out, SiteSources.builtIn(),
                false, "auto", COMMIT, new DatasetContext(dir, true, dir, DatasetListener.SILENT), false, null, 1));

        for (String page : List.of("index.html", "experiments/markup.html")) {
            String html = Files.readString(out.resolve(page));
            assertThat(html).as(page).doesNotContain("<script>alert", "<b>bold", "<img src=x");
            Document doc = Jsoup.parse(html);
            assertThat(doc.select("b, img")).as("elements injected into " + page).isEmpty();
            assertThat(doc.select("script")).as("scripts on " + page)
                    .allSatisfy(s -> assertThat(s.data()).doesNotContain("alert"))
                    .allSatisfy(s -> assertThat(s.attributes().asList()).allSatisfy(a -> assertThat(a.getKey()).isIn("src", "defer")))
                    .hasSizeBetween(3, 5);
            assertThat(doc.select("[onerror], [onload], [onclick]")).isEmpty();
            assertThat(doc.select(".site-footer code").text()).isEqualTo(COMMIT.substring(0, 12));
        }
        Document index = Jsoup.parse(out.resolve("index.html").toFile());
        assertThat(index.select("table.experiments a").first().text()).isEqualTo(TITLE);
        assertThat(index.select("table.provenance code").text()).isEqualTo(COMMIT);

        Document page = Jsoup.parse(out.resolve("experiments/markup.html").toFile());
        assertThat(page.title()).isEqualTo(TITLE + " · initlab");
        assertThat(page.selectFirst("h1").text()).isEqualTo(TITLE);
        Element chart = page.selectFirst(".chart[data-kind=theory]");
        assertThat(chart.attr("aria-label")).endsWith("xavier_normal with tanh");
        assertThat(page.select("a[download]")).extracting(a -> a.attr("href"))
                .containsExactly("../data/markup.json", "../data/markup.csv");
        assertThat(Files.readString(out.resolve("data/markup.json"))).contains("\"title\" : \"<script>alert('title')");
    }

    @Test
    void anIdWithMarkupNeverReachesAPageOrAFileName() {
        ExperimentDefinition d = ExperimentDefinition.of("<script>alert(1)</script>")
                .with("dataset", "gaussian(rows=10, cols=4, seed=0)").with("layers", "4").with("activation", "tanh")
                .withInitializers("zeros");
        assertThatThrownBy(() -> ExperimentSpec.of("experiments[0]", d)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("[a-z0-9-]+");
    }
}
