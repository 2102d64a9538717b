package org.initlab.net;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Where {@link BoundedHttp#stream} puts a 200's body as it arrives, so a download need not fit in
 * memory. Called from the http client's threads, one call at a time; a call that throws stops the
 * exchange with that error.
 */
public interface BodySink {
    /** The headers of a 200 arrived; {@code announced} is their Content-Length, or -1. */
    void begin(long announced) throws IOException;

    /** The next bytes of the body: everything from the buffer's position to its limit. */
    void accept(ByteBuffer chunk) throws IOException;
}
