package org.initlab.init;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.initlab.init.InitializerCatalog.Entry;

/**
 * Deeplearning4j's {@code WeightInit} enum (as of 1.0.0-M2), with DL4J's formulas — quirks
 * included, because a DL4J user comparing with initlab needs the numbers DL4J really produces.
 * The names are DL4J's upper-case enum constants; lower case is accepted too where no other
 * library owns the spelling. None takes keys.
 */
final class Dl4jInitializers {
    private static final Dialect D = Dialect.DL4J;
    private static final String IN = "n_\\text{in}";
    private static final String OUT = "n_\\text{out}";
    private static final String SUM = "n_\\text{in} + n_\\text{out}";
    private static final String VAR_SCALING_UNIFORM_QUIRK = "The bound is 3/√fan where Keras's variance scaling uses √(3/fan):"
            + " the variance is 3/fan, three times the intended 1/fan.";
    private static final String VAR_SCALING_NORMAL_QUIRK = "Cut at ±2σ like Keras, but without Keras's 1/0.8796 widening:"
            + " the weights' std is 0.88·√(1/fan), not √(1/fan).";

    private Dl4jInitializers() {
    }

    static List<Entry> entries() {
        return List.of(
                Entry.of(D, "ZERO", "every weight 0", s -> new ConstantInitializer(s.text(), 0.0)),
                Entry.of(D, "ONES", "every weight 1", s -> new ConstantInitializer(s.text(), 1.0)),
                normal("NORMAL", "N(0, 1/fan_in), as LeCun normal (Klambauer et al. 2017 for SELU)", IN,
                        s -> 1 / Math.sqrt(s.fanIn())),
                uniform("UNIFORM", "U(±1/√fan_in), the 'commonly used heuristic' of Glorot & Bengio 2010",
                        "\\tfrac{1}{\\sqrt{" + IN + "}}", s -> 1 / Math.sqrt(s.fanIn())),
                Entry.of(D, "IDENTITY", "the identity matrix; square weights only",
                        s -> new EyeInitializer(s.text(), "W = I", 1.0, true))
                        .withQuirk("Fails unless the weight matrix is square (PyTorch's eye accepts any shape)."),
                normal("XAVIER", "Glorot & Bengio 2010: N(0, 2/(fan_in + fan_out))", "\\tfrac{2}{" + SUM + "}",
                        s -> Math.sqrt(2.0 / (s.fanIn() + s.fanOut()))),
                uniform("XAVIER_UNIFORM", "Glorot & Bengio 2010: U(±√(6/(fan_in + fan_out)))",
                        "\\sqrt{\\tfrac{6}{" + SUM + "}}", s -> Math.sqrt(6.0) / Math.sqrt(s.fanIn() + s.fanOut())),
                normal("XAVIER_FAN_IN", "N(0, 1/fan_in): Caffe's original 'xavier'", "\\tfrac{1}{" + IN + "}",
                        s -> 1 / Math.sqrt(s.fanIn())),
                normal("XAVIER_LEGACY", "N(0, 1/(fan_in + fan_out)): DL4J's Xavier up to 0.6.0", "\\tfrac{1}{" + SUM + "}",
                        s -> 1 / Math.sqrt(s.fanIn() + s.fanOut()))
                        .withQuirk("Half Glorot's variance: randn / √(fan_in + fan_out) instead of · √(2/(fan_in + fan_out))."),
                normal("RELU", "He et al. 2015: N(0, 2/fan_in)", "\\tfrac{2}{" + IN + "}", s -> Math.sqrt(2.0 / s.fanIn())),
                uniform("RELU_UNIFORM", "He et al. 2015: U(±√(6/fan_in))", "\\sqrt{\\tfrac{6}{" + IN + "}}",
                        s -> Math.sqrt(6.0 / s.fanIn())),
                normal("LECUN_NORMAL", "N(0, 1/fan_in), same as NORMAL and XAVIER_FAN_IN", "\\tfrac{1}{" + IN + "}",
                        s -> 1 / Math.sqrt(s.fanIn()))
                        .withQuirk("Not truncated, unlike Keras's lecun_normal."),
                uniform("LECUN_UNIFORM", "U(±3/√fan_in)", "\\tfrac{3}{\\sqrt{" + IN + "}}", s -> 3 / Math.sqrt(s.fanIn()))
                        .withQuirk("The bound is 3/√fan_in where LeCun (and Keras) use √(3/fan_in): the variance is"
                                + " 3/fan_in, three times LeCun's 1/fan_in."),
                uniform("SIGMOID_UNIFORM", "U(±4·√(6/(fan_in + fan_out))): Glorot's uniform ×4 for sigmoid units",
                        "4\\sqrt{\\tfrac{6}{" + SUM + "}}", s -> 4 * Math.sqrt(6.0 / (s.fanIn() + s.fanOut()))),
                truncated("VAR_SCALING_NORMAL_FAN_IN", FanMode.FAN_IN),
                truncated("VAR_SCALING_NORMAL_FAN_OUT", FanMode.FAN_OUT),
                truncated("VAR_SCALING_NORMAL_FAN_AVG", FanMode.FAN_AVG),
                varScalingUniform("VAR_SCALING_UNIFORM_FAN_IN", FanMode.FAN_IN),
                varScalingUniform("VAR_SCALING_UNIFORM_FAN_OUT", FanMode.FAN_OUT),
                varScalingUniform("VAR_SCALING_UNIFORM_FAN_AVG", FanMode.FAN_AVG));
    }

    private static Entry normal(String name, String summary, String varianceTex, ToDoubleFunction<WeightShape> std) {
        return Entry.of(D, name, summary, s -> new NormalInitializer(s.text(),
                "w \\sim \\mathcal{N}\\left(0,\\ " + varianceTex + "\\right)", 0, std));
    }

    private static Entry uniform(String name, String summary, String boundTex, ToDoubleFunction<WeightShape> bound) {
        return Entry.of(D, name, summary, s -> UniformInitializer.symmetric(s.text(),
                "w \\sim \\mathcal{U}\\left(\\pm " + boundTex + "\\right)", bound));
    }

    private static Entry truncated(String name, FanMode mode) {
        return Entry.of(D, name, "N(0, 1/" + mode.text() + ") truncated at ±2σ",
                s -> TruncatedNormalInitializer.symmetric(s.text(), "w \\sim \\mathcal{N}\\left(0,\\ \\sigma^2\\right)"
                        + " \\text{ cut at } \\pm 2\\sigma,\\ \\sigma = \\sqrt{\\tfrac{1}{" + mode.tex() + "}}", 0,
                        shape -> Math.sqrt(1.0 / mode.fan(shape)), 2))
                .withQuirk(VAR_SCALING_NORMAL_QUIRK);
    }

    private static Entry varScalingUniform(String name, FanMode mode) {
        return uniform(name, "U(±3/√" + mode.text() + ")", "\\tfrac{3}{\\sqrt{" + mode.tex() + "}}",
                shape -> 3.0 / Math.sqrt(mode.fan(shape)))
                .withQuirk(VAR_SCALING_UNIFORM_QUIRK);
    }
}
