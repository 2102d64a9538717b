package org.initlab.init;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.initlab.config.ConfigException;
import org.initlab.config.Names;
import org.initlab.config.Spec;

/**
 * Every initializer initlab knows, by name, with its keys: the one place a spec becomes an
 * {@link Initializer}. Names and defaults follow PyTorch's {@code torch.nn.init}.
 */
public final class InitializerCatalog {
    private static final List<String> MODES = List.of("fan_in", "fan_out");

    /** One named scheme: its keys, what it is, and how to build it from a parsed spec. */
    public record Entry(String name, List<String> keys, String summary, Function<Spec, Initializer> factory) {
    }

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    static {
        add("zeros", List.of(), "every weight 0", s -> new ConstantInitializer(s.text(), 0.0));
        add("ones", List.of(), "every weight 1", s -> new ConstantInitializer(s.text(), 1.0));
        add("constant", List.of("value"), "every weight the same value",
                s -> new ConstantInitializer(s.text(), s.number("value", Double.NaN)));
        add("normal", List.of("mean", "std"), "N(mean, std²), defaults N(0, 1)", InitializerCatalog::normal);
        add("uniform", List.of("a", "b"), "U(a, b), defaults U(0, 1)", InitializerCatalog::uniform);
        add("xavier_normal", List.of("gain"), "Glorot & Bengio 2010: N(0, gain²·2/(fan_in + fan_out))",
                InitializerCatalog::xavierNormal);
        add("xavier_uniform", List.of("gain"), "Glorot & Bengio 2010: U(±gain·√(6/(fan_in + fan_out)))",
                InitializerCatalog::xavierUniform);
        add("kaiming_normal", List.of("a", "mode", "nonlinearity"),
                "He et al. 2015: N(0, gain²/fan), fan = fan_in by default", InitializerCatalog::kaimingNormal);
        add("kaiming_uniform", List.of("a", "mode", "nonlinearity"),
                "He et al. 2015: U(±gain·√(3/fan)), fan = fan_in by default", InitializerCatalog::kaimingUniform);
    }

    private InitializerCatalog() {
    }

    private static void add(String name, List<String> keys, String summary, Function<Spec, Initializer> factory) {
        ENTRIES.put(name, new Entry(name, keys, summary, factory));
    }

    public static List<Entry> entries() {
        return new ArrayList<>(ENTRIES.values());
    }

    /** Parses {@code text} (from the setting {@code field}) into an initializer, or fails naming what is wrong. */
    public static Initializer parse(String field, String text) {
        return create(Spec.parse(field, text));
    }

    public static Initializer create(Spec spec) {
        if (spec.dialect() != null && !spec.dialect().equals("torch")) {
            throw new ConfigException(spec.field() + ": unknown dialect '" + spec.dialect() + "' in '"
                    + spec.text() + "'; valid: torch");
        }
        Entry entry = ENTRIES.get(spec.name());
        if (entry == null) {
            throw new ConfigException(spec.field() + ": unknown initializer '" + spec.name() + "'"
                    + Names.suggestion(spec.name(), ENTRIES.keySet()) + "; valid: " + String.join(", ", ENTRIES.keySet()));
        }
        spec.requireKeysWithin(entry.keys());
        return entry.factory().apply(spec);
    }

    private static Initializer normal(Spec s) {
        double mean = s.number("mean", 0);
        double std = s.number("std", 1);
        requireNonNegative(s, "std", std);
        return new NormalInitializer(s.text(), "w \\sim \\mathcal{N}(" + Numbers.latex(mean) + ",\\ "
                + Numbers.latex(std) + "^2)", mean, shape -> std);
    }

    private static Initializer uniform(Spec s) {
        double a = s.number("a", 0);
        double b = s.number("b", 1);
        if (!(a <= b)) {
            throw new ConfigException(s.field() + ": 'uniform' needs a <= b, got a=" + Numbers.text(a) + ", b=" + Numbers.text(b));
        }
        return new UniformInitializer(s.text(), "w \\sim \\mathcal{U}(" + Numbers.latex(a) + ",\\ " + Numbers.latex(b) + ")",
                shape -> a, shape -> b);
    }

    private static Initializer xavierNormal(Spec s) {
        double gain = s.number("gain", 1);
        return new NormalInitializer(s.text(),
                "w \\sim \\mathcal{N}\\left(0,\\ g^2 \\tfrac{2}{n_\\text{in} + n_\\text{out}}\\right),\\ g = " + Numbers.latex(gain), 0,
                shape -> gain * Math.sqrt(2.0 / (shape.fanIn() + shape.fanOut())));
    }

    private static Initializer xavierUniform(Spec s) {
        double gain = s.number("gain", 1);
        return UniformInitializer.symmetric(s.text(),
                "w \\sim \\mathcal{U}\\left(\\pm g\\sqrt{\\tfrac{6}{n_\\text{in} + n_\\text{out}}}\\right),\\ g = " + Numbers.latex(gain),
                shape -> gain * Math.sqrt(2.0 / (shape.fanIn() + shape.fanOut())) * Math.sqrt(3.0));
    }

    /** Kaiming's std: gain / √fan, as {@code torch.nn.init.kaiming_normal_} computes it. */
    private static KaimingParams kaiming(Spec s) {
        double a = s.number("a", 0);
        String mode = s.word("mode", "fan_in", MODES);
        String nonlinearity = s.word("nonlinearity", "leaky_relu", Gain.NONLINEARITIES);
        double gain = Gain.of(nonlinearity, a);
        return new KaimingParams(gain, mode, nonlinearity);
    }

    private record KaimingParams(double gain, String mode, String nonlinearity) {
        double fan(WeightShape shape) {
            return mode.equals("fan_in") ? shape.fanIn() : shape.fanOut();
        }

        String fanTex() {
            return mode.equals("fan_in") ? "n_\\text{in}" : "n_\\text{out}";
        }
    }

    private static Initializer kaimingNormal(Spec s) {
        KaimingParams k = kaiming(s);
        return new NormalInitializer(s.text(),
                "w \\sim \\mathcal{N}\\left(0,\\ \\tfrac{g^2}{" + k.fanTex() + "}\\right),\\ g = \\operatorname{gain}(\\text{"
                        + k.nonlinearity().replace("_", "\\_") + "})", 0,
                shape -> k.gain() / Math.sqrt(k.fan(shape)));
    }

    private static Initializer kaimingUniform(Spec s) {
        KaimingParams k = kaiming(s);
        return UniformInitializer.symmetric(s.text(),
                "w \\sim \\mathcal{U}\\left(\\pm g\\sqrt{\\tfrac{3}{" + k.fanTex() + "}}\\right),\\ g = \\operatorname{gain}(\\text{"
                        + k.nonlinearity().replace("_", "\\_") + "})",
                shape -> Math.sqrt(3.0) * (k.gain() / Math.sqrt(k.fan(shape))));
    }

    private static void requireNonNegative(Spec s, String key, double value) {
        if (!(value >= 0)) {
            throw new ConfigException(s.field() + ": '" + s.name() + "' key '" + key + "' must be >= 0, got " + Numbers.text(value));
        }
    }
}
