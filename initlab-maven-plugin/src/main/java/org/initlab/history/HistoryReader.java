package org.initlab.history;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.initlab.results.ResultsJson;

/**
 * Finds the {@code history.json} published beside a previous report: a report directory, a file in
 * it (results.json, index.html), a {@code file:} URL or an http(s) URL of the published report.
 */
public final class HistoryReader {
    private static final ObjectMapper READER = ResultsJson.mapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path baseDirectory;
    private final Duration timeout;

    public HistoryReader(Path baseDirectory, Duration timeout) {
        this.baseDirectory = baseDirectory;
        this.timeout = timeout;
    }

    /** The previous history, or empty when there is none there yet. */
    public Optional<History> read(String location) throws IOException {
        String l = location.strip();
        if (l.startsWith("http://") || l.startsWith("https://")) {
            return fetch(URI.create(sibling(l)));
        }
        Path path = l.startsWith("file:") ? Path.of(URI.create(l)) : baseDirectory.resolve(l);
        Path file = Files.isDirectory(path) ? path.resolve("history.json") : path.resolveSibling("history.json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(READER.readValue(file.toFile(), History.class));
    }

    /** {@code …/report/}, {@code …/report/index.html} or {@code …/report/results.json} → {@code …/report/history.json}. */
    static String sibling(String url) {
        String u = url.endsWith(".html") || url.endsWith(".json") ? url.substring(0, url.lastIndexOf('/') + 1) : url;
        return u.endsWith("/") ? u + "history.json" : u + "/history.json";
    }

    private Optional<History> fetch(URI uri) throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return Optional.empty();
            }
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode() + " for " + uri);
            }
            return Optional.of(READER.readValue(response.body(), History.class));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + uri, e);
        }
    }
}
