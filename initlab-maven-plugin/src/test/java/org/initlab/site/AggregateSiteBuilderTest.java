package org.initlab.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.initlab.files.DirectoryKind;
import org.initlab.files.Marker;
import org.initlab.files.NotOwnedException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AggregateSiteBuilderTest {
    @TempDir
    Path root;

    @Test
    void linksEveryModulesReportRelativelyWithItsCounts() throws Exception {
        Path alpha = report("alpha/target/initlab", """
                {"experiments": [{"id": "a", "claims": [{"passed": true}, {"passed": false}]}, {"id": "b", "claims": []}]}""");
        Path beta = report("libs/beta/target/initlab", """
                {"experiments": [{"id": "c", "claims": [{"passed": true}]}]}""");
        Path aggregate = root.resolve("target/initlab-aggregate");
        Files.createDirectories(aggregate);

        Path index = new AggregateSiteBuilder(SiteSources.builtIn(), BuildInfo.load()).write("Reports of parent",
                List.of(ModuleReport.skipped("parent"), ModuleReport.written("alpha", alpha), ModuleReport.written("beta", beta)),
                aggregate);

        Document page = Jsoup.parse(index.toFile());
        assertThat(page.title()).isEqualTo("Reports of parent · initlab");
        List<Element> rows = page.select("table.modules tbody tr");
        assertThat(rows).extracting(r -> r.selectFirst("code").text()).containsExactly("parent", "alpha", "beta");
        assertThat(rows.get(0).text()).contains("skipped: no experiments configured");
        assertThat(rows.get(0).select("a")).isEmpty();
        assertThat(rows.get(1).selectFirst("a").attr("href")).isEqualTo("../../alpha/target/initlab/index.html");
        assertThat(rows.get(1).select("td.num").text()).isEqualTo("2");
        assertThat(rows.get(1).text()).contains("1 of 2 as stated");
        assertThat(rows.get(2).selectFirst("a").attr("href")).isEqualTo("../../libs/beta/target/initlab/index.html");
        assertThat(rows.get(2).text()).contains("1 of 1 as stated");
        for (Element row : rows.subList(1, 3)) { // every link resolves to the module's page from the aggregate's folder
            assertThat(aggregate.resolve(row.selectFirst("a").attr("href")).normalize()).isRegularFile();
        }
        assertThat(aggregate.resolve("assets/initlab.css")).as("the layout's stylesheet is beside the page").isRegularFile();
        try (var files = Files.list(aggregate)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .containsExactlyInAnyOrder("index.html", "assets", Marker.NAME);
        }
        assertThat(Marker.read(aggregate)).as("the folder is marked as initlab's").contains(DirectoryKind.AGGREGATE);
        Path probe = Files.writeString(root.resolve("probe.html"), "");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(index))).as("as readable as any new file")
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(probe)));
    }

    @Test
    void aFolderOfSomeoneElsesFilesIsRefusedByNameAndLeftUntouched() throws IOException {
        Path alpha = report("alpha/target/initlab", """
                {"experiments": []}""");
        Path aggregate = Files.createDirectories(root.resolve("target/initlab-aggregate"));
        Path theirs = Files.writeString(aggregate.resolve("index.html"), "my own page");
        Files.createDirectories(aggregate.resolve("notes"));

        assertThatThrownBy(() -> builder().write("t", List.of(ModuleReport.written("alpha", alpha)), aggregate))
                .isInstanceOf(NotOwnedException.class)
                .hasMessage(AggregateSiteBuilder.SETTING + ": " + aggregate + " is not empty and was not written by"
                        + " initlab (it contains index.html and notes/); initlab replaces only folders that carry its"
                        + " marker .initlab. Choose a new or empty folder");
        assertThat(theirs).hasContent("my own page");
        try (var files = Files.list(aggregate)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no assets, no marker, no temporary page")
                    .containsExactlyInAnyOrder("index.html", "notes");
        }
    }

    @Test
    void anotherKindOfInitlabFolderAndAFileAreRefusedToo() throws IOException {
        Path alpha = report("alpha/target/initlab", """
                {"experiments": []}""");
        Path report = Files.createDirectories(root.resolve("target/initlab-aggregate"));
        Marker.write(report, DirectoryKind.REPORT);
        Files.writeString(report.resolve("results.json"), "{}");

        assertThatThrownBy(() -> builder().write("t", List.of(ModuleReport.written("alpha", alpha)), report))
                .isInstanceOf(NotOwnedException.class)
                .hasMessageContaining("holds initlab's report, not a multi-module aggregate page");
        assertThat(report.resolve("index.html")).doesNotExist();

        Path file = Files.writeString(root.resolve("file"), "x");
        assertThatThrownBy(() -> builder().write("t", List.of(ModuleReport.written("alpha", alpha)), file))
                .isInstanceOf(NotOwnedException.class)
                .hasMessageContaining("is an existing file");
        assertThat(file).hasContent("x");
    }

    @Test
    void aMarkedFolderAndOneAnOlderInitlabWroteAreRewritten() throws IOException {
        Path alpha = report("alpha/target/initlab", """
                {"experiments": []}""");
        Path legacy = Files.createDirectories(root.resolve("target/initlab-aggregate"));
        Files.writeString(legacy.resolve("index.html"), "old page");
        Files.createDirectories(legacy.resolve("assets"));

        builder().write("t", List.of(ModuleReport.written("alpha", alpha)), legacy);
        assertThat(legacy.resolve("index.html")).content().contains("alpha");
        assertThat(Marker.read(legacy)).contains(DirectoryKind.AGGREGATE);

        builder().write("t2", List.of(ModuleReport.written("alpha", alpha)), legacy); // the next module's rewrite
        assertThat(Jsoup.parse(legacy.resolve("index.html").toFile()).title()).isEqualTo("t2 · initlab");
    }

    @Test
    void aModuleWithoutResultsIsNamedInTheError() throws IOException {
        Path empty = Files.createDirectories(root.resolve("gamma/target/initlab"));
        Files.createDirectories(root.resolve("target/initlab-aggregate"));

        assertThatThrownBy(() -> new AggregateSiteBuilder(SiteSources.builtIn(), BuildInfo.load()).write("t",
                List.of(ModuleReport.written("gamma", empty)), root.resolve("target/initlab-aggregate")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("module gamma")
                .hasMessageContaining(empty.resolve("results.json").toString());
    }

    @Test
    void hrefUsesForwardSlashesAndPointsAtTheIndex() {
        Path aggregate = Path.of("/build/target/initlab-aggregate");
        assertThat(AggregateSiteBuilder.href(aggregate, Path.of("/build/m/target/initlab"))).isEqualTo("../../m/target/initlab/index.html");
        assertThat(AggregateSiteBuilder.href(aggregate, Path.of("/build/target/initlab-aggregate/own")))
                .isEqualTo("own/index.html");
    }

    private static AggregateSiteBuilder builder() {
        return new AggregateSiteBuilder(SiteSources.builtIn(), BuildInfo.load());
    }

    private Path report(String relative, String resultsJson) throws IOException {
        Path dir = Files.createDirectories(root.resolve(relative));
        Files.writeString(dir.resolve("results.json"), resultsJson);
        Files.writeString(dir.resolve("index.html"), "<!DOCTYPE html><title>r</title>");
        return dir;
    }
}
