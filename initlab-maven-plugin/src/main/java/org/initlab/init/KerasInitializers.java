package org.initlab.init;

import static org.initlab.init.Param.choice;
import static org.initlab.init.Param.number;

import java.util.List;
import org.initlab.init.InitializerCatalog.Entry;

/**
 * Keras's {@code keras.initializers}, with Keras semantics. The Glorot, He and LeCun families are
 * all {@code VarianceScaling}: variance scale/n with n the chosen fan. Their normal variants are
 * <em>truncated</em> at ±2σ, and Keras widens σ by 1/0.87962566103423978 (the standard deviation
 * of a standard normal cut at ±2) so the weights' standard deviation is √(scale/n) after the cut.
 * The uniform variants use the bound √(3·scale/n), which gives the same variance.
 *
 * <p>Fans as Keras's {@code compute_fans}: a kernel (kh, kw, in, out) has receptive field kh·kw,
 * fan_in = kh·kw·in, fan_out = kh·kw·out — {@link WeightShape#fanIn()} under layout in-out.
 */
final class KerasInitializers {
    private static final Dialect D = Dialect.KERAS;
    /** Standard deviation of N(0, 1) truncated to [−2, 2], as Keras hard-codes it. */
    static final double TRUNCATED_STD = 0.87962566103423978;
    private static final List<String> MODES = FanMode.texts(FanMode.values());
    private static final List<String> DISTRIBUTIONS = List.of("truncated_normal", "untruncated_normal", "uniform");

    private KerasInitializers() {
    }

    static List<Entry> entries() {
        return List.of(
                preset("glorot_uniform", 1, FanMode.FAN_AVG, "uniform", "Glorot & Bengio 2010, uniform: U(±√(6/(fan_in + fan_out)))"),
                preset("glorot_normal", 1, FanMode.FAN_AVG, "truncated_normal",
                        "Glorot & Bengio 2010, truncated normal with std √(2/(fan_in + fan_out))"),
                preset("he_uniform", 2, FanMode.FAN_IN, "uniform", "He et al. 2015, uniform: U(±√(6/fan_in))"),
                preset("he_normal", 2, FanMode.FAN_IN, "truncated_normal", "He et al. 2015, truncated normal with std √(2/fan_in)"),
                preset("lecun_uniform", 1, FanMode.FAN_IN, "uniform", "LeCun et al. 1998, uniform: U(±√(3/fan_in))"),
                preset("lecun_normal", 1, FanMode.FAN_IN, "truncated_normal",
                        "LeCun et al. 1998 (used by SELU networks), truncated normal with std √(1/fan_in)"),
                Entry.of(D, "variance_scaling", "variance scale/n, n = fan_in, fan_out or their average; normal, truncated or uniform",
                        KerasInitializers::varianceScaling, number("scale", 1), choice("mode", "fan_in", MODES),
                        choice("distribution", "truncated_normal", DISTRIBUTIONS).caseInsensitive()
                                .alias("normal", "truncated_normal"))
                        .withQuirk("distribution=normal is Keras's alias of truncated_normal (a normal cut at ±2σ),"
                                + " not an untruncated normal; Keras lower-cases distribution (not mode) first."),
                Entry.of(D, "truncated_normal", "N(mean, stddev²) with values beyond 2 stddev redrawn",
                        KerasInitializers::truncatedNormal, number("mean", 0), number("stddev", 0.05))
                        .withQuirk("No variance correction here (unlike variance_scaling): the weights' std is 0.88·stddev."),
                Entry.of(D, "random_normal", "N(mean, stddev²)", KerasInitializers::randomNormal, number("mean", 0),
                        number("stddev", 0.05)),
                Entry.of(D, "random_uniform", "U(minval, maxval)", KerasInitializers::randomUniform,
                        number("minval", -0.05), number("maxval", 0.05)),
                Entry.of(D, "identity", "gain times the identity matrix",
                        s -> {
                            double gain = Checks.finite(s, "gain");
                            return new EyeInitializer(s.text(), "W = " + Numbers.latex(gain) + "\\,I", gain, false);
                        }, number("gain", 1)),
                Entry.of(D, "orthogonal", "Saxe et al. 2014: a random (semi-)orthogonal matrix times gain",
                        s -> new OrthogonalInitializer(s.text(), Checks.finite(s, "gain"), OrthogonalInitializer.Draw.TALL),
                        number("gain", 1))
                        .withQuirk("Same distribution as PyTorch's orthogonal, but Keras draws the Gaussian matrix in its"
                                + " tall (max, min) shape, so on a wide matrix the same seed gives other weights."),
                Entry.of(D, "constant", "every weight the same value", s -> new ConstantInitializer(s.text(),
                        Checks.finite(s, "value")), number("value", 0))
                        .withQuirk("Keras's key is value, default 0; PyTorch's constant takes val and has no default."),
                Entry.of(D, "zeros", "every weight 0", s -> new ConstantInitializer(s.text(), 0.0)),
                Entry.of(D, "default", "what Dense and Conv2D do unasked: glorot_uniform weights, zero bias",
                        s -> new LibraryDefault(s.text(), varianceScaling(s.text(), 1, FanMode.FAN_AVG, "uniform"),
                                new BiasRule.Constant(0))),
                Entry.of(D, "ones", "every weight 1", s -> new ConstantInitializer(s.text(), 1.0)));
    }

    private static Entry preset(String name, double scale, FanMode mode, String distribution, String summary) {
        return Entry.of(D, name, summary, s -> varianceScaling(s.text(), scale, mode, distribution));
    }

    private static Initializer varianceScaling(Args s) {
        double scale = Checks.positive(s, "scale");
        FanMode mode = FanMode.of(s.choice("mode"));
        String distribution = s.choice("distribution");
        return varianceScaling(s.text(), scale, mode, distribution);
    }

    /** Keras's {@code VarianceScaling(scale, mode, distribution)}. */
    static Initializer varianceScaling(String spec, double scale, FanMode mode, String distribution) {
        String variance = "\\tfrac{" + Numbers.latex(scale) + "}{" + mode.tex() + "}";
        return switch (distribution) {
            case "uniform" -> UniformInitializer.symmetric(spec, "w \\sim \\mathcal{U}\\left(\\pm\\sqrt{3 \\cdot " + variance + "}\\right)",
                    shape -> Math.sqrt(3.0 * scale / mode.fan(shape)));
            case "untruncated_normal" -> new NormalInitializer(spec, "w \\sim \\mathcal{N}\\left(0,\\ " + variance + "\\right)", 0,
                    shape -> Math.sqrt(scale / mode.fan(shape)));
            default -> TruncatedNormalInitializer.symmetric(spec,
                    "w \\sim \\mathcal{N}\\left(0,\\ \\sigma^2\\right) \\text{ cut at } \\pm 2\\sigma,\\ \\sigma = \\frac{\\sqrt{"
                            + variance + "}}{0.8796}", 0,
                    shape -> Math.sqrt(scale / mode.fan(shape)) / TRUNCATED_STD, 2);
        };
    }

    private static Initializer truncatedNormal(Args s) {
        double mean = Checks.finite(s, "mean");
        double stddev = Checks.positive(s, "stddev");
        return TruncatedNormalInitializer.symmetric(s.text(), "w \\sim \\mathcal{N}(" + Numbers.latex(mean) + ",\\ "
                + Numbers.latex(stddev) + "^2) \\text{ cut at } \\pm 2 \\cdot " + Numbers.latex(stddev), mean, shape -> stddev, 2);
    }

    private static Initializer randomNormal(Args s) {
        double mean = Checks.finite(s, "mean");
        double stddev = Checks.nonNegative(s, "stddev");
        return new NormalInitializer(s.text(), "w \\sim \\mathcal{N}(" + Numbers.latex(mean) + ",\\ " + Numbers.latex(stddev) + "^2)",
                mean, shape -> stddev);
    }

    private static Initializer randomUniform(Args s) {
        double min = Checks.finite(s, "minval");
        double max = Checks.finite(s, "maxval");
        Checks.ordered(s, "minval", min, "maxval", max);
        return new UniformInitializer(s.text(), "w \\sim \\mathcal{U}(" + Numbers.latex(min) + ",\\ " + Numbers.latex(max) + ")",
                shape -> min, shape -> max);
    }
}
