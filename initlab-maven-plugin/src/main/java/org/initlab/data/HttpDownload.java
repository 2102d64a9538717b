package org.initlab.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

/**
 * Downloads one URL into place, all or nothing. The bytes go to a uniquely named {@code .part} file
 * beside the target, are hashed while they arrive, and only a copy with the expected SHA-256 is
 * renamed to the target, atomically. So the target name only ever holds a verified file: a failed,
 * interrupted or tampered download leaves nothing there, and two builds downloading the same file at
 * once each rename a complete, identical copy.
 */
final class HttpDownload {
    /** Reasons one URL did not deliver the file; the cache then tries the next URL. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration RESPONSE_TIMEOUT = Duration.ofMinutes(2);
    private static final long PROGRESS_EVERY_NANOS = Duration.ofSeconds(5).toNanos();

    private final HttpClient client;
    private final DatasetListener listener;

    HttpDownload(DatasetListener listener) {
        this(HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(CONNECT_TIMEOUT)
                .build(), listener);
    }

    HttpDownload(HttpClient client, DatasetListener listener) {
        this.client = client;
        this.listener = listener;
    }

    /**
     * Fetches {@code url} to {@code target} if its SHA-256 is {@code sha256}.
     *
     * @throws Failure            this URL did not give the genuine file (HTTP error, network error, wrong hash)
     * @throws DatasetException   the download was interrupted, or the cache directory cannot be written
     */
    void fetch(URI url, Path target, String name, String sha256) throws Failure {
        Path part = target.resolveSibling(target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            listener.info("downloading " + name + " from " + url);
            long started = System.nanoTime();
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(url)
                    .timeout(RESPONSE_TIMEOUT)
                    .header("User-Agent", "initlab")
                    .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            MessageDigest digest = Sha256.digest();
            long bytes;
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new Failure("HTTP " + response.statusCode());
                }
                long total = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                bytes = copy(in, part, digest, name, total);
            }
            String actual = Sha256.hex(digest);
            if (!actual.equals(sha256)) {
                throw new Failure("the " + bytes + " bytes downloaded have SHA-256 " + actual + ", expected " + sha256
                        + " (discarded)");
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            listener.info(String.format(Locale.ROOT, "downloaded %s (%s in %.1f s), SHA-256 verified, cached at %s",
                    name, megabytes(bytes), (System.nanoTime() - started) / 1e9, target));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatasetException("download of data file " + name + " from " + url + " was interrupted", e);
        } catch (IOException e) {
            if (!Files.isDirectory(target.getParent()) || !Files.isWritable(target.getParent())) {
                throw new DatasetException("cannot write data file " + name + " to " + target.getParent() + ": " + e, e);
            }
            throw new Failure(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } finally {
            deleteQuietly(part);
        }
    }

    private long copy(InputStream in, Path part, MessageDigest digest, String name, long total) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long bytes = 0;
        long lastReport = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                digest.update(buffer, 0, n);
                bytes += n;
                if (System.nanoTime() - lastReport > PROGRESS_EVERY_NANOS) {
                    lastReport = System.nanoTime();
                    listener.info(name + ": " + megabytes(bytes) + (total > 0 ? " of " + megabytes(total) : ""));
                }
            }
        }
        return bytes;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private static void deleteQuietly(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException ignored) {
            // A stray .part file is harmless: it never has the target's name.
        }
    }
}
