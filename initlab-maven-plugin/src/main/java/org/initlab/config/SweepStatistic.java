package org.initlab.config;

import org.initlab.settings.ConfigException;
import org.initlab.settings.Names;

import java.util.Arrays;
import java.util.List;

/**
 * The one number a sweep records for each network of its grid. Statistics of the last layer show
 * where the signal ends up after {@code depth} layers; the ratios compare the two ends of the
 * network, so 1 means "no growth and no decay".
 */
public enum SweepStatistic {
    /** Population std of the last layer's activations: the forward signal's scale at the output. */
    POST_STD_LAST("post.std@last", true, false),
    /** Population std of the last layer's linear outputs (before its activation). */
    PRE_STD_LAST("pre.std@last", true, false),
    /** Share of exact zeros among the last layer's activations (ReLU's dead zone); a fraction, charted linearly. */
    POST_ZERO_FRACTION_LAST("post.zeroFraction@last", false, false),
    /**
     * ‖∂L/∂W₁‖ / ‖∂L/∂W_last‖ (Frobenius norms), with the gradients experiment's loss: above 1 the
     * gradient grows towards the input (exploding), below 1 it vanishes.
     */
    GRADIENT_RATIO("gradientRatio", true, true),
    /** std of the last layer's activations over the first layer's: the forward growth per network. */
    POST_STD_RATIO("post.std.ratio", true, false);

    private final String text;
    private final boolean logScale;
    private final boolean backward;

    SweepStatistic(String text, boolean logScale, boolean backward) {
        this.text = text;
        this.logScale = logScale;
        this.backward = backward;
    }

    public String text() {
        return text;
    }

    /** Whether the values span orders of magnitude (charted as log10) rather than a fraction in [0, 1]. */
    public boolean logScale() {
        return logScale;
    }

    /** Whether each network needs a backward pass, not only a forward one. */
    public boolean needsBackwardPass() {
        return backward;
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(SweepStatistic::text).toList();
    }

    public static SweepStatistic parse(String field, String value) {
        for (SweepStatistic s : values()) {
            if (s.text.equals(value)) {
                return s;
            }
        }
        throw new ConfigException(field + ": unknown statistic '" + value + "'" + Names.suggestion(value, names())
                + "; valid: " + String.join(", ", names()));
    }
}
