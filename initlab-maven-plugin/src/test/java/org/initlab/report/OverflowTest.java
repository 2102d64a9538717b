package org.initlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.initlab.config.ExperimentDefinition;
import org.initlab.data.DatasetContext;
import org.initlab.data.DatasetListener;
import org.initlab.experiment.ProgressListener;
import org.initlab.results.ResultsJson;
import org.initlab.site.SiteSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numbers that overflow are data, not a crash: the report is written and says how many there were. */
class OverflowTest {
    @TempDir
    Path dir;

    @Test
    void overflowingWeightsStillGiveAReportThatCountsNanAndInfinity() throws Exception {
        ExperimentDefinition huge = ExperimentDefinition.of("huge").with("dataset", "gaussian(rows=50, cols=20, seed=0)")
                .with("layers", "20,20,20").with("activation", "relu,tanh").withInitializers("normal(std=1e300)");
        Path out = dir.resolve("site");
        new ReportBuilder(ProgressListener.SILENT).build(new ReportRequest("none", List.of(huge), out, SiteSources.builtIn(),
                false, "java", null, new DatasetContext(dir, true, dir, DatasetListener.SILENT), false, null, 1));

        JsonNode json = ResultsJson.mapper().readTree(out.resolve("results.json").toFile());
        JsonNode relu = json.get("experiments").get(0).get("runs").get(0).get("layers");
        // layer 1: twenty products of ~1e300 still fit in a double (max ≈ 1.8e308)
        JsonNode first = relu.get(0).get("pre");
        assertThat(first.get("nan").asLong() + first.get("infinite").asLong()).isZero();
        assertThat(first.get("max").asDouble()).isGreaterThan(1e299);
        // layer 2: every product is ~1e600 = ±∞, and sums of +∞ and −∞ are NaN: nothing finite is left
        JsonNode second = relu.get(1).get("pre");
        assertThat(second.get("infinite").asLong()).isPositive();
        assertThat(second.get("nan").asLong() + second.get("infinite").asLong()).isEqualTo(second.get("count").asLong());
        JsonNode lastPost = relu.get(2).get("post");
        assertThat(lastPost.get("nan").asLong() + lastPost.get("infinite").asLong()).isEqualTo(lastPost.get("count").asLong());
        assertThat(lastPost.get("mean").asText()).isEqualTo("NaN");
        long[] counts = ResultsJson.mapper().convertValue(lastPost.get("histogram").get("counts"), long[].class);
        assertThat(counts).as("no finite value, so the histogram is empty").containsOnly(0L);
        String page = Files.readString(out.resolve("experiments/huge.html"));
        assertThat(page).contains("NaN");
    }
}
