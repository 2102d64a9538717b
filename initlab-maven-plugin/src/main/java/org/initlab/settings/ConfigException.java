package org.initlab.settings;

/**
 * A configuration value is wrong; the message names the setting and what was expected.
 * Not final: {@code org.initlab.data.DatasetException} refines it for data files, so every
 * existing {@code catch (ConfigException)} still reports them as a failed build, not a crash.
 */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    protected ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
