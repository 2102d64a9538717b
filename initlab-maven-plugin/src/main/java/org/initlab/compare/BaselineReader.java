package org.initlab.compare;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds and reads a baseline {@code results.json}. A baseline is written the way people have one
 * at hand: a report directory, a {@code results.json} file (both relative to the project), a
 * {@code file:} URL, or the http(s) URL of a published report — of its directory, its
 * {@code index.html} or its {@code results.json}. When nothing can be read the error lists every
 * place that was tried and why it failed.
 */
public final class BaselineReader {
    /** How long to wait for a published report before giving up. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final Path baseDirectory;
    private final Duration timeout;

    /**
     * @param baseDirectory where relative paths start (the project directory)
     * @param timeout       connect and response timeout for http(s)
     */
    public BaselineReader(Path baseDirectory, Duration timeout) {
        this.baseDirectory = baseDirectory;
        this.timeout = timeout;
    }

    public Snapshot read(String baseline) {
        if (baseline == null || baseline.isBlank()) {
            throw new BaselineException("no baseline given");
        }
        String location = baseline.strip();
        List<String> tried = new ArrayList<>();
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            URI url;
            try {
                url = URI.create(location);
            } catch (IllegalArgumentException e) {
                throw new BaselineException("baseline '" + location + "' is not a valid URL: " + e.getMessage());
            }
            for (URI uri : candidates(url)) {
                Snapshot s = attempt(uri.toString(), tried, () -> fetch(uri));
                if (s != null) {
                    return s;
                }
            }
        } else {
            Path path;
            try {
                path = lower.startsWith("file:") ? Path.of(URI.create(location)) : baseDirectory.resolve(location);
            } catch (IllegalArgumentException e) {
                throw new BaselineException("baseline '" + location + "' is neither a path nor a URL: " + e.getMessage());
            }
            Path file = Files.isDirectory(path) ? path.resolve("results.json") : path;
            Snapshot s = attempt(file.toAbsolutePath().normalize().toString(), tried, () -> readFile(file));
            if (s != null) {
                return s;
            }
        }
        throw new BaselineException("cannot read the baseline '" + location + "'; tried:\n  " + String.join("\n  ", tried));
    }

    /** The URLs where a published report's results.json may be, most likely first. */
    static List<URI> candidates(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (path.endsWith(".json")) {
            return List.of(uri);
        }
        if (path.endsWith("/") || path.endsWith(".html")) {
            return List.of(uri.resolve("results.json"));
        }
        URI directory = URI.create(uri.toString() + "/");
        return List.of(directory.resolve("results.json"), uri);
    }

    private interface Source {
        byte[] bytes() throws IOException;
    }

    private static Snapshot attempt(String where, List<String> tried, Source source) {
        try {
            return Snapshot.parse(source.bytes(), where);
        } catch (CompareException | IOException e) {
            tried.add(where + ": " + e.getMessage());
            return null;
        }
    }

    private static byte[] readFile(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException("does not exist");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IOException("cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private byte[] fetch(URI uri) throws IOException {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").GET().build();
        HttpResponse<byte[]> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (IOException e) {
            throw new IOException(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        }
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        return response.body();
    }
}
