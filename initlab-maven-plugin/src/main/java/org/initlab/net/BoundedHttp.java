package org.initlab.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One http(s) GET, bounded: the whole exchange (connect, redirects, headers, body) has one
 * deadline, and the body one size cap. {@link HttpRequest#timeout} alone bounds only the wait for
 * the headers, so a server that sends them and then stalls, or streams forever, would hold the
 * build; here the exchange is abandoned when the deadline passes, and the error names the setting.
 */
public final class BoundedHttp {
    /** Far above any report's results.json or history.json (a few MB), far below what hurts a build. */
    public static final long DEFAULT_CAP = 64L << 20;

    /** A final status and, only for 200, the body. */
    public record Response(URI uri, int status, byte[] body) {
    }

    /** A final status and, only for 200, how many bytes of body went to the sink. */
    public record Streamed(URI uri, int status, long bytes) {
    }

    private final Timeout timeout;
    private final long cap;
    private final HttpClient client;

    public BoundedHttp(Timeout timeout) {
        this(timeout, DEFAULT_CAP);
    }

    public BoundedHttp(Timeout timeout, long cap) {
        if (cap <= 0) {
            throw new IllegalArgumentException("cap: expected a positive number of bytes, got " + cap);
        }
        this.timeout = timeout;
        this.cap = cap;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout.duration())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /**
     * GETs {@code uri}. Any status is returned (the caller decides what a 404 means); the body is
     * read only for 200.
     *
     * @throws IOException naming what failed: the network, the deadline ("gave up after 3 s
     *                     (initlab.baselineTimeout)") or the cap ("larger than the 64 MiB cap")
     */
    public Response get(URI uri, String accept) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Streamed streamed = stream(uri, accept, new BodySink() {
            @Override
            public void begin(long announced) {
                // the cap has already checked the announced length
            }

            @Override
            public void accept(ByteBuffer chunk) {
                byte[] copy = new byte[chunk.remaining()];
                chunk.get(copy);
                bytes.write(copy, 0, copy.length);
            }
        });
        return new Response(streamed.uri(), streamed.status(), bytes.toByteArray());
    }

    /**
     * GETs {@code uri} like {@link #get}, under the same deadline and cap, but hands a 200's body to
     * {@code sink} as it arrives instead of collecting it: for downloads too large to hold in memory.
     * When this throws, the sink may have received part of the body; it is not called afterwards
     * once it refuses (throws), so a caller that closes its sink on failure is safe.
     *
     * @throws IOException as {@link #get} does, or with the sink's own error
     */
    public Streamed stream(URI uri, String accept, BodySink sink) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout.duration())
                .header("Accept", accept).header("User-Agent", "initlab").GET().build();
        AtomicReference<CappedBody> reading = new AtomicReference<>();
        CompletableFuture<HttpResponse<Long>> exchange = client.sendAsync(request, info -> {
            CappedBody body = new CappedBody(cap, info.headers().firstValueAsLong("Content-Length").orElse(-1),
                    info.statusCode() == 200, sink);
            reading.set(body);
            return body;
        });
        try {
            HttpResponse<Long> response = exchange.get(timeout.duration().toNanos(), TimeUnit.NANOSECONDS);
            return new Streamed(response.uri(), response.statusCode(), response.body());
        } catch (TimeoutException e) {
            abandon(exchange, reading);
            throw gaveUp();
        } catch (InterruptedException e) {
            abandon(exchange, reading);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
    }

    /** {@code 64 MiB}, or the bytes when the cap is not whole mebibytes. */
    public static String describeCap(long cap) {
        return cap % (1 << 20) == 0 ? (cap >> 20) + " MiB" : cap + " byte";
    }

    private IOException gaveUp() {
        return new IOException("gave up after " + timeout.describe());
    }

    /** Cancels the exchange and stops reading its body, so the connection is closed, not left open. */
    private static void abandon(CompletableFuture<?> exchange, AtomicReference<CappedBody> reading) {
        exchange.cancel(true);
        CappedBody body = reading.get();
        if (body != null) {
            body.fail(new IOException("abandoned"));
        }
    }

    private IOException failure(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof CappedBody.TooLarge tooLarge) {
                return new IOException(tooLarge.getMessage(), tooLarge);
            }
            if (t instanceof HttpTimeoutException) {
                return gaveUp();
            }
        }
        String message = cause.getMessage();
        return new IOException(cause.getClass().getSimpleName() + (message == null ? "" : ": " + message), cause);
    }
}
