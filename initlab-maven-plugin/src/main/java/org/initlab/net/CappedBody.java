package org.initlab.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a cap, and stops reading (cancelling the subscription, which
 * closes the connection) as soon as it would exceed it — or at once when the body is not wanted.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    /** The body is, or announces itself as, larger than the cap. */
    static final class TooLarge extends IOException {
        TooLarge(long cap) {
            super("larger than the " + BoundedHttp.describeCap(cap) + " cap");
        }
    }

    private final long cap;
    private final long announced;
    private final boolean wanted;
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private volatile Flow.Subscription subscription;

    /**
     * @param announced the Content-Length, or -1
     * @param wanted    false to discard the body unread (an error status)
     */
    CappedBody(long cap, long announced, boolean wanted) {
        this.cap = cap;
        this.announced = announced;
        this.wanted = wanted;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (!wanted) {
            s.cancel();
            body.complete(new byte[0]);
        } else if (announced > cap) {
            fail(new TooLarge(cap));
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer b : buffers) {
            if (bytes.size() + (long) b.remaining() > cap) {
                fail(new TooLarge(cap));
                return;
            }
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            bytes.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        body.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        body.complete(bytes.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    /** Stops reading: the exchange ran out of time or the body is too large. */
    void fail(IOException reason) {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        body.completeExceptionally(reason);
    }
}
