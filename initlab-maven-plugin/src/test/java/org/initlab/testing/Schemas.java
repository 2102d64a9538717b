package org.initlab.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import org.initlab.results.ResultsJson;

/** The JSON Schemas the plugin ships for {@code results.json} and {@code compare.json}, read from its jar. */
public enum Schemas {
    RESULTS("initlab/schema/results.schema.json"),
    COMPARE("initlab/schema/compare.schema.json");

    private final JsonSchema schema;

    Schemas(String resource) {
        try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("schema " + resource + " in the plugin's resources").isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What is wrong with {@code json}; empty when it is valid. */
    public Set<ValidationMessage> problems(JsonNode json) {
        return schema.validate(json);
    }

    /** Fails the calling test, listing the problems, unless {@code file} is valid. */
    public void assertValid(Path file) throws IOException {
        assertThat(problems(ResultsJson.mapper().readTree(file.toFile()))).as(file + " against " + name()).isEmpty();
    }
}
