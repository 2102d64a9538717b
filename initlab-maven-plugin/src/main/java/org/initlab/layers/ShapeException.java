package org.initlab.layers;

/** A layer that cannot take its input; the message says why in words, the caller names the layer and the setting. */
public final class ShapeException extends RuntimeException {
    ShapeException(String message) {
        super(message);
    }
}
