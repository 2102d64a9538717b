package org.initlab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.initlab.settings.ConfigException;
import org.initlab.config.ExperimentDefinition;
import org.initlab.experiment.ProgressListener;
import org.initlab.results.ResultsJson;
import org.initlab.site.SiteSources;
import org.initlab.testing.SharedDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportBuilderTest {
    @TempDir
    Path dir;

    @Test
    void classicSuiteWritesACompleteOfflineSite() throws Exception {
        Path out = dir.resolve("initlab");
        List<String> log = new ArrayList<>();
        new ReportBuilder(log::add).build(request("classic", List.of(), out));

        assertThat(out.resolve("index.html")).exists();
        assertThat(out.resolve(".nojekyll")).exists();
        assertThat(out.resolve("assets/echarts/echarts.min.js")).exists();
        assertThat(out.resolve("assets/katex/katex.min.js")).exists();
        assertThat(out.resolve("assets/katex/fonts/KaTeX_Main-Regular.woff2")).exists();
        for (String id : List.of("t2-sigmoid", "t2-tanh", "t2-relu", "t2-gradients", "t2-sweep", "t1-circles", "t3-abalone", "t4-mnist",
                "t4-mnist-pixels", "t5-residual", "t6-mnist-cnn", "t7-deep-cnn", "t8-bilinear")) {
            assertThat(out.resolve("experiments/" + id + ".html")).exists();
            assertThat(out.resolve("data/" + id + ".js")).exists();
        }
        assertThat(log).filteredOn(l -> l.matches("\\[\\d+/13] t2-\\w+: 40 runs in \\d+ ms")).hasSize(3);
        assertThat(log).anyMatch(l -> l.matches("\\[5/13] t2-sweep: 60 runs in \\d+ ms"));
        assertThat(log).anyMatch(l -> l.matches("\\[6/13] t1-circles: 30 runs in \\d+ ms"));
        assertThat(log).anyMatch(l -> l.matches("\\[9/13] t4-mnist-pixels: 10 runs in \\d+ ms"));
        assertThat(log).anyMatch(l -> l.matches("\\[10/13] t5-residual: 30 runs in \\d+ ms"));
        assertThat(log).anyMatch(l -> l.matches("\\[11/13] t6-mnist-cnn: 30 runs in \\d+ ms"));
        assertThat(log).anyMatch(l -> l.matches("\\[12/13] t7-deep-cnn: 120 runs in \\d+ ms"));
        assertThat(log).anyMatch(l -> l.matches("\\[13/13] t8-bilinear: 20 runs in \\d+ ms"));

        JsonNode json = ResultsJson.mapper().readTree(out.resolve("results.json").toFile());
        int claims = 0;
        for (JsonNode experiment : json.get("experiments")) {
            for (JsonNode claim : experiment.get("claims")) {
                claims++;
                assertThat(claim.get("seeds").asInt()).as(experiment.get("id").asText() + " " + claim.get("id").asText()
                        + ": every classic claim is checked on ten seeds").isEqualTo(10);
                assertThat(claim.has("fraction")).isTrue();
                assertThat(claim.get("passed").asBoolean()).as(experiment.get("id").asText() + ": " + claim.get("text").asText()
                        + " (value " + claim.get("value") + ")").isTrue();
            }
        }
        assertThat(claims).as("claims in the classic suite").isGreaterThanOrEqualTo(12);
        String readme = Files.readString(Path.of(System.getProperty("basedir", "."), "..", "README.md"));
        assertThat(readme).as("the README's count of the suite's claims").contains("checks " + claims + " of");
        String claimsLine = "Claims: " + claims + " checked, " + claims + " as expected; \\d+ cited in the explanations, none contradicted";
        assertThat(log).anyMatch(l -> l.matches(claimsLine));
        String gradients = Files.readString(out.resolve("experiments/t2-gradients.html"));
        assertThat(gradients).as("the explanation's citations become badges linking to the claims' rows")
                .contains("<a class=\"claim-cite holds\" href=\"#claim-n1-tanh-grows\"", "<tr id=\"claim-n1-tanh-grows\"")
                .doesNotContain("[claim:n1-tanh-grows].");
        assertThat(json.get("schema").asInt()).isEqualTo(1);
        assertThat(json.get("generator").get("name").asText()).isEqualTo("initlab");
        JsonNode relu = json.get("experiments").get(2);
        assertThat(json.get("experiments").get(3).get("runs").get(0).get("layers").get(0).has("gradient")).isTrue();
        assertThat(relu.get("id").asText()).isEqualTo("t2-relu");
        JsonNode run = relu.get("runs").get(30); // runs go initializer, activation, seed: He's first seed
        assertThat(run.get("initializer").asText()).isEqualTo("kaiming_normal(nonlinearity=relu)");
        assertThat(run.get("seed").asLong()).as("the tutorial's seed comes first").isEqualTo(1L);
        JsonNode layer = run.get("layers").get(4);
        assertThat(layer.get("fanIn").asInt()).isEqualTo(100);
        JsonNode post = layer.get("post");
        assertThat(post.get("count").asLong()).isEqualTo(100_000);
        assertThat(post.get("histogram").get("edges")).hasSize(31);
        assertThat(post.get("histogram").get("counts")).hasSize(30);
        assertThat(layer.has("gradient")).as("activations experiments compute no gradient").isFalse();

        JsonNode sweep = json.get("experiments").get(4);
        assertThat(sweep.get("type").asText()).isEqualTo("sweep");
        JsonNode grid = sweep.get("runs").get(10).get("sweep");
        assertThat(sweep.get("runs").get(10).get("activation").asText()).isEqualTo("relu");
        assertThat(sweep.get("runs").get(10).get("layers")).isEmpty();
        assertThat(grid.get("statistic").asText()).isEqualTo("post.std@last");
        assertThat(grid.get("depths")).hasSize(5);
        assertThat(grid.get("cells")).hasSize(5);
        assertThat(grid.get("cells").get(4).get("depth").asInt()).isEqualTo(16);
        assertThat(relu.get("runs").get(0).has("sweep")).as("only sweeps write a grid").isFalse();
    }

    @Test
    void pagesUseOnlyRelativeLinksAndNoNetwork() throws Exception {
        Path out = dir.resolve("initlab");
        new ReportBuilder(ProgressListener.SILENT).build(request("classic", List.of(), out));
        for (Path page : List.of(out.resolve("index.html"), out.resolve("experiments/t2-tanh.html"))) {
            String html = Files.readString(page);
            assertThat(html).doesNotContain("http://", "https://", "src=\"/", "href=\"/");
        }
        String tanh = Files.readString(out.resolve("experiments/t2-tanh.html"));
        assertThat(tanh).contains("src=\"../assets/echarts/echarts.min.js\"", "src=\"../data/t2-tanh.js\"");
        assertThat(tanh).contains("class=\"math math-display\"");
    }

    @Test
    void aBadSettingFailsBeforeAnythingIsWrittenAndKeepsTheOldReport() throws Exception {
        Path out = dir.resolve("initlab");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "previous report");
        ExperimentDefinition typo = ExperimentDefinition.of("mine").with("dataset", "gaussian(rows=10, cols=4, seed=0)")
                .with("layers", "4,4").with("activation", "tanh").withInitializers("xavier_nromal");

        ReportRequest request = new ReportRequest("none", List.of(typo), out, SiteSources.builtIn(), false, "auto", null,
                SharedDatasets.none(Files.createDirectories(dir.resolve("no-data"))), false, null, 2);
        assertThatThrownBy(() -> new ReportBuilder(ProgressListener.SILENT).build(request))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("experiment 'mine' <initializers>[1]")
                .hasMessageContaining("did you mean 'xavier_normal'?");
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("previous report");
        try (var files = Files.list(dir)) {
            assertThat(files).as("no staging directory is left behind").containsExactlyInAnyOrder(out, dir.resolve("no-data"));
        }
    }

    @Test
    void brokenClaimsAreNamedInTheLogAndWrittenAsJunitXml() throws Exception {
        Path out = dir.resolve("initlab");
        Path explanations = Files.createDirectories(dir.resolve("explanations"));
        Files.writeString(explanations.resolve("tiny.md"), "The signal stays [claim:c1] and explodes [claim:c2].\n");
        ExperimentDefinition tiny = ExperimentDefinition.of("tiny").with("dataset", "gaussian(rows=20, cols=4, seed=0)")
                .with("layers", "4,4").with("activation", "tanh").withInitializers("xavier_normal")
                .claim("the signal stays", "post.std(init=xavier_normal, layer=2) > 0", true)
                .claim("it explodes", "post.std(init=xavier_normal, layer=2) > 1000", true);
        List<String> log = new ArrayList<>();
        ReportRequest request = new ReportRequest("none", List.of(tiny), out, new SiteSources(null, explanations, dir), false,
                "auto", null, SharedDatasets.none(Files.createDirectories(dir.resolve("no-data"))), false, null, 2);

        new ReportBuilder(log::add).build(request);

        assertThat(log).contains("Claims: 2 checked, 1 as expected; 2 cited in the explanations, 1 shown as contradicted; not as stated:");
        assertThat(log).anyMatch(l -> l.matches("  tiny \\[claim:c2]: \"it explodes\" does not hold \\(value .*; expected it to hold\\)"
                + "; an explanation cites it"));
        String page = Files.readString(out.resolve("experiments/tiny.html"));
        assertThat(page).contains("<a class=\"claim-cite contradicted\" href=\"#claim-c2\"", "<a class=\"claim-cite holds\" href=\"#claim-c1\"");
        Path xml = out.resolve("junit/TEST-initlab.tiny.xml");
        org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        org.w3c.dom.Element suite = doc.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("name")).isEqualTo("initlab.tiny");
        assertThat(suite.getAttribute("tests")).isEqualTo("2");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        var cases = suite.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(2);
        assertThat(((org.w3c.dom.Element) cases.item(0)).getElementsByTagName("failure").getLength()).isZero();
        org.w3c.dom.Element failed = (org.w3c.dom.Element) cases.item(1);
        assertThat(failed.getAttribute("name")).isEqualTo("it explodes");
        assertThat(((org.w3c.dom.Element) failed.getElementsByTagName("failure").item(0)).getAttribute("message"))
                .startsWith("does not hold (value ");
    }

    @Test
    void anExperimentThatOnlySharesABuiltInIdGetsNoBuiltInExplanation() throws Exception {
        // The built-in t2-tanh.md cites the suite's claims; a user's own t2-tanh has none of them.
        Path out = dir.resolve("initlab");
        ExperimentDefinition mine = ExperimentDefinition.of("t2-tanh").with("dataset", "gaussian(rows=20, cols=4, seed=0)")
                .with("layers", "4,4").with("activation", "tanh").withInitializers("xavier_normal");
        ReportRequest request = new ReportRequest("none", List.of(mine), out, SiteSources.builtIn(), false, "auto", null,
                SharedDatasets.none(Files.createDirectories(dir.resolve("no-data"))), false, null, 2);

        new ReportBuilder(ProgressListener.SILENT).build(request);

        String page = Files.readString(out.resolve("experiments/t2-tanh.html"));
        assertThat(page).doesNotContain("claim-cite").doesNotContain("[claim:");
        org.initlab.config.ExperimentDefinition builtIn = org.initlab.config.Suites.named("classic").stream()
                .filter(d -> d.id().equals("t2-tanh")).findFirst().orElseThrow();
        assertThat(org.initlab.config.Suites.isBuiltIn(builtIn)).isTrue();
        assertThat(org.initlab.config.Suites.isBuiltIn(mine)).isFalse();
    }

    @Test
    void duplicateIdsAreRejected() {
        ExperimentDefinition a = ExperimentDefinition.of("t2-tanh").with("dataset", "gaussian(rows=10, cols=4, seed=0)")
                .with("layers", "4").with("activation", "tanh").withInitializers("zeros");
        ReportRequest request = new ReportRequest("classic", List.of(a), dir, SiteSources.builtIn(), false, "auto", null,
                SharedDatasets.none(dir), false, null, 2);
        assertThatThrownBy(() -> ReportBuilder.configure(request))
                // the user's experiment comes after the suite's
                .hasMessageContaining("experiments[" + (org.initlab.config.Suites.named("classic").size() + 1)
                        + "].id: 't2-tanh' is used twice");
    }

    private static ReportRequest request(String suite, List<ExperimentDefinition> experiments, Path out) {
        return new ReportRequest(suite, experiments, out, SiteSources.builtIn(), false, "auto", null,
                SharedDatasets.context(Path.of(".")), false, null, 2);
    }
}
