package org.initlab.data;

import org.initlab.settings.ConfigException;

/**
 * A data set cannot be loaded: a file is missing, corrupt, unreadable or malformed. The message
 * names the file, and says what to do about it (which URL, which path, which line). It is a
 * {@link ConfigException} so that the goals fail the build with the message rather than a stack trace.
 */
public final class DatasetException extends ConfigException {
    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
