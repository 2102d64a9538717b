package org.initlab.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule behind every user file a report reads (reliability review F9, p01–p03). */
class FileBoundaryTest {
    private static final Path PASSWD = Path.of("/etc/passwd");

    @TempDir
    Path dir;

    private Path root() throws IOException {
        return Files.createDirectories(dir.resolve("build"));
    }

    @Test
    void aFileInsideTheRootIsAcceptedAsItsRealPath() throws IOException {
        Path file = Files.writeString(Files.createDirectories(root().resolve("module/docs")).resolve("a.md"), "x");
        assertThat(FileBoundary.within(root()).check("setting", root().resolve("module/../module/docs/a.md")))
                .isEqualTo(file.toRealPath());
    }

    @Test
    void dotDotOutOfTheRootIsRefusedNamingTheSettingAndTheResolvedPath() throws IOException {
        Path outside = Files.writeString(dir.resolve("secret.txt"), "x");
        assertThatThrownBy(() -> FileBoundary.within(root()).check("experiment 'x' <explanation>", root().resolve("../secret.txt")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("experiment 'x' <explanation>: " + outside.toRealPath() + " lies outside the build's root directory "
                        + root().toRealPath())
                .hasMessageContaining("allowExternalFiles=true (-Dinitlab.allowExternalFiles=true)");
    }

    @Test
    void anAbsolutePathOutsideIsRefused() throws IOException {
        assertThatThrownBy(() -> FileBoundary.within(root()).check("csv path=/etc/passwd", PASSWD))
                .isInstanceOf(ConfigException.class).hasMessageContaining("/etc/passwd lies outside");
    }

    @Test
    void aSymlinkInsideThatPointsOutsideIsRefusedNamingBothPaths() throws IOException {
        Path link = Files.createSymbolicLink(root().resolve("tiny.md"), PASSWD);
        assertThatThrownBy(() -> FileBoundary.within(root()).check("explanationsDirectory tiny.md", link))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(link + " (resolved to " + PASSWD.toRealPath() + ") lies outside");
        assertThat(FileBoundary.within(root()).allows(link)).isFalse();
    }

    @Test
    void aRootReachedThroughASymlinkStillHoldsItsOwnFiles() throws IOException {
        Path file = Files.writeString(root().resolve("a.md"), "x");
        Path alias = Files.createSymbolicLink(dir.resolve("alias"), root());
        assertThat(FileBoundary.within(alias).check("setting", alias.resolve("a.md"))).isEqualTo(file.toRealPath());
    }

    @Test
    void aSiblingWhoseNameStartsLikeTheRootIsOutside() throws IOException {
        Path sibling = Files.writeString(Files.createDirectories(dir.resolve("build-other")).resolve("a.md"), "x");
        assertThatThrownBy(() -> FileBoundary.within(root()).check("setting", sibling)).hasMessageContaining("lies outside");
    }

    @Test
    void optingInAcceptsAnyExistingFile() throws IOException {
        FileBoundary anywhere = new FileBoundary(root(), true);
        assertThat(anywhere.check("setting", root().resolve("../../../../../../../etc/passwd"))).isEqualTo(PASSWD.toRealPath());
        assertThat(anywhere.allows(Files.createSymbolicLink(root().resolve("l"), PASSWD))).isTrue();
    }

    @Test
    void aModuleOutsideTheReactorRootIsItsOwnRoot() throws IOException {
        Path module = Files.createDirectories(dir.resolve("elsewhere"));
        assertThat(FileBoundary.of(root(), module, false).root()).isEqualTo(module);
        assertThat(FileBoundary.of(root(), root().resolve("module"), false).root()).isEqualTo(root());
    }

    @Test
    void aDirectorySettingMustExistAndBeADirectory() throws IOException {
        FileBoundary files = FileBoundary.within(root());
        assertThatThrownBy(() -> files.directory("templatesDirectory (initlab.templatesDirectory)", root().resolve("tempaltes")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("templatesDirectory (initlab.templatesDirectory): directory " + root().resolve("tempaltes") + " does not exist");
        Path file = Files.writeString(root().resolve("file"), "x");
        assertThatThrownBy(() -> files.directory("explanationsDirectory", file)).hasMessageContaining(file + " is not a directory");
        Path link = Files.createSymbolicLink(root().resolve("etc"), Path.of("/etc"));
        assertThatThrownBy(() -> files.directory("explanationsDirectory", link)).hasMessageContaining("lies outside");
        assertThat(files.directory("explanationsDirectory", Files.createDirectories(root().resolve("docs"))))
                .isEqualTo(root().resolve("docs").toRealPath());
    }
}
