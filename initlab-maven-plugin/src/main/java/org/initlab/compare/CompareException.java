package org.initlab.compare;

/** A comparison that cannot be made: no current report, or a baseline that cannot be read. */
public class CompareException extends RuntimeException {
    public CompareException(String message) {
        super(message);
    }
}
