package org.initlab.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.initlab.catalogue.Catalogue;
import org.initlab.results.ExperimentResult;
import org.initlab.results.ReportResults;
import org.initlab.results.ResultsJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site needs nothing but the results: the classic report's results.json, read back, renders
 * every experiment page and the order-and-chaos page byte for byte as the build did.
 */
class SiteFromResultsTest {
    @TempDir
    Path dir;

    @Test
    void theClassicResultsJsonAloneRendersTheSamePages() throws Exception {
        Path built = ClassicSite.get();
        ReportResults results = ResultsJson.mapper().readValue(built.resolve("results.json").toFile(), ReportResults.class);
        assertThat(results.experiments()).allSatisfy(e -> assertThat(e.configuration()).as(e.id()).isNotNull());

        new SiteBuilder(SiteSources.builtIn(), BuildInfo.load(), false).write(results, Catalogue.measure(256, 512, 0), null, dir);

        List<String> pages = new ArrayList<>(List.of("phase.html", "data/phase.js"));
        for (ExperimentResult e : results.experiments()) {
            pages.add("experiments/" + e.id() + ".html");
            pages.add("data/" + e.id() + ".js");
        }
        for (String page : pages) {
            assertThat(Files.readString(dir.resolve(page))).as(page).isEqualTo(Files.readString(built.resolve(page)));
        }
        try (Stream<Path> written = Files.list(dir.resolve("experiments"))) {
            assertThat(written.count()).isEqualTo(results.experiments().size());
        }
    }
}
