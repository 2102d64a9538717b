package org.initlab.history;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a build does when the previous history is there but cannot be read ({@link HistoryException}). */
public enum HistoryOnError {
    /** Fail the build before anything runs: nothing is published, the old history stays where it is. */
    FAIL,
    /**
     * Go on, and publish this report without a {@code history.json} (and without trends), so that it
     * does not replace the old history with a shorter one; a deploy that keeps what the report does
     * not contain keeps the old history.
     */
    KEEP,
    /** Go on, and start a new history with this build, replacing the old one once published. */
    RESTART;

    /** The value as written in a POM: {@code fail}, {@code keep}, {@code restart}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming {@code setting} and the valid values */
    public static HistoryOnError named(String value, String setting) {
        for (HistoryOnError v : values()) {
            if (v.value().equals(value == null ? "" : value.strip().toLowerCase(Locale.ROOT))) {
                return v;
            }
        }
        throw new IllegalArgumentException(setting + ": expected one of "
                + Arrays.stream(values()).map(HistoryOnError::value).collect(Collectors.joining(", ")) + ", got '" + value + "'");
    }
}
