package org.initlab.init;

import java.util.Arrays;
import org.initlab.settings.ConfigException;

/** How a layer's weight matrix is stored and applied, which also decides which side is fan-in. */
public enum Layout {
    /** {@code x·W} with W of shape (in, out): numpy tutorials, Keras. */
    IN_OUT("in-out"),
    /** {@code W·x} with W of shape (out, in): PyTorch, the T1 tutorial. */
    OUT_IN("out-in");

    private final String text;

    Layout(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public static Layout parse(String field, String value) {
        for (Layout l : values()) {
            if (l.text.equals(value)) {
                return l;
            }
        }
        throw new ConfigException(field + ": expected one of " + Arrays.toString(texts()) + ", got '" + value + "'");
    }

    static String[] texts() {
        return Arrays.stream(values()).map(Layout::text).toArray(String[]::new);
    }
}
