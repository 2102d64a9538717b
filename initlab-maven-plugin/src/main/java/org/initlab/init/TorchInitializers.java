package org.initlab.init;

import static org.initlab.init.Param.choice;
import static org.initlab.init.Param.integer;
import static org.initlab.init.Param.number;
import static org.initlab.init.Param.requiredNumber;

import java.util.List;
import org.initlab.settings.ConfigException;
import org.initlab.init.InitializerCatalog.Entry;

/**
 * PyTorch's {@code torch.nn.init}, the default dialect: names, keys and defaults as in PyTorch.
 * Fans follow the layout ({@link WeightShape#fanIn()}), so a PyTorch user gets PyTorch's numbers
 * with {@code layout=out-in}, and the same distributions with {@code in-out}.
 */
final class TorchInitializers {
    private static final Dialect D = Dialect.TORCH;
    private static final List<String> MODES = FanMode.texts(FanMode.FAN_IN, FanMode.FAN_OUT);
    private static final String KAIMING_QUIRK = "The default nonlinearity is leaky_relu with a=0, whose gain is √2 — plain He."
            + " For SELU networks PyTorch's calculate_gain warns to use nonlinearity='linear' (variance 1/fan_in, the"
            + " stable fixed point of self-normalizing networks), not nonlinearity='selu', whose gain 3/4 gives up the"
            + " normalisation for steadier gradients.";

    private TorchInitializers() {
    }

    static List<Entry> entries() {
        return List.of(
                Entry.of(D, "zeros", "every weight 0 — no randomness, so every unit stays identical (symmetry)",
                        s -> new ConstantInitializer(s.text(), 0.0)),
                Entry.of(D, "ones", "every weight 1", s -> new ConstantInitializer(s.text(), 1.0)),
                Entry.of(D, "constant", "every weight the same value",
                        s -> new ConstantInitializer(s.text(), Checks.finite(s, "val")), requiredNumber("val")),
                Entry.of(D, "uniform", "U(a, b)", TorchInitializers::uniform, number("a", 0), number("b", 1)),
                Entry.of(D, "normal", "N(mean, std²)", TorchInitializers::normal, number("mean", 0), number("std", 1)),
                Entry.of(D, "trunc_normal", "N(mean, std²) cut to the absolute interval [a, b]",
                        TorchInitializers::truncNormal, number("mean", 0), number("std", 1), number("a", -2).orInfinite(),
                        number("b", 2).orInfinite())
                        .withQuirk("a and b are absolute bounds, not multiples of std, and std is the standard deviation"
                                + " before the cut: with the defaults (std=1, a=-2, b=2) the weights' std is 0.88."
                                + " initlab samples by redrawing mean + std·gauss until it lands in [a, b]"
                                + " (PyTorch inverts the distribution function): same distribution, different numbers."),
                Entry.of(D, "eye", "the identity matrix (ones on the diagonal): the layer starts as a pass-through",
                        s -> new EyeInitializer(s.text(), "W = I", 1.0, false)),
                Entry.of(D, "dirac", "the Dirac delta kernel: a convolution that returns its input (per group); on a"
                                + " dense layer the identity matrix",
                        TorchInitializers::dirac, integer("groups", 1))
                        .withQuirk("PyTorch accepts only 3-, 4- and 5-d weights; initlab also takes a dense layer as a"
                                + " 1 × 1 kernel, where dirac is eye. Even kernels get their 1 at k // 2, so only odd"
                                + " kernels with padding k // 2 return the input exactly."),
                Entry.of(D, "xavier_uniform", "Glorot & Bengio 2010: U(±gain·√(6/(fan_in + fan_out)))",
                        TorchInitializers::xavierUniform, number("gain", 1)),
                Entry.of(D, "xavier_normal", "Glorot & Bengio 2010: N(0, gain²·2/(fan_in + fan_out))",
                        TorchInitializers::xavierNormal, number("gain", 1)),
                Entry.of(D, "kaiming_uniform", "He et al. 2015: U(±gain·√(3/fan)), fan = fan_in by default",
                                TorchInitializers::kaimingUniform, kaimingKeys())
                        .withQuirk(KAIMING_QUIRK),
                Entry.of(D, "kaiming_normal", "He et al. 2015: N(0, gain²/fan), fan = fan_in by default",
                                TorchInitializers::kaimingNormal, kaimingKeys())
                        .withQuirk(KAIMING_QUIRK),
                Entry.of(D, "orthogonal", "Saxe et al. 2013: a random (semi-)orthogonal matrix times gain",
                        s -> new OrthogonalInitializer(s.text(), Checks.finite(s, "gain")), number("gain", 1)),
                Entry.of(D, "default", "what nn.Linear and nn.Conv2d do unasked: kaiming_uniform(a=√5), i.e."
                                + " U(±1/√fan_in), and a bias U(±1/√fan_in)", TorchInitializers::layerDefault)
                        .withQuirk("a = √5 is not a slope any activation has: it is how PyTorch spells the old"
                                + " U(±1/√fan_in) default, a variance of 1/(3·fan_in), a third of LeCun's."),
                Entry.of(D, "sparse", "N(0, std²) with a fraction `sparsity` of each stored column zeroed (PyTorch's"
                                + " variant of Martens 2010, who fixes a count of non-zero incoming weights)",
                        TorchInitializers::sparse, requiredNumber("sparsity"), number("std", 0.01)));
    }

    /** {@code kaiming_*_(tensor, a=0, mode='fan_in', nonlinearity='leaky_relu')}. */
    private static Param[] kaimingKeys() {
        return new Param[] {number("a", 0), choice("mode", "fan_in", MODES),
            choice("nonlinearity", "leaky_relu", Gain.NONLINEARITIES)};
    }

    private static Initializer uniform(Args s) {
        double a = Checks.finite(s, "a");
        double b = Checks.finite(s, "b");
        Checks.ordered(s, "a", a, "b", b);
        return new UniformInitializer(s.text(), "w \\sim \\mathcal{U}(" + Numbers.latex(a) + ",\\ " + Numbers.latex(b) + ")",
                shape -> a, shape -> b);
    }

    private static Initializer normal(Args s) {
        double mean = Checks.finite(s, "mean");
        double std = Checks.nonNegative(s, "std");
        return new NormalInitializer(s.text(), "w \\sim \\mathcal{N}(" + Numbers.latex(mean) + ",\\ "
                + Numbers.latex(std) + "^2)", mean, shape -> std);
    }

    private static Initializer truncNormal(Args s) {
        double mean = Checks.finite(s, "mean");
        double std = Checks.positive(s, "std");
        double a = s.number("a");
        double b = s.number("b");
        Checks.ordered(s, "a", a, "b", b);
        double mass = StandardNormal.mass(mean, std, a, b);
        if (!(mass >= 0.01)) {
            throw new ConfigException(s.field() + ": 'trunc_normal' interval [" + Numbers.text(a) + ", " + Numbers.text(b)
                    + "] holds only " + String.format(java.util.Locale.ROOT, "%.2g", mass)
                    + " of N(mean, std²); initlab samples by redrawing and needs at least 1%: move a, b closer to the mean");
        }
        return new TruncatedNormalInitializer(s.text(), "w \\sim \\mathcal{N}(" + Numbers.latex(mean) + ",\\ "
                + Numbers.latex(std) + "^2) \\text{ cut to } [" + Numbers.latex(a) + ",\\ " + Numbers.latex(b) + "]",
                mean, shape -> std, shape -> a, shape -> b);
    }

    private static Initializer xavierUniform(Args s) {
        double gain = Checks.finite(s, "gain");
        return UniformInitializer.symmetric(s.text(),
                "w \\sim \\mathcal{U}\\left(\\pm g\\sqrt{\\tfrac{6}{n_\\text{in} + n_\\text{out}}}\\right),\\ g = " + Numbers.latex(gain),
                shape -> Math.sqrt(3.0) * (gain * Math.sqrt(2.0 / (shape.fanIn() + shape.fanOut()))));
    }

    private static Initializer xavierNormal(Args s) {
        double gain = Checks.finite(s, "gain");
        return new NormalInitializer(s.text(),
                "w \\sim \\mathcal{N}\\left(0,\\ g^2 \\tfrac{2}{n_\\text{in} + n_\\text{out}}\\right),\\ g = " + Numbers.latex(gain), 0,
                shape -> gain * Math.sqrt(2.0 / (shape.fanIn() + shape.fanOut())));
    }

    /** Kaiming's gain and fan, as {@code torch.nn.init.kaiming_*_} compute them. */
    private record Kaiming(double gain, FanMode mode, String nonlinearity) {
        static Kaiming of(Args s) {
            double a = Checks.finite(s, "a");
            FanMode mode = FanMode.of(s.choice("mode"));
            String nonlinearity = s.choice("nonlinearity");
            return new Kaiming(Gain.of(nonlinearity, a), mode, nonlinearity);
        }

        double std(WeightShape shape) {
            return gain / Math.sqrt(mode.fan(shape));
        }

        String gainTex() {
            return "g = \\operatorname{gain}(\\text{" + nonlinearity.replace("_", "\\_") + "}) "
                    + (round(gain) == gain ? "= " : "\\approx ") + Numbers.latex(round(gain));
        }
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }

    private static Initializer kaimingUniform(Args s) {
        Kaiming k = Kaiming.of(s);
        return UniformInitializer.symmetric(s.text(),
                "w \\sim \\mathcal{U}\\left(\\pm g\\sqrt{\\tfrac{3}{" + k.mode().tex() + "}}\\right),\\ " + k.gainTex(),
                shape -> Math.sqrt(3.0) * k.std(shape));
    }

    private static Initializer kaimingNormal(Args s) {
        Kaiming k = Kaiming.of(s);
        return new NormalInitializer(s.text(),
                "w \\sim \\mathcal{N}\\left(0,\\ \\tfrac{g^2}{" + k.mode().tex() + "}\\right),\\ " + k.gainTex(), 0, k::std);
    }

    private static Initializer dirac(Args s) {
        long groups = s.integer("groups");
        if (groups < 1 || groups > Integer.MAX_VALUE) {
            throw new ConfigException(s.field() + ": 'dirac' key 'groups' must be a positive integer, got " + groups);
        }
        return new DiracInitializer(s.text(), (int) groups, false);
    }

    /**
     * {@code reset_parameters} of nn.Linear and nn.Conv2d: {@code kaiming_uniform_(w, a=math.sqrt(5))},
     * whose bound √3·gain/√fan_in with gain = √(2/(1 + a²)) is computed as PyTorch computes it
     * (a² rounds to 5.000000000000001), then the bias U(±1/√fan_in).
     */
    private static Initializer layerDefault(Args s) {
        double a = Math.sqrt(5);
        double gain = Math.sqrt(2.0 / (1 + a * a));
        Initializer weights = UniformInitializer.symmetric(s.text(),
                "w \\sim \\mathcal{U}\\left(\\pm \\tfrac{1}{\\sqrt{n_\\text{in}}}\\right)",
                shape -> Math.sqrt(3.0) * (gain / Math.sqrt(shape.fanIn())));
        return new LibraryDefault(s.text(), weights, new BiasRule.TorchUniform());
    }

    private static Initializer sparse(Args s) {
        double sparsity = Checks.nonNegative(s, "sparsity");
        if (sparsity > 1) {
            throw new ConfigException(s.field() + ": 'sparse' key 'sparsity' is the fraction of each column set to zero,"
                    + " between 0 and 1; got " + Numbers.text(sparsity));
        }
        return new SparseInitializer(s.text(), sparsity, Checks.nonNegative(s, "std"));
    }
}
