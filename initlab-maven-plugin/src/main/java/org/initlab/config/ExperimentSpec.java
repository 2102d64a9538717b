package org.initlab.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.initlab.init.Initializer;
import org.initlab.init.InitializerCatalog;
import org.initlab.init.Layout;
import org.initlab.nn.Activation;
import org.initlab.nn.GradientLoss;
import org.initlab.random.RandomSource;

/**
 * A validated experiment: everything needed to run it, nothing left as text to interpret.
 *
 * @param dataset      the data set spec, loaded by the runner
 * @param layers       output size of each layer, in order; empty for sweeps, whose networks come from {@code sweep}
 * @param initializers one per run row, each keeping the label the user wrote
 * @param range        range {@code [low, high]} of the plotted histograms, or null to take it from the data
 * @param plot         which values the page charts per layer: {@code post} (after the activation) or {@code pre}
 * @param explanation  markdown path as configured, or null for the built-in explanation
 * @param training     the training settings (training experiments), else null
 * @param sweep        the grid and its statistic (sweep experiments), else null
 * @param gradientLoss what a gradients experiment (or a sweep's gradientRatio) backpropagates
 * @param claims       statements to check against the results, each with its id (given or {@code c<position>})
 * @param definition   the text it was validated from (what the result cache keys on)
 */
public record ExperimentSpec(String id, String title, ExperimentType type, String dataset, int[] layers,
                             List<Activation> activations, List<Labeled> initializers, long seed, String rng,
                             boolean reseedPerLayer, Layout layout, boolean float32, Initializer bias,
                             boolean zeroBias, int bins, double[] range, String plot, String explanation, TrainingSpec training,
                             SweepSpec sweep, GradientLoss gradientLoss, List<ExperimentDefinition.ClaimDefinition> claims,
                             ExperimentDefinition definition) {

    /** Settings every experiment type understands. */
    static final List<String> COMMON_SETTINGS = List.of("title", "type", "dataset", "layers", "activation", "seed",
            "rng", "reseed", "layout", "dtype", "bias", "bins", "range", "plot", "explanation");

    /** An initializer with the label it carries in the report (the spec as written). */
    public record Labeled(String label, Initializer initializer) {
    }

    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");

    /** Validates a definition; {@code where} names it in errors, e.g. {@code experiments[2]}. */
    public static ExperimentSpec of(String where, ExperimentDefinition d) {
        String id = required(where + ".id", d.id());
        if (!ID.matcher(id).matches()) {
            throw new ConfigException(where + ".id: expected lower-case letters, digits and '-' ([a-z0-9-]+), got '" + id + "'");
        }
        String at = "experiment '" + id + "'";
        ExperimentType type = ExperimentType.parse(at + " <type>", orDefault(d.get("type"), "activations"));
        List<String> allowed = new ArrayList<>(COMMON_SETTINGS);
        if (type == ExperimentType.TRAINING) {
            allowed.addAll(TrainingSpec.SETTINGS);
        }
        if (type == ExperimentType.GRADIENTS) {
            allowed.add("loss");
        }
        if (type == ExperimentType.SWEEP) {
            allowed.removeAll(List.of("layers", "bins", "range", "plot")); // a sweep draws no histograms
            allowed.addAll(SweepSpec.SETTINGS);
            if (d.get("layers") != null) {
                throw new ConfigException(at + ": <layers> is not a setting of sweep experiments: each network of the grid is"
                        + " <depths> × <width> (all hidden layers the same width); valid: " + String.join(", ", allowed));
            }
        }
        for (String key : d.settings().keySet()) {
            if (!allowed.contains(key)) {
                throw new ConfigException(at + ": <" + key + "> is not a setting of " + type.text() + " experiments"
                        + Names.suggestion(key, allowed) + "; valid: " + String.join(", ", allowed));
            }
        }
        String title = orDefault(d.get("title"), id);
        String dataset = required(at + " <dataset>", d.get("dataset"));
        int[] layers = type == ExperimentType.SWEEP ? new int[0]
                : layers(at + " <layers>", required(at + " <layers>", d.get("layers")));
        List<Activation> activations = new ArrayList<>();
        for (String a : split(required(at + " <activation>", d.get("activation")))) {
            activations.add(Activation.parse(at + " <activation>", a));
        }
        if (d.initializers().isEmpty()) {
            throw new ConfigException(at + " <initializers>: expected at least one <initializer>");
        }
        List<Labeled> initializers = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < d.initializers().size(); i++) {
            String text = d.initializers().get(i);
            Initializer init = InitializerCatalog.parse(at + " <initializers>[" + (i + 1) + "]", text);
            // two runs under one label would make claims and compare pick one of them silently
            Integer first = seen.putIfAbsent(text.replaceAll("\\s", ""), i + 1);
            if (first != null) {
                throw new ConfigException(at + " <initializers>[" + (i + 1) + "]: '" + text.strip()
                        + "' is the same initializer as <initializers>[" + first + "]; list each once");
            }
            initializers.add(new Labeled(text.strip(), init));
        }
        long seed = integer(at + " <seed>", orDefault(d.get("seed"), "0"));
        if (seed < 0 || seed > 0xffffffffL) {
            throw new ConfigException(at + " <seed>: expected an integer between 0 and 4294967295, got " + seed);
        }
        String rng = orDefault(d.get("rng"), "numpy");
        if (!RandomSource.NAMES.contains(rng)) {
            throw new ConfigException(at + " <rng>: expected one of " + String.join(", ", RandomSource.NAMES) + ", got '" + rng + "'");
        }
        String reseed = orDefault(d.get("reseed"), "once");
        if (!reseed.equals("once") && !reseed.equals("per-layer")) {
            throw new ConfigException(at + " <reseed>: expected once or per-layer, got '" + reseed + "'");
        }
        // Training draws W as (out, in), PyTorch's and the T1 tutorial's convention.
        Layout layout = Layout.parse(at + " <layout>", orDefault(d.get("layout"),
                type == ExperimentType.TRAINING ? "out-in" : "in-out"));
        if (type == ExperimentType.TRAINING && layout != Layout.OUT_IN) {
            throw new ConfigException(at + " <layout>: training experiments draw weights as (out, in); expected out-in, got '"
                    + layout.text() + "'");
        }
        String dtype = orDefault(d.get("dtype"), "float64");
        if (!dtype.equals("float64") && !dtype.equals("float32")) {
            throw new ConfigException(at + " <dtype>: expected float64 or float32, got '" + dtype + "'");
        }
        String biasText = orDefault(d.get("bias"), type == ExperimentType.TRAINING ? "zeros" : "none");
        Initializer bias = biasText.equals("none") || biasText.equals("zeros") ? null
                : InitializerCatalog.parse(at + " <bias>", biasText);
        long binsGiven = integer(at + " <bins>", orDefault(d.get("bins"), "30"));
        if (binsGiven <= 0 || binsGiven > 10_000) { // checked before the cast: 4294967297 is not 1 bin
            throw new ConfigException(at + " <bins>: expected a positive integer up to 10000, got " + binsGiven);
        }
        int bins = (int) binsGiven;
        double[] range = d.get("range") == null ? null : range(at + " <range>", d.get("range"));
        String plot = orDefault(d.get("plot"), type == ExperimentType.GRADIENTS ? "gradient" : "post");
        List<String> plots = type == ExperimentType.GRADIENTS ? List.of("gradient", "post", "pre") : List.of("post", "pre");
        if (!plots.contains(plot)) {
            throw new ConfigException(at + " <plot>: expected one of " + String.join(", ", plots) + ", got '" + plot + "'");
        }
        TrainingSpec training = type == ExperimentType.TRAINING ? TrainingSpec.of(at, d, activations, dtype) : null;
        SweepSpec sweep = type == ExperimentType.SWEEP ? SweepSpec.of(at, d) : null;
        GradientLoss gradientLoss = type == ExperimentType.GRADIENTS
                ? GradientLoss.parse(at + " <loss>", orDefault(d.get("loss"), GradientLoss.HALF_SQUARED_ERROR.text()))
                : GradientLoss.HALF_SQUARED_ERROR;
        return new ExperimentSpec(id, title, type, dataset, layers, List.copyOf(activations), List.copyOf(initializers),
                seed, rng, reseed.equals("per-layer"), layout, dtype.equals("float32"), bias,
                biasText.equals("zeros"), bins, range, plot, d.get("explanation"), training, sweep, gradientLoss, ClaimIds.assign(at, d.claims()), d);
    }

    /**
     * This experiment's settings applied to one network of {@code layers}, measured as {@code type}:
     * how a sweep runs each point of its grid with exactly the code (and seeds) of that experiment type.
     */
    public ExperimentSpec network(ExperimentType type, int[] layers) {
        return new ExperimentSpec(id, title, type, dataset, layers.clone(), activations, initializers, seed, rng,
                reseedPerLayer, layout, float32, bias, zeroBias, bins, range, plot, explanation, null, null, gradientLoss, claims,
                definition);
    }

    /** Number of runs: initializers × activations. */
    public int runCount() {
        return initializers.size() * activations.size();
    }

    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ConfigException(field + ": is required but missing");
        }
        return value.strip();
    }

    static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static List<String> split(String list) {
        List<String> parts = new ArrayList<>();
        for (String p : list.split(",")) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        return parts;
    }

    static long integer(String field, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new ConfigException(field + ": expected an integer, got '" + value + "'");
        }
    }

    private static int[] layers(String field, String value) {
        List<String> parts = split(value);
        if (parts.isEmpty()) {
            throw new ConfigException(field + ": expected a comma list of layer sizes, got '" + value + "'");
        }
        int[] sizes = new int[parts.size()];
        for (int i = 0; i < sizes.length; i++) {
            long n;
            try {
                n = Long.parseLong(parts.get(i));
            } catch (NumberFormatException e) {
                throw new ConfigException(field + ": layer " + (i + 1) + " size must be a positive integer, got '" + parts.get(i) + "'");
            }
            if (n <= 0 || n > 1_000_000) {
                throw new ConfigException(field + ": layer " + (i + 1) + " size must be a positive integer, got " + n);
            }
            sizes[i] = (int) n;
        }
        return sizes;
    }

    private static double[] range(String field, String value) {
        List<String> parts = split(value);
        if (parts.size() != 2) {
            throw new ConfigException(field + ": expected 'low,high', got '" + value + "'");
        }
        double low;
        double high;
        try {
            low = Double.parseDouble(parts.get(0));
            high = Double.parseDouble(parts.get(1));
        } catch (NumberFormatException e) {
            throw new ConfigException(field + ": expected two numbers 'low,high', got '" + value + "'");
        }
        if (!Double.isFinite(low) || !Double.isFinite(high) || !(low < high)) {
            throw new ConfigException(field + ": expected finite low < high, got '" + value + "'");
        }
        return new double[] {low, high};
    }
}
