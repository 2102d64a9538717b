package org.initlab.net;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Hands a response body to a {@link BodySink} up to a cap, and stops reading (cancelling the
 * subscription, which closes the connection) as soon as it would exceed it, or the sink fails —
 * or at once when the body is not wanted. Completes with the number of bytes passed on.
 */
final class CappedBody implements HttpResponse.BodySubscriber<Long> {
    /** The body is, or announces itself as, larger than the cap. */
    static final class TooLarge extends IOException {
        TooLarge(long cap) {
            super("larger than the " + BoundedHttp.describeCap(cap) + " cap");
        }
    }

    private final long cap;
    private final long announced;
    private final boolean wanted;
    private final BodySink sink;
    private final CompletableFuture<Long> body = new CompletableFuture<>();
    private long bytes;
    private volatile Flow.Subscription subscription;

    /**
     * @param announced the Content-Length, or -1
     * @param wanted    false to discard the body unread (an error status)
     */
    CappedBody(long cap, long announced, boolean wanted, BodySink sink) {
        this.cap = cap;
        this.announced = announced;
        this.wanted = wanted;
        this.sink = sink;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (!wanted) {
            s.cancel();
            body.complete(0L);
        } else if (announced > cap) {
            fail(new TooLarge(cap));
        } else {
            try {
                sink.begin(announced);
            } catch (IOException | RuntimeException e) {
                fail(e);
                return;
            }
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer b : buffers) {
            if (bytes + b.remaining() > cap) {
                fail(new TooLarge(cap));
                return;
            }
            bytes += b.remaining();
            try {
                sink.accept(b);
            } catch (IOException | RuntimeException e) {
                fail(e);
                return;
            }
        }
    }

    @Override
    public void onError(Throwable throwable) {
        body.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        body.complete(bytes);
    }

    @Override
    public CompletionStage<Long> getBody() {
        return body;
    }

    /** Stops reading: the exchange ran out of time, the body is too large or the sink failed. */
    void fail(Exception reason) {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        body.completeExceptionally(reason);
    }
}
