package org.initlab.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.initlab.config.ExperimentDefinition;
import org.initlab.data.DatasetContext;
import org.initlab.experiment.ProgressListener;
import org.initlab.report.ReportBuilder;
import org.initlab.report.ReportRequest;
import org.initlab.results.ResultsJson;
import org.initlab.testing.Schemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report of a network with every layer type: results.json validates (layers without weights, the
 * network's text in the configuration), the page names each layer with its output shape, and a
 * rebuild from the result cache gives the same results.
 */
class NetworkSiteTest {
    private static final String LAYERS = "conv2d(out=4, kernel=3), maxpool(k=2), batchnorm,"
            + " residual(block='conv2d(out=4, kernel=3, padding=1), layernorm'), convtranspose2d(out=2, kernel=2, stride=2),"
            + " avgpool(k=2), flatten, dense(n=5)";

    @Test
    void aNetworkOfEveryLayerTypeIsReportedAndValid(@TempDir Path dir) throws Exception {
        ExperimentDefinition d = ExperimentDefinition.of("cnn").with("dataset", "gaussian(rows=8, channels=1, height=8, width=8, seed=0)")
                .with("layers", LAYERS).with("activation", "relu").withInitializers("kaiming_normal(nonlinearity=relu)")
                .claim("the pooled signal is not zero", "post.std(init=kaiming_normal(nonlinearity=relu), layer=2) > 0", true);
        Path out = dir.resolve("site");
        Path cache = dir.resolve("cache");
        ReportRequest request = new ReportRequest("none", List.of(d), out, SiteSources.builtIn(), false, "java", null,
                DatasetContext.defaults(), true, cache, 1);
        new ReportBuilder(ProgressListener.SILENT).build(request);
        Schemas.RESULTS.assertValid(out.resolve("results.json"));
        JsonNode results = ResultsJson.mapper().readTree(out.resolve("results.json").toFile());
        JsonNode experiment = results.get("experiments").get(0);
        assertThat(experiment.at("/configuration/network").asText()).isEqualTo(LAYERS);
        assertThat(experiment.at("/configuration/layers").isMissingNode()).isTrue();
        JsonNode layers = experiment.at("/runs/0/layers");
        assertThat(layers).hasSize(10);
        assertThat(layers.get(1).get("layer").asText()).isEqualTo("maxpool(k=2)");
        assertThat(layers.get(1).get("shape").asText()).isEqualTo("4×3×3");
        assertThat(layers.get(1).has("weights")).isFalse();
        assertThat(layers.get(0).at("/weights/count").asLong()).isEqualTo(36);
        assertThat(layers.get(5).get("layer").asText()).startsWith("residual(");
        assertThat(layers.get(6).get("shape").asText()).isEqualTo("2×6×6");
        assertThat(layers.get(9).get("shape").asText()).isEqualTo("5");
        String page = Files.readString(out.resolve("experiments/cnn.html"));
        assertThat(page).contains("2 maxpool(k=2) → 4×3×3", "10 dense(n=5) → 5");

        // the cached runs are read back and checked against the network
        new ReportBuilder(ProgressListener.SILENT).build(new ReportRequest("none", List.of(d.with("title", "again")), out,
                SiteSources.builtIn(), false, "java", null, DatasetContext.defaults(), true, cache, 1));
        JsonNode again = ResultsJson.mapper().readTree(out.resolve("results.json").toFile());
        assertThat(again.at("/experiments/0/runs/0/layers")).isEqualTo(layers);
    }

    /** Seeds summarise what each layer has: a pooling layer's pre/post, no weights where there are none. */
    @Test
    void aNetworkOverSeedsIsSummarisedLayerByLayer(@TempDir Path dir) throws Exception {
        ExperimentDefinition d = ExperimentDefinition.of("cnn-seeds").with("dataset", "gaussian(rows=8, channels=1, height=8, width=8, seed=0)")
                .with("layers", LAYERS).with("activation", "relu").with("seeds", "0..2")
                .withInitializers("kaiming_normal(nonlinearity=relu)")
                .claim("the pooled signal is not zero in the median", "median(post.std(init=kaiming_normal(nonlinearity=relu), layer=2)) > 0", true);
        Path out = dir.resolve("site");
        new ReportBuilder(ProgressListener.SILENT).build(new ReportRequest("none", List.of(d), out, SiteSources.builtIn(), false,
                "java", null, DatasetContext.defaults(), true, dir.resolve("cache"), 1));
        Schemas.RESULTS.assertValid(out.resolve("results.json"));
        JsonNode experiment = ResultsJson.mapper().readTree(out.resolve("results.json").toFile()).get("experiments").get(0);
        assertThat(experiment.get("runs")).hasSize(3);
        assertThat(experiment.at("/claims/0/passed").asBoolean()).isTrue();
        assertThat(experiment.get("summaries").toString()).contains("post");
        assertThat(Files.readString(out.resolve("experiments/cnn-seeds.html"))).contains("2 maxpool(k=2) → 4×3×3");
    }

    /** A claim on pre.maxRelDiff records the comparison it reads: valid against the schema and kept by the cache. */
    @Test
    void aComparisonWithAReferenceIsRecordedValidAndCached(@TempDir Path dir) throws Exception {
        ExperimentDefinition d = ExperimentDefinition.of("up").with("dataset", "gaussian(rows=2, channels=1, height=6, width=6, seed=0)")
                .with("layers", "convtranspose2d(out=1, kernel=4, stride=2, padding=1)").with("activation", "linear")
                .with("layout", "out-in").withInitializers("bilinear")
                .claim("inside", "interpolates inside the border", "pre.maxRelDiff(init=bilinear, layer=1, ref=bilinear, border=1) < 1e-12", true);
        Path out = dir.resolve("site");
        Path cache = dir.resolve("cache");
        for (String title : new String[] {"first", "from the cache"}) {
            new ReportBuilder(ProgressListener.SILENT).build(new ReportRequest("none", List.of(d.with("title", title)), out,
                    SiteSources.builtIn(), false, "java", null, DatasetContext.defaults(), true, cache, 1));
            Schemas.RESULTS.assertValid(out.resolve("results.json"));
            JsonNode experiment = ResultsJson.mapper().readTree(out.resolve("results.json").toFile()).get("experiments").get(0);
            assertThat(experiment.at("/runs/0/layers/0/referenceMaxRelDiff").fieldNames()).toIterable().as(title)
                    .containsExactly("bilinear(border=1)");
            assertThat(experiment.at("/runs/0/layers/0/referenceMaxRelDiff/bilinear(border=1)").asDouble()).as(title).isLessThan(1e-12);
            assertThat(experiment.at("/claims/0/passed").asBoolean()).as(title).isTrue();
        }
    }
}
