package org.initlab.data;

import org.initlab.testing.SharedDatasets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.initlab.settings.ConfigException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The cache against a tiny HTTP server on 127.0.0.1: nothing here touches the internet. */
class DatasetCacheTest {
    private static final byte[] BYTES = "1,2,3\n4,5,6\n".getBytes(StandardCharsets.US_ASCII);
    private static final String SHA = sha256(BYTES);

    @TempDir
    Path cache;

    private HttpServer server;
    private final Map<String, Integer> hits = new ConcurrentHashMap<>();
    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve("/good/t.csv", 200, BYTES);
        serve("/tampered/t.csv", 200, "1,2,3\n4,5,7\n".getBytes(StandardCharsets.US_ASCII));
        serve("/broken/t.csv", 500, "oops".getBytes(StandardCharsets.US_ASCII));
        server.createContext("/truncated/t.csv", exchange -> {
            // Promise the whole file, send half, hang up: what a dropped connection looks like.
            exchange.sendResponseHeaders(200, BYTES.length);
            exchange.getResponseBody().write(BYTES, 0, BYTES.length / 2);
            exchange.getResponseBody().flush();
            exchange.getHttpContext().getServer().stop(0);
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    static Stream<DatasetFile> sharedFiles() {
        return Stream.of(Abalone.FILE, Mnist.TEST_IMAGES, Mnist.TEST_LABELS, Mnist.TRAIN_IMAGES, Mnist.TRAIN_LABELS);
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("sharedFiles")
    void theSharedCopiesHaveThePublishedHashes(DatasetFile file) {
        DatasetCache shared = new DatasetCache(SharedDatasets.directory(), true, log::add);

        assertThat(shared.fetch(file)).isEqualTo(SharedDatasets.directory().resolve(file.name())).isRegularFile();
        assertThat(log).isEmpty();
    }

    @Test
    void aCorruptCachedFileFailsNamingBothHashesAndIsMovedAside() throws IOException {
        Path target = cache.resolve("demo/t.csv");
        Files.createDirectories(target.getParent());
        byte[] corrupt = "1,2,3\n".getBytes(StandardCharsets.US_ASCII);
        Files.write(target, corrupt);

        assertThatThrownBy(() -> cache(true).fetch(file("good")))
                .isInstanceOf(DatasetException.class)
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("demo/t.csv")
                .hasMessageContaining("corrupt")
                .hasMessageContaining("SHA-256 is " + sha256(corrupt))
                .hasMessageContaining("genuine file's is " + SHA)
                .hasMessageContaining("moved aside to " + target + ".corrupt");
        assertThat(target).doesNotExist();
        assertThat(target.resolveSibling("t.csv.corrupt")).hasBinaryContent(corrupt);
        assertThat(hits).as("a corrupt file is never silently replaced in the same run").isEmpty();
    }

    @Test
    void aMissingFileOfflineFailsNamingFileUrlAndPath() {
        DatasetFile file = file("good");
        assertThatThrownBy(() -> cache(true).fetch(file))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("demo/t.csv")
                .hasMessageContaining("offline")
                .hasMessageContaining(file.urls().get(0).toString())
                .hasMessageContaining("put it at " + cache.resolve("demo/t.csv"))
                .hasMessageContaining(SHA);
        assertThat(hits).isEmpty();
    }

    @Test
    void aMissingFileIsDownloadedVerifiedAndMovedIntoPlace() throws IOException {
        Path path = cache(false).fetch(file("good"));

        assertThat(path).isEqualTo(cache.resolve("demo/t.csv")).hasBinaryContent(BYTES);
        assertThat(siblings(path)).containsExactly("t.csv");
        assertThat(log).anyMatch(l -> l.startsWith("downloading demo/t.csv from http://127.0.0.1:"))
                .anyMatch(l -> l.startsWith("downloaded demo/t.csv") && l.contains("SHA-256 verified"));

        // Second use: from the cache, verified, no request.
        cache(false).fetch(file("good"));
        assertThat(hits).containsExactly(Map.entry("/good/t.csv", 1));
    }

    @Test
    void aDownloadWithTheWrongHashLeavesNothingUnderTheFinalName() throws IOException {
        assertThatThrownBy(() -> cache(false).fetch(file("tampered")))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("could not download data file demo/t.csv")
                .hasMessageContaining("expected " + SHA)
                .hasMessageContaining("put it at " + cache.resolve("demo/t.csv"));
        assertThat(cache.resolve("demo/t.csv")).doesNotExist();
        assertThat(siblings(cache.resolve("demo/t.csv"))).as("no .part file left behind").isEmpty();
    }

    @Test
    void aServerErrorFailsNamingTheStatusAndLeavesNothing() throws IOException {
        assertThatThrownBy(() -> cache(false).fetch(file("broken")))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining(url("broken") + ": HTTP 500");
        assertThat(siblings(cache.resolve("demo/t.csv"))).isEmpty();
    }

    @Test
    void aTruncatedDownloadLeavesNothingUnderTheFinalName() throws IOException {
        assertThatThrownBy(() -> cache(false).fetch(file("truncated")))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("could not download data file demo/t.csv (" + url("truncated") + ": ");
        assertThat(siblings(cache.resolve("demo/t.csv"))).isEmpty();
    }

    @Test
    void laterMirrorsAreTriedWhenEarlierOnesFail() throws IOException {
        DatasetFile file = new DatasetFile("demo/t.csv", SHA, List.of(url("broken"), url("tampered"), url("good")));

        assertThat(cache(false).fetch(file)).hasBinaryContent(BYTES);
        assertThat(hits).containsOnlyKeys("/broken/t.csv", "/tampered/t.csv", "/good/t.csv");
        assertThat(log).anyMatch(l -> l.contains(url("broken") + " failed: HTTP 500"));
    }

    private DatasetCache cache(boolean offline) {
        return new DatasetCache(cache, offline, log::add);
    }

    private DatasetFile file(String folder) {
        return new DatasetFile("demo/t.csv", SHA, List.of(url(folder)));
    }

    private URI url(String folder) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + folder + "/t.csv");
    }

    private void serve(String path, int status, byte[] body) {
        server.createContext(path, exchange -> {
            hits.merge(path, 1, Integer::sum);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    private static List<String> siblings(Path path) throws IOException {
        if (!Files.isDirectory(path.getParent())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(path.getParent())) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
