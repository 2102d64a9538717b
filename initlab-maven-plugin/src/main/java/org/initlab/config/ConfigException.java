package org.initlab.config;

/** A configuration value is wrong; the message names the setting and what was expected. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
