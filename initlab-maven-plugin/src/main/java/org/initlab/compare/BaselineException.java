package org.initlab.compare;

/** The baseline cannot be found or read; the message lists what was tried. */
public class BaselineException extends CompareException {
    public BaselineException(String message) {
        super(message);
    }
}
