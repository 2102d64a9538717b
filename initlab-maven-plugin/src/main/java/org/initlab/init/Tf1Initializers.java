package org.initlab.init;

import static org.initlab.init.Param.choice;
import static org.initlab.init.Param.number;

import java.util.List;
import org.initlab.settings.ConfigException;
import org.initlab.init.InitializerCatalog.Entry;

/**
 * TensorFlow 1's {@code tf.contrib.layers} initializers, the names the classic tutorials cite, with
 * the laws of {@code tensorflow/contrib/layers/python/layers/initializers.py} as its code (not its
 * docstrings) has them; {@code version} picks one of the file's two laws ({@link Tf1Version}), the
 * last one by default. Fans are TensorFlow's: fan_in = in, fan_out = out for a dense [in, out]
 * kernel, times kh·kw for a (kh, kw, in, out) one, as the file multiplies by the leading
 * dimensions. On initlab's matrices (no receptive field) {@code xavier_initializer_conv2d}
 * equals {@code xavier_initializer} in both versions.
 */
final class Tf1Initializers {
    private static final Dialect D = Dialect.TF1;
    private static final List<String> BOOLEANS = List.of("True", "False");
    private static final List<String> MODES = List.of("FAN_IN", "FAN_OUT", "FAN_AVG");
    /** TensorFlow 1.15's widening of the truncated normal: σ² = 1.3·factor/n. */
    static final double WIDENING = 1.3;
    private static final String XAVIER_QUIRK = "Laws by version. 1.15 (default; from variance_scaling_initializer's"
            + " introduction to TF 1.15): uniform U(±√(6/(n_in + n_out))); normal: truncated at ±2σ with"
            + " σ = √(1.3·2/(n_in + n_out)), so the weights' std is 0.8796·σ = √(2.012/(n_in + n_out)) — the docstring says"
            + " √(3/(n_in + n_out)) in early releases and √(2/(n_in + n_out)) later. legacy (the file's first version):"
            + " the same uniform; normal truncated at ±2σ with σ = √(3/(n_in + n_out)), weights' std √(2.321/(n_in + n_out)).";

    private Tf1Initializers() {
    }

    static List<Entry> entries() {
        return List.of(
                Entry.of(D, "xavier_initializer", "Glorot & Bengio 2010: U(±√(6/(fan_in + fan_out))), or a truncated normal"
                                + " with uniform=False", Tf1Initializers::xavier,
                        choice("uniform", "True", BOOLEANS), choice("version", "1.15", Tf1Version.texts()))
                        .withQuirk(XAVIER_QUIRK),
                Entry.of(D, "xavier_initializer_conv2d", "xavier_initializer for convolution kernels; the same on matrices",
                                Tf1Initializers::xavier,
                        choice("uniform", "True", BOOLEANS), choice("version", "1.15", Tf1Version.texts()))
                        .withQuirk("An alias of xavier_initializer since 1.x; legacy computed fans from a 4-d kernel,"
                                + " which on a matrix are n_in and n_out again. " + XAVIER_QUIRK),
                Entry.of(D, "variance_scaling_initializer", "He et al. 2015 by default: variance factor/n, n = fan_in, fan_out"
                                + " or their average; truncated normal or uniform", Tf1Initializers::varianceScaling,
                        number("factor", 2), choice("mode", "FAN_IN", MODES), choice("uniform", "False", BOOLEANS),
                        choice("version", "1.15", Tf1Version.texts()))
                        .withQuirk("uniform: U(±√(3·factor/n)). Normal: truncated at ±2σ with σ = √(1.3·factor/n), so the"
                                + " weights' std is 0.8796·σ = √(1.006·factor/n); the docstring says"
                                + " truncated_normal(stddev=√(factor/n)). TensorFlow's core"
                                + " tf.compat.v1.variance_scaling_initializer divides by 0.8796 instead, as"
                                + " keras:variance_scaling does. Not in the legacy file."));
    }

    private static Initializer xavier(Args s) {
        boolean uniform = s.choice("uniform").equals("True");
        Tf1Version version = Tf1Version.of(s.choice("version"));
        String sum = "n_\\text{in} + n_\\text{out}";
        if (uniform) {
            return UniformInitializer.symmetric(s.text(), "w \\sim \\mathcal{U}\\left(\\pm\\sqrt{\\tfrac{6}{" + sum + "}}\\right)",
                    shape -> Math.sqrt(3.0 * 1.0 / FanMode.FAN_AVG.fan(shape)));
        }
        return switch (version) {
            case LEGACY -> TruncatedNormalInitializer.symmetric(s.text(), "w \\sim \\mathcal{N}(0,\\ \\sigma^2) \\text{ cut at }"
                    + " \\pm 2\\sigma,\\ \\sigma = \\sqrt{\\tfrac{3}{" + sum + "}}", 0,
                    shape -> Math.sqrt(3.0 / (shape.fanIn() + shape.fanOut())), 2);
            case V1_15 -> truncated(s.text(), 1.0, FanMode.FAN_AVG);
        };
    }

    private static Initializer varianceScaling(Args s) {
        double factor = Checks.positive(s, "factor");
        FanMode mode = FanMode.of(s.choice("mode").toLowerCase(java.util.Locale.ROOT));
        boolean uniform = s.choice("uniform").equals("True");
        if (Tf1Version.of(s.choice("version")) == Tf1Version.LEGACY) {
            throw new ConfigException(s.field() + ": '" + s.name() + "' key 'version': the legacy tf.contrib.layers"
                    + " file has no variance_scaling_initializer (only xavier_initializer); use version=1.15");
        }
        if (uniform) {
            return UniformInitializer.symmetric(s.text(), "w \\sim \\mathcal{U}\\left(\\pm\\sqrt{\\tfrac{3 \\cdot "
                    + Numbers.latex(factor) + "}{" + mode.tex() + "}}\\right)", shape -> Math.sqrt(3.0 * factor / mode.fan(shape)));
        }
        return truncated(s.text(), factor, mode);
    }

    /** {@code truncated_normal(0, √(1.3·factor/n))}, TensorFlow 1.15's normal variant. */
    private static Initializer truncated(String spec, double factor, FanMode mode) {
        return TruncatedNormalInitializer.symmetric(spec, "w \\sim \\mathcal{N}(0,\\ \\sigma^2) \\text{ cut at } \\pm 2\\sigma,"
                + "\\ \\sigma = \\sqrt{\\tfrac{1.3 \\cdot " + Numbers.latex(factor) + "}{" + mode.tex() + "}}", 0,
                shape -> Math.sqrt(WIDENING * factor / mode.fan(shape)), 2);
    }
}
