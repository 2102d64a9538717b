package org.initlab.init;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.initlab.init.InitializerCatalog.Entry;

/**
 * Deeplearning4j's {@code WeightInit} enum (as of 1.0.0-M2), with DL4J's formulas — quirks
 * included, because a DL4J user comparing with initlab needs the numbers DL4J really produces.
 * The names are DL4J's upper-case enum constants; lower case is accepted too where no other
 * library owns the spelling. None takes keys.
 *
 * <p>Fans as DL4J's parameter initializers compute them: a dense layer's nIn and nOut; a
 * convolution's fan_in = in·kh·kw and fan_out = out·kh·kw / (sh·sw) — {@code
 * ConvolutionParamInitializer} divides the fan-out by the stride product, which PyTorch and Keras
 * do not ({@link WeightShape#withStride}).
 */
final class Dl4jInitializers {
    private static final Dialect D = Dialect.DL4J;
    private static final String IN_TEX = "n_\\text{in}";
    private static final String OUT_TEX = "n_\\text{out}";
    private static final String SUM_TEX = "n_\\text{in} + n_\\text{out}";
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
                normal("NORMAL", "N(0, 1/fan_in), as LeCun normal (Klambauer et al. 2017 for SELU)", 1, Fan.IN),
                uniform("UNIFORM", "U(±1/√fan_in), the 'commonly used heuristic' of Glorot & Bengio 2010", 1, 1, Fan.IN),
                Entry.of(D, "IDENTITY", "the identity matrix; square weights only",
                        s -> new EyeInitializer(s.text(), "W = I", 1.0, true))
                        .withQuirk("Fails unless the weight matrix is square (PyTorch's eye accepts any shape). On a"
                                + " convolution it is dirac's centred identity, but only for in = out and odd kernels."),
                normal("XAVIER", "Glorot & Bengio 2010: N(0, 2/(fan_in + fan_out))", 2, Fan.SUM),
                uniform("XAVIER_UNIFORM", "Glorot & Bengio 2010: U(±√(6/(fan_in + fan_out)))", 1, 6, Fan.SUM),
                normal("XAVIER_FAN_IN", "N(0, 1/fan_in), the variance of Caffe's 'xavier' (Caffe's XavierFiller draws it"
                        + " uniformly, U(±√(3/fan_in)))", 1, Fan.IN),
                normal("XAVIER_LEGACY", "N(0, 1/(fan_in + fan_out)): DL4J's Xavier up to 0.6.0", 1, Fan.SUM)
                        .withQuirk("Half Glorot's variance: randn / √(fan_in + fan_out) instead of · √(2/(fan_in + fan_out))."),
                normal("RELU", "He et al. 2015: N(0, 2/fan_in)", 2, Fan.IN),
                uniform("RELU_UNIFORM", "He et al. 2015: U(±√(6/fan_in))", 1, 6, Fan.IN),
                normal("LECUN_NORMAL", "N(0, 1/fan_in), same as NORMAL and XAVIER_FAN_IN", 1, Fan.IN)
                        .withQuirk("Not truncated, unlike Keras's lecun_normal."),
                uniform("LECUN_UNIFORM", "U(±3/√fan_in)", 3, 1, Fan.IN)
                        .withQuirk("The bound is 3/√fan_in where LeCun (and Keras) use √(3/fan_in): the variance is"
                                + " 3/fan_in, three times LeCun's 1/fan_in."),
                uniform("SIGMOID_UNIFORM", "U(±4·√(6/(fan_in + fan_out))): Glorot's uniform ×4 for sigmoid units",
                        4, 6, Fan.SUM),
                truncated("VAR_SCALING_NORMAL_FAN_IN", FanMode.FAN_IN),
                truncated("VAR_SCALING_NORMAL_FAN_OUT", FanMode.FAN_OUT),
                truncated("VAR_SCALING_NORMAL_FAN_AVG", FanMode.FAN_AVG),
                varScalingUniform("VAR_SCALING_UNIFORM_FAN_IN", Fan.IN),
                varScalingUniform("VAR_SCALING_UNIFORM_FAN_OUT", Fan.OUT),
                varScalingUniform("VAR_SCALING_UNIFORM_FAN_AVG", Fan.AVG),
                Entry.of(D, "default", "what DenseLayer and ConvolutionLayer do unasked: XAVIER weights"
                                + " (NeuralNetConfiguration.Builder's WeightInitXavier), bias 0 (its biasInit)",
                        s -> new LibraryDefault(s.text(), new NormalInitializer(s.text(),
                                "w \\sim \\mathcal{N}\\left(0,\\ \\tfrac{2}{" + SUM_TEX + "}\\right)", 0,
                                shape -> Math.sqrt(2 / Fan.SUM.of(shape))), new BiasRule.Constant(0))));
    }

    /** The fan a DL4J formula divides by; SUM is n_in + n_out, which DL4J writes where Keras averages. */
    enum Fan {
        IN(IN_TEX), OUT(OUT_TEX), SUM(SUM_TEX), AVG(FanMode.FAN_AVG.tex());

        private final String tex;

        Fan(String tex) {
            this.tex = tex;
        }

        double of(WeightShape s) {
            return switch (this) {
                case IN -> s.fanIn();
                case OUT -> fanOut(s);
                case SUM -> s.fanIn() + fanOut(s);
                case AVG -> (s.fanIn() + fanOut(s)) / 2.0;
            };
        }

        static Fan of(FanMode mode) {
            return switch (mode) {
                case FAN_IN -> IN;
                case FAN_OUT -> OUT;
                case FAN_AVG -> AVG;
            };
        }
    }

    /** DL4J's fan-out: out·kh·kw divided by the stride product, as {@code ConvolutionParamInitializer} has it. */
    static double fanOut(WeightShape s) {
        return s.fanOut() / (double) s.strideProduct();
    }

    /**
     * N(0, k/fan): the variance is rendered and computed from the same (k, fan), so the formula on the
     * page is the one that draws. (1/√fan for k = 1, as DL4J divides by √fan.)
     */
    private static Entry normal(String name, String summary, double k, Fan fan) {
        ToDoubleFunction<WeightShape> std = k == 1 ? s -> 1 / Math.sqrt(fan.of(s)) : s -> Math.sqrt(k / fan.of(s));
        return Entry.of(D, name, summary, s -> new NormalInitializer(s.text(),
                "w \\sim \\mathcal{N}\\left(0,\\ \\tfrac{" + Numbers.latex(k) + "}{" + fan.tex + "}\\right)", 0, std));
    }

    /** U(±c·√(k/fan)), rendered and computed from the same (c, k, fan); c/√fan for k = 1. */
    private static Entry uniform(String name, String summary, double c, double k, Fan fan) {
        ToDoubleFunction<WeightShape> bound = k == 1 ? s -> c / Math.sqrt(fan.of(s)) : s -> c * Math.sqrt(k / fan.of(s));
        String tex = k == 1 ? "\\tfrac{" + Numbers.latex(c) + "}{\\sqrt{" + fan.tex + "}}"
                : (c == 1 ? "" : Numbers.latex(c)) + "\\sqrt{\\tfrac{" + Numbers.latex(k) + "}{" + fan.tex + "}}";
        return Entry.of(D, name, summary, s -> UniformInitializer.symmetric(s.text(),
                "w \\sim \\mathcal{U}\\left(\\pm " + tex + "\\right)", bound));
    }

    private static Entry truncated(String name, FanMode mode) {
        return Entry.of(D, name, "N(0, 1/" + mode.text() + ") truncated at ±2σ",
                s -> TruncatedNormalInitializer.symmetric(s.text(), "w \\sim \\mathcal{N}\\left(0,\\ \\sigma^2\\right)"
                        + " \\text{ cut at } \\pm 2\\sigma,\\ \\sigma = \\sqrt{\\tfrac{1}{" + mode.tex() + "}}", 0,
                        shape -> Math.sqrt(1.0 / Fan.of(mode).of(shape)), 2))
                .withQuirk(VAR_SCALING_NORMAL_QUIRK);
    }

    private static Entry varScalingUniform(String name, Fan fan) {
        return uniform(name, "U(±3/√fan_" + fan.name().toLowerCase(java.util.Locale.ROOT) + ")", 3, 1, fan)
                .withQuirk(VAR_SCALING_UNIFORM_QUIRK);
    }
}
