package org.initlab.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitePublisherTest {
    @TempDir
    Path dir;

    @Test
    void aFailedWriteLeavesThePreviousReportByteForByteAndNoStagingBehind() throws IOException {
        Path target = dir.resolve("initlab");
        Files.createDirectories(target.resolve("experiments"));
        Files.writeString(target.resolve("index.html"), "old index");
        Files.writeString(target.resolve("experiments/a.html"), "old page");

        assertThatThrownBy(() -> SitePublisher.publish(target, staging -> {
            Files.writeString(staging.resolve("index.html"), "half-written");
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(target.resolve("index.html")).hasContent("old index");
        assertThat(target.resolve("experiments/a.html")).hasContent("old page");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aCompleteWriteReplacesTheWholeDirectory() throws IOException {
        Path target = dir.resolve("initlab");
        Files.createDirectories(target);
        Files.writeString(target.resolve("stale.html"), "from an older report");

        SitePublisher.publish(target, staging -> Files.writeString(staging.resolve("index.html"), "new"));

        assertThat(target.resolve("index.html")).hasContent("new");
        assertThat(target.resolve("stale.html")).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }
}
