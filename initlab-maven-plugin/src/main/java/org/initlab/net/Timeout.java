package org.initlab.net;

import java.time.Duration;
import java.util.Locale;

/**
 * How long a whole exchange may take, and the setting that chose it, so that both a bad value and
 * an exchange that ran out of time name the setting to change.
 *
 * @param duration positive
 * @param setting  the property that sets it, e.g. {@code initlab.baselineTimeout}
 */
public record Timeout(Duration duration, String setting) {
    public Timeout {
        if (duration == null || duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(setting + ": expected a positive number of seconds, got "
                    + (duration == null ? "none" : seconds(duration)));
        }
    }

    public static Timeout ofSeconds(long seconds, String setting) {
        return new Timeout(Duration.ofSeconds(seconds), setting);
    }

    /** {@code 3 s (initlab.baselineTimeout)}. */
    public String describe() {
        return seconds(duration) + " s (" + setting + ")";
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? String.valueOf(d.toSeconds())
                : String.format(Locale.ROOT, "%.3f", d.toMillis() / 1000.0);
    }
}
