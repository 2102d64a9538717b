package org.initlab.config;

import org.initlab.settings.ConfigException;
import org.initlab.settings.Names;

import java.util.Arrays;
import java.util.List;

/** What an experiment measures. */
public enum ExperimentType {
    /** One forward pass: per-layer weights, linear outputs and activations. */
    ACTIVATIONS("activations"),
    GRADIENTS("gradients"),
    TRAINING("training"),
    /** A grid of networks (depth × initializer, optionally × width), one statistic per network. */
    SWEEP("sweep");

    private final String text;

    ExperimentType(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(ExperimentType::text).toList();
    }

    public static ExperimentType parse(String field, String value) {
        for (ExperimentType t : values()) {
            if (t.text.equals(value)) {
                return t;
            }
        }
        throw new ConfigException(field + ": unknown type '" + value + "'" + Names.suggestion(value, names())
                + "; valid: " + String.join(", ", names()));
    }
}
