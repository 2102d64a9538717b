package org.initlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.initlab.net.BoundedHttp;
import org.initlab.net.LoopbackServer;
import org.initlab.net.Timeout;
import org.initlab.testing.SharedDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloads from servers that misbehave after their headers: each fails within its deadline and leaves nothing. */
class HttpDownloadTest {
    private static final Timeout ONE_SECOND = Timeout.ofSeconds(1, "initlab.testDeadline");
    /** Generous for a loaded 2-core machine, and still far below "forever". */
    private static final Duration MARGIN = Duration.ofSeconds(5);
    private static final String SHA = "0".repeat(64);

    @TempDir
    Path cache;

    private final List<String> log = new ArrayList<>();

    @Test
    void aServerThatStallsAfterItsHeadersFailsTheDownloadAtTheDeadlineAndLeavesNoPartFile() throws Exception {
        try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.STALL_AFTER_HEADERS)) {
            URI url = URI.create(server.base() + "/t.csv");
            DatasetCache datasets = new DatasetCache(cache, false, log::add,
                    new HttpDownload(new BoundedHttp(ONE_SECOND, HttpDownload.CAP), log::add));
            long start = System.nanoTime();

            assertThatThrownBy(() -> datasets.fetch(new DatasetFile("demo/t.csv", SHA, List.of(url))))
                    .isInstanceOf(DatasetException.class)
                    .hasMessageContaining("could not download data file demo/t.csv (" + url
                            + ": gave up after 1 s (initlab.testDeadline))");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1).plus(MARGIN));
            assertThat(filesIn(cache.resolve("demo"))).as("no .part file left behind").isEmpty();
        }
    }

    @Test
    void anEndlessBodyStopsAtTheCapOrTheDeadlineAndLeavesNoPartFile() throws Exception {
        try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.ENDLESS_BODY)) {
            URI url = URI.create(server.base() + "/t.csv");
            Path target = cache.resolve("t.csv");

            long start = System.nanoTime();
            HttpDownload capped = new HttpDownload(new BoundedHttp(Timeout.ofSeconds(30, "x"), 1 << 20), log::add);
            assertThatThrownBy(() -> capped.fetch(url, target, "t.csv", SHA))
                    .isInstanceOf(HttpDownload.Failure.class)
                    .hasMessage("larger than the 1 MiB cap");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the cap, long before the deadline")
                    .isLessThan(MARGIN);
            assertThat(filesIn(cache)).isEmpty();

            start = System.nanoTime();
            HttpDownload uncapped = new HttpDownload(new BoundedHttp(ONE_SECOND, Long.MAX_VALUE), log::add);
            assertThatThrownBy(() -> uncapped.fetch(url, target, "t.csv", SHA))
                    .isInstanceOf(HttpDownload.Failure.class)
                    .hasMessage("gave up after 1 s (initlab.testDeadline)");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1).plus(MARGIN));
            assertThat(filesIn(cache)).as("no .part file left behind, even while the body was still arriving").isEmpty();
        }
    }

    @Test
    void theDefaultsLeaveRoomForTheLargestDataFileAndStillEnd() throws IOException {
        long largest = 0;
        for (DatasetFile file : List.of(Abalone.FILE, Mnist.TEST_IMAGES, Mnist.TEST_LABELS, Mnist.TRAIN_IMAGES,
                Mnist.TRAIN_LABELS)) {
            largest = Math.max(largest, Files.size(SharedDatasets.directory().resolve(file.name())));
        }
        assertThat(HttpDownload.CAP).as("four times the largest file").isGreaterThanOrEqualTo(4 * largest);
        assertThat(HttpDownload.DEADLINE.duration()).isEqualTo(Duration.ofMinutes(10));
        // 10 MB in 10 minutes is 17 kB/s: slower than any mirror worth waiting for
        assertThat(largest / (double) HttpDownload.DEADLINE.duration().toSeconds()).isLessThan(20_000);
    }

    private static List<String> filesIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
