package org.initlab.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.initlab.net.LoopbackServer;
import org.initlab.results.ResultsJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineReaderTest {
    @TempDir
    Path dir;
    private final String json = ResultsJson.write(Reports.sample("from-disk"));
    private HttpServer server;
    private final List<String> requested = new ArrayList<>();

    @BeforeEach
    void writeReport() throws Exception {
        Files.createDirectories(dir.resolve("base"));
        Files.writeString(dir.resolve("base/results.json"), json);
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    private BaselineReader reader() {
        return new BaselineReader(dir, Duration.ofSeconds(5));
    }

    @Test
    void readsAReportDirectoryRelativeToTheProject() {
        Snapshot s = reader().read("base");
        assertThat(s.experiments()).hasSize(1);
        assertThat(s.source()).isEqualTo(dir.resolve("base/results.json").toAbsolutePath().normalize().toString());
    }

    @Test
    void readsAResultsFileAnAbsolutePathAndAFileUrl() {
        assertThat(reader().read("base/results.json").experiments()).hasSize(1);
        assertThat(reader().read(dir.resolve("base").toAbsolutePath().toString()).experiments()).hasSize(1);
        assertThat(reader().read(dir.resolve("base").toUri().toString()).experiments()).hasSize(1);
        assertThat(reader().read(dir.resolve("base/results.json").toUri().toString()).experiments()).hasSize(1);
    }

    @Test
    void aMissingPathFailsNamingWhatWasTried() {
        assertThatThrownBy(() -> reader().read("nowhere"))
                .isInstanceOf(BaselineException.class)
                .hasMessageContaining("cannot read the baseline 'nowhere'; tried:")
                .hasMessageContaining(dir.resolve("nowhere").toAbsolutePath() + ": does not exist");
        assertThatThrownBy(() -> reader().read(" "))
                .isInstanceOf(BaselineException.class).hasMessage("no baseline given");
    }

    @Test
    void aFileThatIsNotResultsJsonFailsSayingSo() throws Exception {
        Files.writeString(dir.resolve("notes.json"), "{\"hello\": 1}");
        Files.writeString(dir.resolve("page.html"), "<html>");
        assertThatThrownBy(() -> reader().read("notes.json"))
                .hasMessageContaining("notes.json: not an initlab results.json (no \"experiments\" array)");
        assertThatThrownBy(() -> reader().read("page.html")).hasMessageContaining("page.html: not JSON");
    }

    @Test
    void readsAPublishedReportOverHttpFromItsDirectoryPageOrFile() throws Exception {
        String base = serve();
        for (String url : List.of(base + "/site/initlab/", base + "/site/initlab", base + "/site/initlab/index.html",
                base + "/site/initlab/results.json")) {
            Snapshot s = reader().read(url);
            assertThat(s.experiments()).as(url).hasSize(1);
            assertThat(s.source()).isEqualTo(base + "/site/initlab/results.json");
        }
    }

    @Test
    void anHttpBaselineThatIsNotThereListsEveryUrlTried() throws Exception {
        String base = serve();
        assertThatThrownBy(() -> reader().read(base + "/elsewhere"))
                .isInstanceOf(BaselineException.class)
                .hasMessageContaining(base + "/elsewhere/results.json: HTTP 404")
                .hasMessageContaining(base + "/elsewhere: HTTP 404");
        assertThat(requested).containsExactly("/elsewhere/results.json", "/elsewhere");
    }

    @Test
    void anUnreachableServerFailsWithinTheTimeout() throws Exception {
        String base = serve();
        server.stop(0);
        server = null;
        long start = System.nanoTime();
        assertThatThrownBy(() -> new BaselineReader(dir, Duration.ofSeconds(2)).read(base + "/results.json"))
                .isInstanceOf(BaselineException.class)
                .hasMessageContaining(base + "/results.json: ");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aServerThatAcceptsAndNeverAnswersFailsWithinTheTimeoutNamingIt() throws Exception {
        try (LoopbackServer silent = new LoopbackServer(LoopbackServer.Mode.SILENT)) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> new BaselineReader(dir, Duration.ofSeconds(2)).read(silent.base() + "/r/"))
                    .isInstanceOf(BaselineException.class)
                    .hasMessageContaining(silent.base() + "/r/results.json: gave up after 2 s (initlab.baselineTimeout)");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2 + 5));
        }
    }

    @Test
    void aServerThatStallsAfterItsHeadersFailsWithinTheTimeoutNamingIt() throws Exception {
        try (LoopbackServer stall = new LoopbackServer(LoopbackServer.Mode.STALL_AFTER_HEADERS)) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> new BaselineReader(dir, Duration.ofSeconds(2)).read(stall.base() + "/r/"))
                    .isInstanceOf(BaselineException.class)
                    .hasMessageContaining(stall.base() + "/r/results.json: gave up after 2 s (initlab.baselineTimeout)");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2 + 5));
        }
    }

    @Test
    void anEndlessBodyFailsWithinTheTimeoutAndAtTheCap() throws Exception {
        try (LoopbackServer endless = new LoopbackServer(LoopbackServer.Mode.ENDLESS_BODY)) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> new BaselineReader(dir, Duration.ofSeconds(2)).read(endless.base() + "/r"))
                    .isInstanceOf(BaselineException.class)
                    .hasMessageContaining(endless.base() + "/r/results.json: ")
                    .hasMessageNotContaining(endless.base() + "/r: ") // no second wait on the other candidate
                    .message().matches(m -> m.contains("gave up after 2 s (initlab.baselineTimeout)")
                            || m.contains("larger than the 64 MiB cap"), "the deadline or the cap");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2 + 5));

            assertThatThrownBy(() -> new BaselineReader(dir, org.initlab.net.Timeout.ofSeconds(30, "t"), 1 << 20)
                    .read(endless.base() + "/r/results.json"))
                    .hasMessageContaining("/r/results.json: larger than the 1 MiB cap");
        }
    }

    @Test
    void anHttpErrorIsNamed() throws Exception {
        try (LoopbackServer error = new LoopbackServer(LoopbackServer.Mode.ERROR_500)) {
            assertThatThrownBy(() -> reader().read(error.base() + "/r/"))
                    .isInstanceOf(BaselineException.class)
                    .hasMessageContaining(error.base() + "/r/results.json: HTTP 500");
        }
    }

    @Test
    void aFifoIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("baseline.fifo");
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0,
                "mkfifo is available");
        assertThatThrownBy(() -> reader().read("baseline.fifo"))
                .isInstanceOf(BaselineException.class)
                .hasMessageContaining(fifo.toAbsolutePath() + ": is not a regular file");
    }

    @Test
    void aFileLargerThanTheCapIsNotRead() throws Exception {
        Files.write(dir.resolve("big.json"), new byte[2000]);
        assertThatThrownBy(() -> new BaselineReader(dir, org.initlab.net.Timeout.ofSeconds(1, "t"), 1000).read("big.json"))
                .hasMessageContaining("big.json: is 2000 bytes, larger than the 1000 byte cap");
    }

    @Test
    void aTimeoutThatIsNotPositiveIsNamed() {
        assertThatThrownBy(() -> new BaselineReader(dir, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("initlab.baselineTimeout: expected a positive number of seconds, got 0");
        assertThatThrownBy(() -> new BaselineReader(dir, Duration.ofSeconds(-1)))
                .hasMessage("initlab.baselineTimeout: expected a positive number of seconds, got -1");
    }

    @Test
    void aMalformedUrlIsNamed() {
        assertThatThrownBy(() -> reader().read("https://x.io/a b"))
                .isInstanceOf(BaselineException.class)
                .hasMessageStartingWith("baseline 'https://x.io/a b' is not a valid URL: ");
    }

    @Test
    void candidatesFollowTheShapeOfTheUrl() {
        assertThat(BaselineReader.candidates(URI.create("https://x.io/p/initlab")))
                .containsExactly(URI.create("https://x.io/p/initlab/results.json"), URI.create("https://x.io/p/initlab"));
        assertThat(BaselineReader.candidates(URI.create("https://x.io/p/")))
                .containsExactly(URI.create("https://x.io/p/results.json"));
    }

    /** A published report at {@code /site/initlab/} on a local server; returns its base URL. */
    private String serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requested.add(path);
            byte[] body = path.equals("/site/initlab/results.json") ? json.getBytes(StandardCharsets.UTF_8)
                    : path.equals("/site/initlab/") ? "<html>index</html>".getBytes(StandardCharsets.UTF_8) : null;
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
