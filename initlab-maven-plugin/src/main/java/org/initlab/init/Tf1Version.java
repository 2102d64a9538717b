package org.initlab.init;

import java.util.Arrays;
import java.util.List;

/**
 * The two laws {@code tensorflow/contrib/layers/python/layers/initializers.py} had. Its normal
 * variant always draws {@code truncated_normal(0, σ)} (values beyond 2σ redrawn), but σ changed,
 * and neither version's σ is the standard deviation its docstring states.
 */
public enum Tf1Version {
    /**
     * The first file (header "Copyright 2015 Google Inc."): only {@code xavier_initializer} and
     * {@code xavier_initializer_conv2d}, uniform ±√(6/(in + out)) or σ = √(3/(in + out)) — "3 gives us
     * approximately the same limits as above since this repicks values greater than 2 standard
     * deviations".
     */
    LEGACY("legacy"),
    /**
     * From {@code variance_scaling_initializer}'s introduction to TensorFlow 1.15, the last release
     * with contrib: xavier is {@code variance_scaling_initializer(factor=1.0, mode='FAN_AVG')}, uniform
     * ±√(3·factor/n) and σ = √(1.3·factor/n), while the docstring says σ = √(factor/n).
     */
    V1_15("1.15");

    private final String text;

    Tf1Version(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public static List<String> texts() {
        return Arrays.stream(values()).map(Tf1Version::text).toList();
    }

    public static Tf1Version of(String text) {
        for (Tf1Version v : values()) {
            if (v.text.equals(text)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown TensorFlow 1 version " + text);
    }
}
