package org.initlab.data;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.initlab.net.BodySink;
import org.initlab.net.BoundedHttp;
import org.initlab.net.Timeout;

/**
 * Downloads one URL into place, all or nothing. The bytes go to a uniquely named {@code .part} file
 * beside the target, are hashed while they arrive, and only a copy with the expected SHA-256 is
 * renamed to the target, atomically. So the target name only ever holds a verified file: a failed,
 * interrupted or tampered download leaves nothing there, and two builds downloading the same file at
 * once each rename a complete, identical copy. The whole exchange has a deadline and the body a cap
 * ({@link BoundedHttp}), so a server that stalls or streams forever fails the build instead of holding it.
 */
final class HttpDownload {
    /** Reasons one URL did not deliver the file; the cache then tries the next URL. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    /**
     * The largest file (MNIST's training images, 9.9 MB) at a slow 17 kB/s; a server slower than
     * that is better given up on for the next mirror.
     */
    static final Timeout DEADLINE = new Timeout(Duration.ofMinutes(10), "the data-set download deadline");
    /** Four times the largest file: room for a mirror's different compression, far below what fills a disk. */
    static final long CAP = 40L << 20;
    private static final long PROGRESS_EVERY_NANOS = Duration.ofSeconds(5).toNanos();

    private final BoundedHttp http;
    private final DatasetListener listener;

    HttpDownload(DatasetListener listener) {
        this(new BoundedHttp(DEADLINE, CAP), listener);
    }

    HttpDownload(BoundedHttp http, DatasetListener listener) {
        this.http = http;
        this.listener = listener;
    }

    /**
     * Fetches {@code url} to {@code target} if its SHA-256 is {@code sha256}.
     *
     * @throws Failure            this URL did not give the genuine file (HTTP error, network error,
     *                            deadline, cap, wrong hash)
     * @throws DatasetException   the download was interrupted, or the cache directory cannot be written
     */
    void fetch(URI url, Path target, String name, String sha256) throws Failure {
        Path part = target.resolveSibling(target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            listener.info("downloading " + name + " from " + url);
            long started = System.nanoTime();
            BoundedHttp.Streamed response;
            MessageDigest digest = Sha256.digest();
            try (PartFile sink = new PartFile(part, digest, name)) {
                response = http.stream(url, "*/*", sink);
            }
            if (response.status() != 200) {
                throw new Failure("HTTP " + response.status());
            }
            String actual = Sha256.hex(digest);
            if (!actual.equals(sha256)) {
                throw new Failure("the " + response.bytes() + " bytes downloaded have SHA-256 " + actual + ", expected "
                        + sha256 + " (discarded)");
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            listener.info(String.format(Locale.ROOT, "downloaded %s (%s in %.1f s), SHA-256 verified, cached at %s",
                    name, megabytes(response.bytes()), (System.nanoTime() - started) / 1e9, target));
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new DatasetException("download of data file " + name + " from " + url + " was interrupted", e);
            }
            if (!Files.isDirectory(target.getParent()) || !Files.isWritable(target.getParent())) {
                throw new DatasetException("cannot write data file " + name + " to " + target.getParent() + ": " + e, e);
            }
            throw new Failure(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } finally {
            deleteQuietly(part);
        }
    }

    /**
     * The {@code .part} file, hashed as it is written, with a progress line every few seconds. It is
     * written from the http client's threads, so writing and closing are synchronized: once closed
     * (the exchange failed or ran out of time), a late chunk is refused instead of written.
     */
    private final class PartFile implements BodySink, AutoCloseable {
        private final OutputStream out;
        private final MessageDigest digest;
        private final String name;
        private final byte[] buffer = new byte[1 << 16];
        private long total = -1;
        private long bytes;
        private long lastReport = System.nanoTime();
        private boolean closed;

        PartFile(Path part, MessageDigest digest, String name) throws IOException {
            this.out = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            this.digest = digest;
            this.name = name;
        }

        @Override
        public synchronized void begin(long announced) {
            total = announced;
        }

        @Override
        public synchronized void accept(ByteBuffer chunk) throws IOException {
            if (closed) {
                throw new IOException("the download was abandoned");
            }
            while (chunk.hasRemaining()) {
                int n = Math.min(chunk.remaining(), buffer.length);
                chunk.get(buffer, 0, n);
                out.write(buffer, 0, n);
                digest.update(buffer, 0, n);
                bytes += n;
            }
            if (System.nanoTime() - lastReport > PROGRESS_EVERY_NANOS) {
                lastReport = System.nanoTime();
                listener.info(name + ": " + megabytes(bytes) + (total > 0 ? " of " + megabytes(total) : ""));
            }
        }

        @Override
        public synchronized void close() throws IOException {
            closed = true;
            out.close();
        }
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
