package org.initlab.history;

/**
 * A history that is there but cannot be read: unreachable, an HTTP error, out of time, not JSON, of
 * the wrong shape or of a newer schema. Unlike a history that is simply absent, this must not
 * silently start a new one: published, that would replace every earlier build.
 */
public class HistoryException extends RuntimeException {
    public HistoryException(String message) {
        super(message);
    }
}
