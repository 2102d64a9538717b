package org.initlab.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.initlab.results.ResultsJson;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The order-and-chaos page of the classic report: linked, populated, and its sweep line close to the measurement. */
class PhasePageTest {
    private static Path site;
    private static JsonNode phase;

    @BeforeAll
    static void render() throws Exception {
        site = ClassicSite.get();
        String script = Files.readString(site.resolve("data/phase.js"));
        phase = ResultsJson.mapper().readTree(script.substring(script.indexOf('=') + 1, script.lastIndexOf(';')));
    }

    @Test
    void theIndexLinksToThePageWhichPlacesEveryTanhInitializer() throws Exception {
        Document index = Jsoup.parse(site.resolve("index.html").toFile());
        assertThat(index.select("a[href=phase.html]")).isNotEmpty();
        Document page = Jsoup.parse(site.resolve("phase.html").toFile());
        assertThat(page.select("h1").text()).isEqualTo("Order and chaos");
        assertThat(page.select(".chart")).hasSize(3);
        // t2-tanh's four initializers on 100-unit layers: N(0, 1) at σ_w² = 100 is chaotic, Xavier at 1 critical
        assertThat(page.select("tbody tr:contains(t2-tanh):contains(normal(std=1))").text()).contains("chaotic");
        assertThat(page.select("tbody tr:contains(t2-tanh):contains(xavier_normal)").text()).contains("critical");
        assertThat(page.select("tbody tr:contains(t2-tanh):contains(normal(std=0.01))").text()).contains("ordered");
        // uniform(0, 1) has mean ½: not a point of the zero-mean diagram
        assertThat(page.select("tbody tr:contains(t3-abalone) code").eachText()).doesNotContain("uniform");
    }

    @Test
    void theCriticalLineStartsAtXaviersPointAndRises() {
        JsonNode line = phase.get("criticalLine");
        assertThat(line.get(0).get(0).asDouble()).isBetween(1.0, 1.01);   // q* → 0: σ_w² → 1, σ_b² → 0
        assertThat(line.get(0).get(1).asDouble()).isLessThan(1e-4);
        JsonNode end = line.get(line.size() - 1);
        assertThat(end.get(0).asDouble()).isGreaterThan(2);
        assertThat(end.get(1).asDouble()).isGreaterThan(0.5);
    }

    /** The t2-sweep's tanh networks: where the signal survives (Xavier, He), the mean field tracks the measured std. */
    @Test
    void theSweepsMeanFieldLineFollowsTheMeasuredDepthBehaviour() {
        int compared = 0;
        for (JsonNode s : phase.get("sweeps")) {
            if (!s.get("experiment").asText().equals("t2-sweep")) {
                continue;
            }
            for (int i = 0; i < s.get("depths").size(); i++) {
                double measured = s.get("measured").get(i).asDouble();
                double predicted = s.get("meanField").get(i).asDouble();
                assertThat(measured / predicted).as(s.get("initializer").asText() + " depth " + s.get("depths").get(i))
                        .isBetween(0.9, 1.1);
                compared++;
            }
        }
        assertThat(compared).isEqualTo(15); // 3 initializers × 5 depths
    }
}
