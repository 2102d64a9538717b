package org.initlab.compare;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.initlab.net.BoundedHttp;
import org.initlab.net.Timeout;

/**
 * Finds and reads a baseline {@code results.json}. A baseline is written the way people have one
 * at hand: a report directory, a {@code results.json} file (both relative to the project), a
 * {@code file:} URL, or the http(s) URL of a published report — of its directory, its
 * {@code index.html} or its {@code results.json}. When nothing can be read the error lists every
 * place that was tried and why it failed. Every read is bounded: over http(s) by one deadline for the
 * whole exchange and a size cap, on disk by the same cap and by refusing anything but a regular
 * file (a FIFO would block forever).
 */
public final class BaselineReader {
    /** How long to wait for a published report before giving up. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** The property that sets the timeout, named when it runs out or is not positive. */
    public static final String TIMEOUT_SETTING = "initlab.baselineTimeout";

    private final Path baseDirectory;
    private final BoundedHttp http;
    private final long cap;

    /**
     * @param baseDirectory where relative paths start (the project directory)
     * @param timeout       the deadline of a whole http(s) exchange
     * @throws IllegalArgumentException naming {@value #TIMEOUT_SETTING} when the timeout is not positive
     */
    public BaselineReader(Path baseDirectory, Duration timeout) {
        this(baseDirectory, new Timeout(timeout, TIMEOUT_SETTING), BoundedHttp.DEFAULT_CAP);
    }

    BaselineReader(Path baseDirectory, Timeout timeout, long cap) {
        this.baseDirectory = baseDirectory;
        this.http = new BoundedHttp(timeout, cap);
        this.cap = cap;
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
                if (!tried.get(tried.size() - 1).endsWith(NOT_THERE)) {
                    break; // the server answered, failed or ran out of time: another URL would only wait again
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

    private byte[] readFile(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException("does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException("is not a regular file (a FIFO, device or socket is not read)");
        }
        long size;
        byte[] bytes;
        try {
            size = Files.size(file);
            bytes = size > cap ? null : Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IOException("cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
        if (bytes == null) {
            throw new IOException("is " + size + " bytes, larger than the " + BoundedHttp.describeCap(cap) + " cap");
        }
        return bytes;
    }

    /** The end of a tried line whose URL simply is not there, so the next candidate is worth a try. */
    private static final String NOT_THERE = ": HTTP 404";

    private byte[] fetch(URI uri) throws IOException {
        BoundedHttp.Response response = http.get(uri, "application/json");
        if (response.status() != 200) {
            throw new IOException("HTTP " + response.status());
        }
        return response.body();
    }
}
