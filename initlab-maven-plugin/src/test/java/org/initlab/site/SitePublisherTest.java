package org.initlab.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.initlab.files.DirectoryKind;
import org.initlab.files.Marker;
import org.initlab.files.NotOwnedException;
import org.initlab.files.OwnedDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitePublisherTest {
    private static final String LOCK = ".initlab.lock";

    @TempDir
    Path dir;

    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    @Test
    void aFailedWriteLeavesThePreviousReportByteForByteAndNoStagingBehind() throws IOException {
        Path target = dir.resolve("initlab");
        publish(target, "old index");
        Files.createDirectories(target.resolve("experiments"));
        Files.writeString(target.resolve("experiments/a.html"), "old page");

        assertThatThrownBy(() -> publisher().publish(report(target), staging -> {
            Files.writeString(staging.resolve("index.html"), "half-written");
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(target.resolve("index.html")).hasContent("old index");
        assertThat(target.resolve("experiments/a.html")).hasContent("old page");
        assertThat(names(dir)).containsExactly(LOCK, "initlab");
    }

    @Test
    void aCompleteWriteReplacesTheWholeReportAndMarksIt() throws IOException {
        Path target = dir.resolve("initlab");
        publish(target, "first");
        Files.writeString(target.resolve("stale.html"), "from an older report");

        publish(target, "new");

        assertThat(target.resolve("index.html")).hasContent("new");
        assertThat(target.resolve("stale.html")).doesNotExist();
        assertThat(Marker.read(target)).contains(DirectoryKind.REPORT);
        assertThat(names(dir)).containsExactly(LOCK, "initlab");
    }

    @Test
    void aFolderWithSomeoneElsesFileIsRefusedNamingTheSettingAndTheFile() throws IOException {
        Path docs = dir.resolve("docs");
        Files.createDirectories(docs.resolve("img"));
        Files.writeString(docs.resolve("about.md"), "mine");
        Files.writeString(docs.resolve("b.md"), "mine");
        Files.writeString(docs.resolve("c.md"), "mine");

        assertThatThrownBy(() -> publish(docs, "report")).isInstanceOf(NotOwnedException.class)
                .hasMessage("outputDirectory: " + docs + " is not empty and was not written by initlab (it contains"
                        + " about.md, b.md and 2 more); initlab replaces only folders that carry its marker .initlab."
                        + " Choose a new or empty folder");
        assertThat(docs.resolve("about.md")).hasContent("mine");
        assertThat(names(docs)).containsExactly("about.md", "b.md", "c.md", "img");
    }

    @Test
    void theBaseDirectoryAnAncestorAndAFileAreRefusedBeforeAnythingIsWritten() throws IOException {
        Path project = Files.createDirectories(dir.resolve("work/project"));
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Path file = Files.writeString(project.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> publish(project.resolve("src/.."), project, "x"))
                .hasMessageContaining(project + " is the project's base directory");
        assertThatThrownBy(() -> publish(project.resolve(".."), project, "x"))
                .hasMessageContaining(dir.resolve("work") + " is an ancestor of the project's base directory");
        assertThatThrownBy(() -> publish(file, project, "x")).hasMessageContaining("notes.txt is an existing file");
        Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("work"));
        assertThatThrownBy(() -> publish(link.resolve("project/../.."), link.resolve("project"), "x"))
                .as("'..' and links cannot hide the project").hasMessageContaining("is an ancestor");

        assertThat(project.resolve("pom.xml")).hasContent("<project/>");
        assertThat(file).hasContent("mine");
        assertThat(names(project)).containsExactly("notes.txt", "pom.xml");
    }

    @Test
    void anEmptyFolderIsFineAndAReportFromAnOlderInitlabIsReplacedOnceWithALogLine() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        publish(empty, "new");
        assertThat(empty.resolve("index.html")).hasContent("new");

        Path legacy = Files.createDirectories(dir.resolve("legacy/assets"));
        legacy = legacy.getParent();
        for (String f : List.of("index.html", "results.json", ".nojekyll", "catalogue.html")) {
            Files.writeString(legacy.resolve(f), "old");
        }
        publish(legacy, "new");
        assertThat(legacy.resolve("index.html")).hasContent("new");
        assertThat(legacy.resolve("catalogue.html")).doesNotExist();
        assertThat(log).singleElement().asString().contains(legacy + " has no initlab marker but holds a report written"
                + " by an older initlab; replacing it this once");

        Path notQuite = Files.createDirectories(dir.resolve("not-quite"));
        for (String f : List.of("index.html", "results.json", ".nojekyll", "notes.txt")) {
            Files.writeString(notQuite.resolve(f), "mine");
        }
        assertThatThrownBy(() -> publish(dir.resolve("not-quite"), "new")).hasMessageContaining("not written by initlab");
    }

    @Test
    void aReportIsNotReplacedByAComparisonNorTheOtherWayRound() throws IOException {
        Path target = dir.resolve("initlab");
        publish(target, "report");
        assertThatThrownBy(() -> publisher().publish(new OwnedDirectory(target, DirectoryKind.COMPARE, "compare", null),
                staging -> { })).hasMessageContaining("holds initlab's report, not a comparison");
        assertThat(target.resolve("index.html")).hasContent("report");
    }

    @Test
    void stagingFoldersLeftByAKilledBuildGoOnTheNextPublishAndNothingElseDoes() throws IOException {
        Path target = dir.resolve("initlab");
        Path killed = Files.createDirectories(dir.resolve(".initlab-new-3k9x2"));
        Marker.write(killed, DirectoryKind.REPORT);
        Files.writeString(killed.resolve("index.html"), "half");
        Path olderBuild = Files.createDirectories(dir.resolve(".initlab-old-1a2b/experiments"));
        Files.writeString(olderBuild.resolve("a.html"), "old"); // before the marker: only names a report writes
        Path users = Files.createDirectories(dir.resolve(".initlab-new-mine"));
        Files.writeString(users.resolve("thesis.tex"), "mine");
        Path otherName = Files.createDirectories(dir.resolve(".other-new-1"));
        Marker.write(otherName, DirectoryKind.REPORT);

        publish(target, "new");

        assertThat(names(dir)).containsExactly(".initlab-new-mine", LOCK, ".other-new-1", "initlab");
        assertThat(users.resolve("thesis.tex")).hasContent("mine");
        assertThat(log).filteredOn(l -> l.startsWith("Removed ")).hasSize(2);
    }

    @Test
    void whenTheOldReportCannotBeDeletedTheNewOneStaysAndTheLeftoverIsNamedAndCleanedNextTime() throws IOException {
        Path target = dir.resolve("initlab");
        publish(target, "old");
        SitePublisher stubborn = new SitePublisher(log::add, tree -> {
            if (tree.getFileName().toString().startsWith(".initlab-old-")) {
                throw new IOException("Device or resource busy");
            }
            OwnedDirectory.deleteTree(tree);
        });

        stubborn.publish(report(target), staging -> Files.writeString(staging.resolve("index.html"), "new"));

        assertThat(target.resolve("index.html")).hasContent("new");
        String warning = log.stream().filter(l -> l.startsWith("Warning:")).findFirst().orElseThrow();
        Path leftover = Files.list(dir).filter(p -> p.getFileName().toString().startsWith(".initlab-old-")).findFirst().orElseThrow();
        assertThat(warning).contains(leftover.toString(), "could not be deleted", "the next publish removes it");

        publish(target, "newer");
        assertThat(names(dir)).containsExactly(LOCK, "initlab");
    }

    @Test
    void concurrentPublishesOfOneFolderTakeTurnsAndLeaveNoStagingBehind() throws Exception {
        Path target = dir.resolve("initlab");
        int publishes = 40;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < publishes; i++) {
            String text = "report " + i;
            done.add(pool.submit(() -> {
                start.await();
                publisher().publish(report(target), staging -> {
                    Files.writeString(staging.resolve("index.html"), text);
                    Files.writeString(staging.resolve("results.json"), text);
                });
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(); // none fails
        }
        pool.shutdown();
        assertThat(names(dir)).containsExactly(LOCK, "initlab");
        assertThat(Files.readString(target.resolve("index.html"))).isEqualTo(Files.readString(target.resolve("results.json")));
    }

    @Test
    void publishedFoldersAreAsReadableAsTheUmaskAllowsNotPrivateLikeATemporaryDirectory() throws IOException {
        Path probe = Files.createDirectory(dir.resolve("probe"));
        var asUsual = Files.getPosixFilePermissions(probe);
        assumeThat(asUsual).as("umask 022 or similar").contains(PosixFilePermission.OTHERS_READ);
        Path report = dir.resolve("initlab");
        publish(report, "new");
        Path compare = report.resolve("compare");
        publisher().publish(new OwnedDirectory(compare, DirectoryKind.COMPARE, "compare", null),
                staging -> Files.writeString(staging.resolve("index.html"), "compared"));

        for (Path published : List.of(report, compare)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(published)))
                    .as(published.toString()).isEqualTo(PosixFilePermissions.toString(asUsual));
        }
    }

    private SitePublisher publisher() {
        return new SitePublisher(log::add);
    }

    private static OwnedDirectory report(Path target) {
        return new OwnedDirectory(target, DirectoryKind.REPORT, "outputDirectory", null);
    }

    private void publish(Path target, String index) throws IOException {
        publisher().publish(report(target), staging -> Files.writeString(staging.resolve("index.html"), index));
    }

    private void publish(Path target, Path base, String index) throws IOException {
        publisher().publish(new OwnedDirectory(target, DirectoryKind.REPORT, "outputDirectory", base),
                staging -> Files.writeString(staging.resolve("index.html"), index));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
