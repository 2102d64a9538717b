package org.initlab.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.initlab.config.ExperimentDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ColdProjectTest {
    @TempDir
    Path dir;

    private Document parse(Path pom) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagName(name).item(0).getTextContent();
    }

    @Test
    void writesTheBuiltInExperimentAsAUserWouldInThePom() throws Exception {
        ExperimentDefinition t2 = Workload.find("t2-tanh");
        Document pom = parse(ColdProject.write(dir, "cold-t2", "0.1.0-SNAPSHOT", "none", List.of(t2)).resolve("pom.xml"));

        Element experiment = (Element) pom.getElementsByTagName("experiment").item(0);
        assertThat(text(experiment, "id")).isEqualTo("t2-tanh");
        t2.settings().forEach((k, v) -> assertThat(text(experiment, k)).as(k).isEqualTo(v));
        assertThat(experiment.getElementsByTagName("initializer").getLength()).isEqualTo(t2.initializers().size());
        assertThat(experiment.getElementsByTagName("claims").getLength()).isZero();
        assertThat(text(pom.getDocumentElement(), "suite")).isEqualTo("none");
        assertThat(text(pom.getDocumentElement(), "version")).isEqualTo("1");
    }

    @Test
    void escapesWhatXmlWouldReadAsMarkup() throws Exception {
        ExperimentDefinition odd = ExperimentDefinition.of("odd").with("title", "a < b & c > d").withInitializers("normal(std=1)");
        Document pom = parse(ColdProject.write(dir, "odd", "1", "none", List.of(odd)).resolve("pom.xml"));

        assertThat(text((Element) pom.getElementsByTagName("experiment").item(0), "title")).isEqualTo("a < b & c > d");
    }

    @Test
    void cleanRemovesTheTargetDirectoryOnly() throws IOException {
        ColdProject.write(dir, "p", "1", "classic", List.of());
        Files.createDirectories(dir.resolve("target/initlab-cache/x"));
        Files.writeString(dir.resolve("target/initlab-cache/x/result.json"), "{}");

        ColdProject.clean(dir);

        assertThat(dir.resolve("target")).doesNotExist();
        assertThat(dir.resolve("pom.xml")).exists();
    }

    @Test
    void aRepositoryWithoutThePluginIsANamedError() {
        assertThatThrownBy(() -> MavenBuild.prepare("mvn", dir.resolve("empty"), dir, dir, dir))
                .hasMessageContaining("bench.repo").hasMessageContaining("initlab-maven-plugin");
    }
}
