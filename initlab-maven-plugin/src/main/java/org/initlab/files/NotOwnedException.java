package org.initlab.files;

import org.initlab.settings.ConfigException;

/**
 * A setting points at something initlab did not write (the project, an ancestor of it, a file, a
 * folder of someone else's files). A configuration error, so it fails the build as one.
 */
public final class NotOwnedException extends ConfigException {
    public NotOwnedException(String message) {
        super(message);
    }
}
