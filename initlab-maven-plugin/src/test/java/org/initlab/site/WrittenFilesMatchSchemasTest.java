package org.initlab.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.initlab.results.ResultsJson;
import org.initlab.testing.Schemas;
import org.junit.jupiter.api.Test;

/**
 * The classic report's results.json and its compare.json (every experiment type, theory, training
 * with and without a boundary, sweeps, a moved histogram) validate against the schemas the plugin
 * ships; and the schemas reject what a consumer could not read.
 */
class WrittenFilesMatchSchemasTest {
    @Test
    void theClassicReportAndItsComparisonAreValid() throws Exception {
        Path site = ClassicSite.get();
        Schemas.RESULTS.assertValid(site.resolve("results.json"));
        Schemas.COMPARE.assertValid(site.resolve("compare/compare.json"));
    }

    @Test
    void aNumberWrittenAsTextOrAnUnknownFieldIsRejected() throws Exception {
        ObjectNode results = (ObjectNode) ResultsJson.mapper().readTree(ClassicSite.get().resolve("results.json").toFile());
        ObjectNode post = (ObjectNode) results.at("/experiments/0/runs/0/layers/0/post");
        post.put("std", "0.5");
        assertThat(Schemas.RESULTS.problems(results)).as("std as a string").isNotEmpty();
        post.put("std", "NaN");
        assertThat(Schemas.RESULTS.problems(results)).as("NaN is how a measured NaN is written").isEmpty();
        ((ObjectNode) results.at("/experiments/0")).put("colour", "red");
        assertThat(Schemas.RESULTS.problems(results)).as("a field the schema does not know").isNotEmpty();
    }
}
