package org.initlab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.initlab.config.ExperimentDefinition;
import org.initlab.data.DatasetContext;
import org.initlab.data.DatasetListener;
import org.initlab.results.ResultsJson;
import org.initlab.site.SiteSources;
import org.initlab.testing.Schemas;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * results.json as a program reads it: a value that does not exist is absent (never the string
 * "NaN"), and each experiment's configuration is enough to run it again and get the same numbers.
 */
class ReadableResultsTest {
    private static final String CSV = "a,b,c,y\n1,2,3,0\n4,5,6,1\n7,8,9,0\n0.5,0.1,-2,1\n-1,0.3,2,0\n";

    @TempDir
    Path dir;

    /** LSUV (no formula variance), a bias, a histogram range, a CSV data set and an explanation. */
    private final ExperimentDefinition lsuv = ExperimentDefinition.of("lsuv-tanh")
            .with("dataset", "csv(path=data.csv)").with("layers", "6,6,4").with("activation", "tanh")
            .with("bias", "normal(std=0.1)").with("range", "-1,1").with("bins", "12").with("plot", "pre")
            .with("reseed", "per-layer").with("seed", "7").with("explanation", "lsuv.md")
            .withInitializers("lsuv", "kaiming_normal(nonlinearity=tanh)")
            .claim("bounded", "tanh stays in (-1, 1)", "post.max(init=lsuv, act=tanh, layer=3) < 1", true)
            .claim(null, "a wrong tutorial", "post.max(init=lsuv, act=tanh, layer=3) > 1", false);
    /** Training without a test set. */
    private final ExperimentDefinition noTestSet = ExperimentDefinition.of("no-test-set").with("type", "training")
            .with("dataset", "circles(samples=60, noise=0.05, seed=1)").with("layers", "5,1").with("activation", "relu")
            .with("optimizer", "adam").with("learningRate", "0.02").with("iterations", "60").with("recordEvery", "20")
            .withInitializers("kaiming_normal(nonlinearity=relu)", "zeros");
    /** Regression (a linear output has no accuracy), in minibatches, with a test set. */
    private final ExperimentDefinition regression = ExperimentDefinition.of("regression").with("type", "training")
            .with("dataset", "circles(samples=40, noise=0.05, seed=1)").with("testDataset", "circles(samples=20, noise=0.05, seed=2)")
            .with("layers", "4,1").with("activation", "tanh").with("outputActivation", "linear").with("loss", "mse")
            .with("epochs", "3").with("batchSize", "8").with("recordEvery", "2").withInitializers("xavier_uniform");
    private final ExperimentDefinition gradients = ExperimentDefinition.of("grads").with("type", "gradients")
            .with("dataset", "gaussian(rows=20, cols=5, seed=3)").with("layers", "5,5").with("activation", "relu")
            .with("loss", "random-projection").withInitializers("lsuv", "xavier_normal");
    private final ExperimentDefinition sweep = ExperimentDefinition.of("depths").with("type", "sweep")
            .with("dataset", "gaussian(rows=30, cols=8, seed=0)").with("depths", "1,3").with("widths", "8,16")
            .with("activation", "tanh").with("statistic", "post.std@last").withInitializers("xavier_normal", "lsuv");
    private final List<ExperimentDefinition> all = List.of(lsuv, noTestSet, regression, gradients, sweep);

    @Test
    void aValueThatDoesNotExistIsAbsentAndEveryExpectedNumberIsANumber() throws Exception {
        Path out = build("site", all);
        String text = Files.readString(out.resolve("results.json"));
        assertThat(text).as("nothing here measured a NaN or an infinity").doesNotContain("\"NaN\"", "Infinity");
        Schemas.RESULTS.assertValid(out.resolve("results.json"));
        JsonNode results = ResultsJson.mapper().readTree(text);

        List<JsonNode> theories = new ArrayList<>();
        List<JsonNode> trainings = new ArrayList<>();
        for (JsonNode e : results.get("experiments")) {
            for (JsonNode run : e.get("runs")) {
                run.get("layers").forEach(l -> theories.add(l.path("theory")));
                if (run.has("sweep")) {
                    theories.add(run.get("sweep").get("repeated").get("theory"));
                }
                if (run.has("training")) {
                    trainings.add(run.get("training"));
                }
            }
        }
        // what `jq 'select(.training.testAccuracy > 0.9)'` or Python's `>` would read: a number, or nothing
        for (JsonNode t : theories) {
            for (String field : List.of("weightVariance", "preVariance", "weightMean", "meanFieldPreVariance",
                    "meanFieldPostVariance", "backwardGain", "biasVariance")) {
                assertThat(t.path(field).isMissingNode() || t.path(field).isNumber()).as(field + " in " + t).isTrue();
            }
        }
        for (JsonNode t : trainings) {
            for (String field : List.of("trainAccuracy", "testAccuracy")) {
                assertThat(t.path(field).isMissingNode() || t.path(field).isNumber()).as(field + " in " + t).isTrue();
            }
        }

        JsonNode lsuvLayer = run(results, "lsuv-tanh", "lsuv").get("layers").get(1).get("theory");
        assertThat(lsuvLayer.has("weightVariance")).as("LSUV has no formula variance").isFalse();
        assertThat(lsuvLayer.has("preVariance")).isFalse();
        assertThat(lsuvLayer.get("moments").asText()).isEqualTo("drawn");
        assertThat(lsuvLayer.get("meanFieldPreVariance").isNumber()).as("the mean field uses the drawn moments").isTrue();
        assertThat(lsuvLayer.get("biasVariance").asDouble()).isCloseTo(0.01, org.assertj.core.data.Offset.offset(1e-15));
        JsonNode kaiming = run(results, "lsuv-tanh", "kaiming_normal(nonlinearity=tanh)").get("layers").get(1).get("theory");
        assertThat(kaiming.get("weightVariance").asDouble()).isEqualTo(Math.pow(5.0 / 3, 2) / 6, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(kaiming.get("preVariance").isNumber()).isTrue();
        assertThat(run(results, "grads", "lsuv").get("layers").get(0).get("theory").has("weightVariance")).isFalse();
        assertThat(run(results, "depths", "lsuv").get("sweep").get("repeated").get("theory").has("weightVariance")).isFalse();

        JsonNode trained = run(results, "no-test-set", "zeros").get("training");
        assertThat(trained.has("testAccuracy")).as("no test set").isFalse();
        assertThat(trained.get("trainAccuracy").asDouble()).isBetween(0.0, 1.0);
        JsonNode regressed = run(results, "regression", "xavier_uniform").get("training");
        assertThat(regressed.has("trainAccuracy")).as("a linear output has no accuracy").isFalse();
        assertThat(regressed.has("testAccuracy")).isFalse();
        assertThat(regressed.get("costs").size()).isPositive();
    }

    @Test
    void eachExperimentRecordsItsWholeConfiguration() throws Exception {
        Path out = build("site", all);
        JsonNode results = ResultsJson.mapper().readTree(out.resolve("results.json").toFile());

        JsonNode a = experiment(results, "lsuv-tanh").get("configuration");
        assertThat(a.get("type").asText()).isEqualTo("activations");
        assertThat(a.get("dataset").get("spec").asText()).isEqualTo("csv(path=data.csv)");
        assertThat(a.get("dataset").get("sha256").asText()).isEqualTo(sha256(CSV));
        assertThat(ints(a.get("layers"))).containsExactly(6, 6, 4);
        assertThat(a.get("activations").toString()).isEqualTo("[\"tanh\"]");
        assertThat(a.get("initializers").get(0).get("label").asText()).isEqualTo("lsuv");
        assertThat(a.get("initializers").get(0).get("name").asText()).endsWith(":lsuv");
        assertThat(a.get("initializers").get(1).get("name").asText()).isEqualTo("torch:kaiming_normal");
        JsonNode arguments = a.get("initializers").get(1).get("arguments");
        assertThat(arguments.get("nonlinearity").asText()).as("as written").isEqualTo("tanh");
        assertThat(arguments.get("mode").asText()).as("a default, spelled out").isEqualTo("fan_in");
        assertThat(a.get("seed").asLong()).isEqualTo(7);
        assertThat(a.has("seeds")).as("one seed: <seed> alone says it").isFalse();
        assertThat(a.get("rng").asText()).isEqualTo("numpy");
        assertThat(a.get("reseed").asText()).isEqualTo("per-layer");
        assertThat(a.get("layout").asText()).isEqualTo("in-out");
        assertThat(a.get("dtype").asText()).isEqualTo("float64");
        assertThat(a.get("bias").asText()).contains("normal", "0.1");
        assertThat(a.get("bins").asInt()).isEqualTo(12);
        assertThat(a.get("range").toString()).isEqualTo("[-1.0,1.0]");
        assertThat(a.get("plot").asText()).isEqualTo("pre");
        assertThat(a.get("explanation").asText()).isEqualTo("lsuv.md");
        assertThat(a.has("suite")).as("the user's own experiment").isFalse();
        assertThat(a.has("training") || a.has("sweep") || a.has("loss")).isFalse();
        assertThat(a.get("claims").get(0).toString())
                .isEqualTo("{\"id\":\"bounded\",\"text\":\"tanh stays in (-1, 1)\",\"check\":\"post.max(init=lsuv, act=tanh, layer=3) < 1\",\"expected\":true,\"minFraction\":1.0}");
        assertThat(a.get("claims").get(1).get("id").asText()).isEqualTo("c2");
        assertThat(a.get("claims").get(1).get("expected").asBoolean()).isFalse();

        JsonNode t = experiment(results, "no-test-set").get("configuration");
        assertThat(t.get("layout").asText()).isEqualTo("out-in");
        assertThat(t.get("bias").asText()).isEqualTo("zeros");
        assertThat(t.get("training").toString()).isEqualTo("{\"outputActivation\":\"sigmoid\",\"loss\":\"bce\","
                + "\"optimizer\":\"adam\",\"learningRate\":0.02,\"iterations\":60,\"recordEvery\":20}");
        assertThat(t.get("dataset").has("sha256")).as("generated data is identified by its spec").isFalse();
        JsonNode r = experiment(results, "regression").get("configuration").get("training");
        assertThat(r.get("testDataset").get("spec").asText()).isEqualTo("circles(samples=20, noise=0.05, seed=2)");
        assertThat(r.get("epochs").asInt()).isEqualTo(3);
        assertThat(r.get("batchSize").asInt()).isEqualTo(8);
        assertThat(r.has("iterations")).isFalse();
        assertThat(experiment(results, "grads").get("configuration").get("loss").asText()).isEqualTo("random-projection");
        JsonNode s = experiment(results, "depths").get("configuration");
        assertThat(s.get("sweep").toString()).isEqualTo("{\"depths\":[1,3],\"widths\":[8,16],\"statistic\":\"post.std@last\"}");
        assertThat(s.has("layers") || s.has("bins") || s.has("plot")).as("a sweep has none of these").isFalse();
    }

    /** The proof of "reproducible from the file": definitions rebuilt from results.json alone give the same runs. */
    @Test
    void theRecordedConfigurationRunsAgainToTheSameNumbers() throws Exception {
        Path first = build("first", all);
        JsonNode results = ResultsJson.mapper().readTree(first.resolve("results.json").toFile());
        List<ExperimentDefinition> rebuilt = new ArrayList<>();
        for (JsonNode e : results.get("experiments")) {
            rebuilt.add(definition(e.get("id").asText(), e.get("configuration")));
        }
        Path second = build("second", rebuilt);
        JsonNode again = ResultsJson.mapper().readTree(second.resolve("results.json").toFile());
        assertThat(withoutTimings(again.get("experiments"))).isEqualTo(withoutTimings(results.get("experiments")));
    }

    @Test
    void aReusedResultRecordsThisBuildsClaims() throws Exception {
        build("site", List.of(lsuv));
        ExperimentDefinition moreClaims = lsuv.claim("third", "another", "post.max(init=lsuv, act=tanh, layer=1) < 1", true);
        List<String> log = new ArrayList<>();
        Path out = dir.resolve("site");
        new ReportBuilder(log::add).build(request(out, List.of(moreClaims)));
        assertThat(log).anyMatch(l -> l.contains("lsuv-tanh: reused"));
        JsonNode claims = experiment(ResultsJson.mapper().readTree(out.resolve("results.json").toFile()), "lsuv-tanh")
                .get("configuration").get("claims");
        assertThat(claims).hasSize(3);
        assertThat(claims.get(2).get("id").asText()).isEqualTo("third");
    }

    @Test
    void theExperimentPagesSayWhatIsNotDefinedInsteadOfNaN() throws Exception {
        Path out = build("site", all);
        Document lsuvPage = Jsoup.parse(out.resolve("experiments/lsuv-tanh.html").toFile());
        assertThat(lsuvPage.select("td:contains(not defined for lsuv)")).hasSize(3); // one per layer of the LSUV run
        assertThat(lsuvPage.select("td.num").eachText()).doesNotContain("NaN");
        Document regressionPage = Jsoup.parse(out.resolve("experiments/regression.html").toFile());
        assertThat(regressionPage.select("td:contains(not defined for a linear output)")).hasSize(2);
        assertThat(regressionPage.select("td.num").eachText()).doesNotContain("NaN");
        Document training = Jsoup.parse(out.resolve("experiments/no-test-set.html").toFile());
        assertThat(training.select("td:contains(no test set)")).hasSize(2);
    }

    @Test
    void aClaimOnTheAccuracyOfARegressionIsAConfigurationError() throws Exception {
        ExperimentDefinition claimed = regression.claim("fits", "trainAccuracy(init=xavier_uniform) > 0.5", true);
        assertThatThrownBy(() -> build("site", List.of(claimed)))
                .hasMessageContaining("has no accuracy: a linear <outputActivation> is regression");
    }

    private Path build(String name, List<ExperimentDefinition> experiments) throws Exception {
        Files.writeString(dir.resolve("data.csv"), CSV);
        Files.writeString(dir.resolve("lsuv.md"), "LSUV sets each layer's variance from the data.\n");
        Path out = dir.resolve(name);
        new ReportBuilder(l -> { }).build(request(out, experiments));
        return out;
    }

    private ReportRequest request(Path out, List<ExperimentDefinition> experiments) {
        return new ReportRequest("none", experiments, out, new SiteSources(null, null, dir), false, "auto", null,
                new DatasetContext(dir.resolve("datasets"), true, dir, DatasetListener.SILENT), false, dir.resolve("cache"), 2);
    }

    /** An {@code <experiment>} written from a recorded configuration, as a user would copy it into a POM. */
    private static ExperimentDefinition definition(String id, JsonNode c) {
        ExperimentDefinition d = ExperimentDefinition.of(id).with("type", c.get("type").asText())
                .with("dataset", c.get("dataset").get("spec").asText())
                .with("activation", StreamSupport.stream(c.get("activations").spliterator(), false)
                        .map(JsonNode::asText).collect(Collectors.joining(",")))
                .withInitializers(StreamSupport.stream(c.get("initializers").spliterator(), false)
                        .map(i -> i.get("label").asText()).toList());
        for (String key : List.of("seed", "rng", "reseed", "layout", "dtype", "bias", "bins", "plot", "loss", "explanation")) {
            if (c.has(key)) {
                d = d.with(key, c.get(key).asText());
            }
        }
        if (c.has("layers")) {
            d = d.with("layers", join(c.get("layers")));
        }
        if (c.has("range")) {
            d = d.with("range", join(c.get("range")));
        }
        if (c.has("training")) {
            JsonNode t = c.get("training");
            for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) t::fields) {
                d = d.with(field.getKey(), field.getKey().equals("testDataset") ? field.getValue().get("spec").asText()
                        : field.getValue().asText());
            }
        }
        if (c.has("sweep")) {
            d = d.with("depths", join(c.get("sweep").get("depths"))).with("widths", join(c.get("sweep").get("widths")))
                    .with("statistic", c.get("sweep").get("statistic").asText());
        }
        for (JsonNode claim : c.get("claims")) {
            d = d.claim(claim.get("id").asText(), claim.path("text").asText(null), claim.get("check").asText(),
                    claim.get("expected").asBoolean());
        }
        return d;
    }

    private static String join(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).collect(Collectors.joining(","));
    }

    private static String withoutTimings(JsonNode experiments) {
        return experiments.toString().replaceAll("\"millis\":\\d+", "\"millis\":0");
    }

    private static JsonNode experiment(JsonNode results, String id) {
        for (JsonNode e : results.get("experiments")) {
            if (e.get("id").asText().equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no experiment " + id);
    }

    private static JsonNode run(JsonNode results, String id, String initializer) {
        for (JsonNode r : experiment(results, id).get("runs")) {
            if (r.get("initializer").asText().equals(initializer)) {
                return r;
            }
        }
        throw new AssertionError("no run " + initializer + " in " + id);
    }

    private static List<Integer> ints(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asInt).toList();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
