package org.initlab.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.initlab.settings.ConfigException;
import org.initlab.settings.FileBoundary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Explanations and templates come from inside the build only (reliability review F9, F14 p14/p15). */
class SiteSourcesTest {
    @TempDir
    Path dir;

    private Path project() throws IOException {
        return Files.createDirectories(dir.resolve("project"));
    }

    private static Explained spec(String explanation) {
        return new Explained("tiny", explanation, false, List.of());
    }

    @Test
    void anExplanationInsideTheProjectIsRead() throws IOException {
        Files.writeString(Files.createDirectories(project().resolve("src/initlab")).resolve("tiny.md"), "# Mine");
        SiteSources sources = new SiteSources(null, null, project());
        sources.check(List.of(spec("src/initlab/tiny.md")));
        assertThat(sources.explanation("tiny", "src/initlab/tiny.md")).isEqualTo("# Mine");
    }

    @Test
    void anExplanationPathWithDotDotOrAnAbsolutePathToEtcPasswdIsRefusedBeforeAnythingRuns() throws IOException {
        SiteSources sources = new SiteSources(null, null, project());
        for (String path : List.of("../../../../../../../../etc/passwd", "/etc/passwd")) {
            assertThatThrownBy(() -> sources.check(List.of(spec(path)))).isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith("experiment 'tiny' <explanation>: /etc/passwd lies outside the build's root directory "
                            + project().toRealPath());
            assertThatThrownBy(() -> sources.explanation("tiny", path)).hasMessageContaining("lies outside");
        }
    }

    @Test
    void aSymlinkToEtcPasswdInTheExplanationsDirectoryIsRefused() throws IOException {
        Path docs = Files.createDirectories(project().resolve("docs"));
        Path link = Files.createSymbolicLink(docs.resolve("tiny.md"), Path.of("/etc/passwd"));
        SiteSources sources = new SiteSources(null, docs, project());
        assertThatThrownBy(() -> sources.check(List.of(spec(null)))).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("explanationsDirectory (initlab.explanationsDirectory) tiny.md: " + link
                        + " (resolved to /etc/passwd) lies outside");
        assertThat(new SiteSources(null, docs, project(), new FileBoundary(project(), true)).explanation("tiny", null))
                .as("read when the user opts in").contains("root:");
    }

    @Test
    void anExplanationsDirectoryOutsideTheBuildIsRefusedUnlessTheUserOptsIn() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("tiny.md"), "# Elsewhere");
        assertThatThrownBy(() -> new SiteSources(null, elsewhere, project()).check(List.of(spec(null))))
                .hasMessageStartingWith("explanationsDirectory (initlab.explanationsDirectory): " + elsewhere.toRealPath() + " lies outside");
        SiteSources optedIn = new SiteSources(null, elsewhere, project(), new FileBoundary(project(), true));
        optedIn.check(List.of(spec(null)));
        assertThat(optedIn.explanation("tiny", null)).isEqualTo("# Elsewhere");
    }

    @Test
    void aModuleReadsTheReactorsSharedDocsFolder() throws IOException {
        Path module = Files.createDirectories(project().resolve("module"));
        Files.writeString(Files.createDirectories(project().resolve("docs")).resolve("tiny.md"), "# Shared");
        SiteSources sources = new SiteSources(null, null, module, FileBoundary.of(project(), module, false));
        sources.check(List.of(spec("../docs/tiny.md")));
        assertThat(sources.explanation("tiny", "../docs/tiny.md")).isEqualTo("# Shared");
    }

    @Test
    void nonexistentTemplatesOrExplanationsDirectoriesAreErrorsNamingTheSetting() throws IOException {
        assertThatThrownBy(() -> new SiteSources(project().resolve("tempaltes"), null, project()).check(List.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("templatesDirectory (initlab.templatesDirectory): directory " + project().resolve("tempaltes")
                        + " does not exist");
        assertThatThrownBy(() -> new SiteSources(null, project().resolve("docs"), project()).check(List.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("explanationsDirectory (initlab.explanationsDirectory): directory " + project().resolve("docs")
                        + " does not exist");
    }

    @Test
    void aTemplateOrAssetThatLinksOutOfTheBuildIsRefused() throws IOException {
        Path templates = Files.createDirectories(project().resolve("templates"));
        Path template = Files.createSymbolicLink(templates.resolve("index.html"), Path.of("/etc/passwd"));
        assertThatThrownBy(() -> new SiteSources(templates, null, project()).check(List.of()))
                .hasMessageStartingWith("templatesDirectory (initlab.templatesDirectory): " + template + " (resolved to /etc/passwd)");
        Files.delete(template);
        Path asset = Files.createSymbolicLink(Files.createDirectories(templates.resolve("assets")).resolve("initlab.css"),
                Path.of("/etc/passwd"));
        assertThatThrownBy(() -> new SiteSources(templates, null, project()).asset("initlab.css"))
                .hasMessageStartingWith("templatesDirectory (initlab.templatesDirectory): " + asset);
    }
}
