package org.initlab.init;

import java.util.Arrays;
import java.util.List;

/** Which fan a variance-scaling initializer divides by. */
public enum FanMode {
    /** Number of inputs: preserves the variance of the forward pass. */
    FAN_IN("fan_in", "n_\\text{in}"),
    /** Number of outputs: preserves the variance of the backward pass (the gradients). */
    FAN_OUT("fan_out", "n_\\text{out}"),
    /** (fan_in + fan_out) / 2: Glorot and Bengio's compromise between the two. */
    FAN_AVG("fan_avg", "\\tfrac{n_\\text{in} + n_\\text{out}}{2}");

    private final String text;
    private final String tex;

    FanMode(String text, String tex) {
        this.text = text;
        this.tex = tex;
    }

    public String text() {
        return text;
    }

    /** The fan as LaTeX, e.g. {@code n_\text{in}}. */
    public String tex() {
        return tex;
    }

    public double fan(WeightShape shape) {
        return switch (this) {
            case FAN_IN -> shape.fanIn();
            case FAN_OUT -> shape.fanOut();
            case FAN_AVG -> (shape.fanIn() + shape.fanOut()) / 2.0;
        };
    }

    public static List<String> texts(FanMode... modes) {
        return Arrays.stream(modes).map(FanMode::text).toList();
    }

    public static FanMode of(String text) {
        for (FanMode m : values()) {
            if (m.text.equals(text)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown fan mode " + text);
    }
}
