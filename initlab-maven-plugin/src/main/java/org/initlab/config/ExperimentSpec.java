package org.initlab.config;

import org.initlab.settings.ConfigException;
import org.initlab.settings.Limits;
import org.initlab.settings.Names;
import org.initlab.settings.Problems;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.regex.Pattern;
import org.initlab.init.BiasRule;
import org.initlab.init.Initializer;
import org.initlab.init.InitializerCatalog;
import org.initlab.init.Layout;
import org.initlab.init.DataDependentInitializer;
import org.initlab.layers.LayerSpec;
import org.initlab.layers.Network;
import org.initlab.nn.Activation;
import org.initlab.nn.GradientLoss;
import org.initlab.nn.MutableConvNet;
import org.initlab.random.Generator;

/**
 * A validated experiment: everything needed to run it, nothing left as text to interpret.
 *
 * @param dataset      the data set spec, loaded by the runner
 * @param architecture the layers, in order ({@link Network}); none for sweeps, whose networks come from {@code sweep}
 * @param initializers one per run row, each keeping the label the user wrote
 * @param seeds        the seeds every initializer × activation runs with, in order, at least one ({@link Seeds})
 * @param range        range {@code [low, high]} of the plotted histograms, or null to take it from the data
 * @param plot         which values the page charts per layer: {@code post} (after the activation) or {@code pre}
 * @param explanation  markdown path as configured, or null for the built-in explanation
 * @param training     the training settings (training experiments), else null
 * @param sweep        the grid and its statistic (sweep experiments), else null
 * @param gradientLoss what a gradients experiment (or a sweep's gradientRatio) backpropagates
 * @param claims       statements to check against the results, each with its id (given or {@code c<position>})
 * @param definition   the text it was validated from (what the result cache keys on)
 */
public record ExperimentSpec(String id, String title, ExperimentType type, String dataset, Network architecture,
                             List<Activation> activations, List<Labeled> initializers, List<Long> seeds, Generator rng,
                             boolean reseedPerLayer, Layout layout, boolean float32, Initializer bias,
                             boolean zeroBias, int bins, double[] range, Plot plot, String explanation, TrainingSpec training,
                             SweepSpec sweep, GradientLoss gradientLoss, List<ExperimentDefinition.ClaimDefinition> claims,
                             ExperimentDefinition definition) {

    /** The {@code <bias>} that leaves each layer's bias to its initializer's library ({@link Initializer#defaultBias()}). */
    public static final String LIBRARY_BIAS = "library";

    /**
     * The library's own bias rule for a run of {@code init} (torch:default's U(±1/√fan_in), keras:default's
     * zeros): when the experiment sets no {@code <bias>} or {@code library}, and the initializer carries one.
     */
    public Optional<BiasRule> libraryBias(Initializer init) {
        String written = definition == null ? null : definition.get("bias");
        return written == null || written.equals(LIBRARY_BIAS) ? init.defaultBias() : Optional.empty();
    }

    /** Settings every experiment type understands. */
    static final List<String> COMMON_SETTINGS = List.of("title", "type", "dataset", "layers", "activation", "seed",
            "seeds", "rng", "reseed", "layout", "dtype", "bias", "bins", "range", "plot", "explanation");

    /**
     * An initializer with the label it carries in the report (the spec as written) and the name that
     * identifies its run: the {@code name} given in the POM, else the label. Claims select a run by
     * either; {@code initlab:compare} follows the name, so a run keeps its identity when its spec changes.
     */
    public record Labeled(String label, Initializer initializer, String name) {
        public Labeled {
            name = name == null ? label : name;
        }

        /** An initializer named by its spec. */
        public Labeled(String label, Initializer initializer) {
            this(label, initializer, null);
        }

        /** Whether the POM gave it a name of its own. */
        public boolean named() {
            return !name.equals(label);
        }
    }

    public ExperimentSpec {
        seeds = List.copyOf(seeds);
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("an experiment runs at least one seed");
        }
    }

    static final Pattern ID = Pattern.compile("[a-z0-9-]+");

    /** Longest id: ids name files ({@code data/<id>.json}), and most file systems stop at 255 bytes. */
    static final int MAX_ID_LENGTH = 100;
    /** Ids the site's own files use ({@code data/history.js}, {@code catalogue.html}, {@code data/phase.js}). */
    static final List<String> RESERVED_IDS = List.of("history", "catalogue", "phase");

    /**
     * Validates a definition; {@code where} names it in errors, e.g. {@code experiments[2]}.
     *
     * @throws ConfigException listing every problem of the definition, not just the first
     */
    public static ExperimentSpec of(String where, ExperimentDefinition d) {
        Problems problems = new Problems();
        ExperimentSpec spec = of(where, d, problems);
        problems.throwIfAny();
        return spec;
    }

    /**
     * Validates a definition, recording every problem in {@code problems} and going on past each one.
     * Returns the experiment as far as it could be read, so that its data sets and claims can be
     * checked too (a plan with problems never runs), or null when a setting they need is unreadable.
     */
    public static ExperimentSpec of(String where, ExperimentDefinition d, Problems problems) {
        problems.check(() -> id(where, d.id()));
        String id = d.id() == null ? null : d.id().strip();
        // a bad id is reported once; the other errors still name the experiment as written
        String at = d.id() == null || d.id().isBlank() ? where : "experiment '" + d.id().strip() + "'";
        ExperimentType type = problems.get(() -> ExperimentType.parse(at + " <type>", orDefault(d.get("type"), "activations")));
        ExperimentType kind = type == null ? ExperimentType.ACTIVATIONS : type; // checks the rest as best it can
        List<String> allowed = new ArrayList<>(COMMON_SETTINGS);
        if (kind == ExperimentType.TRAINING) {
            allowed.addAll(TrainingSpec.SETTINGS);
        }
        if (kind == ExperimentType.GRADIENTS) {
            allowed.add("loss");
        }
        if (kind == ExperimentType.SWEEP) {
            allowed.removeAll(List.of("layers", "bins", "range", "plot")); // a sweep draws no histograms
            allowed.addAll(SweepSpec.SETTINGS);
            if (d.get("layers") != null) {
                problems.add(at + ": <layers> is not a setting of sweep experiments: each network of the grid is"
                        + " <depths> × <width> (all hidden layers the same width); valid: " + String.join(", ", allowed));
            }
        }
        if (type != null) {
            for (String key : d.settings().keySet()) {
                if (!allowed.contains(key) && !(key.equals("layers") && kind == ExperimentType.SWEEP)) {
                    problems.add(at + ": <" + key + "> is not a setting of " + type.text() + " experiments"
                            + Names.suggestion(key, allowed) + "; valid: " + String.join(", ", allowed));
                }
            }
        }
        String title = orDefault(d.get("title"), id);
        String dataset = problems.get(() -> required(at + " <dataset>", d.get("dataset")));
        Network architecture = kind == ExperimentType.SWEEP ? new Network(List.of())
                : problems.get(() -> architecture(at + " <layers>", required(at + " <layers>", d.get("layers"))));
        int[] layers = architecture != null && architecture.isDense() ? architecture.widths() : null;
        problems.check(() -> Limits.layers(at + " <layers>", layers == null ? new int[0] : layers));
        // training takes convolutions and pooling too; gradients and sweeps dense layers only
        Optional<String> untrainable = architecture == null || architecture.isDense() || kind != ExperimentType.TRAINING
                ? Optional.empty() : MutableConvNet.untrainable(architecture.layers());
        untrainable.ifPresent(why -> problems.add(at + " <layers>: " + why));
        if (architecture != null && !architecture.isDense() && type != null && kind != ExperimentType.ACTIVATIONS
                && kind != ExperimentType.TRAINING) {
            problems.add(at + " <layers>: " + architecture.firstNonDense() + ": convolutional, pooling, normalization and"
                    + " residual layers are measured by activations and training experiments only so far; " + kind.text()
                    + " experiments take dense layers (a comma list of widths)");
        }
        boolean runnable = architecture != null && (architecture.isDense() || kind == ExperimentType.ACTIVATIONS
                || (kind == ExperimentType.TRAINING && untrainable.isEmpty()));
        List<Activation> activations = problems.get(() -> activations(at + " <activation>", d.get("activation")));
        List<Labeled> initializers = initializers(at, d, problems);
        List<Long> seeds = problems.get(() -> Seeds.of(at, d.get("seed"), d.get("seeds")));
        String rngText = orDefault(d.get("rng"), Generator.NUMPY.text());
        Generator rng = Generator.named(rngText).orElse(null);
        if (rng == null) {
            problems.add(at + " <rng>: expected one of " + String.join(", ", Generator.names()) + ", got '" + rngText + "'"
                    + Names.suggestion(rngText, Generator.names()));
        }
        String reseed = orDefault(d.get("reseed"), "once");
        if (!reseed.equals("once") && !reseed.equals("per-layer")) {
            problems.add(at + " <reseed>: expected once or per-layer, got '" + reseed + "'");
        }
        // Training draws W as (out, in), PyTorch's and the T1 tutorial's convention.
        Layout layout = problems.get(() -> Layout.parse(at + " <layout>", orDefault(d.get("layout"),
                kind == ExperimentType.TRAINING ? "out-in" : "in-out")));
        if (kind == ExperimentType.TRAINING && layout != null && layout != Layout.OUT_IN) {
            problems.add(at + " <layout>: training experiments draw weights as (out, in); expected out-in, got '"
                    + layout.text() + "'");
        }
        String dtype = orDefault(d.get("dtype"), "float64");
        if (!dtype.equals("float64") && !dtype.equals("float32")) {
            problems.add(at + " <dtype>: expected float64 or float32, got '" + dtype + "'");
        }
        // unset (or "library"): the layers' own default, i.e. each initializer's library rule where it carries one
        String written = d.get("bias");
        String biasText = written == null || written.equals(LIBRARY_BIAS) ? (kind == ExperimentType.TRAINING ? "zeros" : "none")
                : written;
        Initializer bias = biasText.equals("none") || biasText.equals("zeros") ? null
                : problems.get(() -> InitializerCatalog.parse(at + " <bias>", biasText));
        Integer bins = problems.get(() -> bins(at + " <bins>", orDefault(d.get("bins"), "30")));
        double[] range = d.get("range") == null ? null : problems.get(() -> range(at + " <range>", d.get("range")));
        List<Plot> plots = Plot.of(kind);
        String plotText = orDefault(d.get("plot"), plots.get(0).text());
        Plot plot = Plot.named(plotText, plots).orElse(null);
        if (plot == null) {
            problems.add(at + " <plot>: expected one of " + String.join(", ", Plot.names(plots)) + ", got '" + plotText + "'");
        }
        // the output width is what the softmax check needs: the last dense layer's in any network that trains
        int[] outputs = layers != null ? layers : architecture != null && untrainable.isEmpty()
                && architecture.layers().get(architecture.layers().size() - 1) instanceof LayerSpec.Dense last
                ? new int[] {last.n()} : null;
        TrainingSpec training = kind == ExperimentType.TRAINING && activations != null
                ? TrainingSpec.of(at, d, activations, dtype, outputs, problems) : null;
        SweepSpec sweep = kind == ExperimentType.SWEEP ? problems.get(() -> SweepSpec.of(at, d)) : null;
        GradientLoss gradientLoss = kind == ExperimentType.GRADIENTS
                ? problems.get(() -> GradientLoss.parse(at + " <loss>", orDefault(d.get("loss"), GradientLoss.HALF_SQUARED_ERROR.text())))
                : GradientLoss.HALF_SQUARED_ERROR;
        List<ExperimentDefinition.ClaimDefinition> claims = ClaimIds.assign(at, d.claims(), problems);
        if (architecture != null && !architecture.isDense() && initializers != null) {
            initializers.stream().filter(i -> i.initializer() instanceof DataDependentInitializer).findFirst()
                    .ifPresent(i -> problems.add(at + " <initializers>: '" + i.label() + "' refines dense layers on their"
                            + " input; it is not defined for " + architecture.firstNonDense()));
        }
        if (architecture != null && initializers != null) {
            BranchRules.check(at, architecture, initializers, problems);
        }
        boolean readable = id != null && !id.isEmpty() && type != null && dataset != null && runnable && activations != null
                && initializers != null && !initializers.isEmpty() && seeds != null && rng != null && plot != null && layout != null && bins != null
                && (d.get("range") == null || range != null) && (kind != ExperimentType.TRAINING || training != null)
                && (kind != ExperimentType.SWEEP || sweep != null) && gradientLoss != null
                && (bias != null || biasText.equals("none") || biasText.equals("zeros"));
        if (!readable) {
            return null;
        }
        return new ExperimentSpec(id, title, type, dataset, architecture, List.copyOf(activations), List.copyOf(initializers),
                seeds, rng, reseed.equals("per-layer"), layout, dtype.equals("float32"), bias,
                biasText.equals("zeros"), bins, range, plot, d.get("explanation"), training, sweep, gradientLoss, claims, d);
    }

    private static String id(String where, String given) {
        String id = required(where + ".id", given);
        if (!ID.matcher(id).matches()) {
            throw new ConfigException(where + ".id: expected lower-case letters, digits and '-' ([a-z0-9-]+), got '" + id + "'");
        }
        if (id.length() > MAX_ID_LENGTH) {
            throw new ConfigException(where + ".id: expected at most " + MAX_ID_LENGTH + " characters (ids name the"
                    + " experiment's files), got " + id.length() + ": '" + id.substring(0, 40) + "…'");
        }
        if (RESERVED_IDS.contains(id)) {
            throw new ConfigException(where + ".id: '" + id + "' is reserved for the report's own "
                    + id + " files; reserved: " + String.join(", ", RESERVED_IDS));
        }
        return id;
    }

    private static List<Activation> activations(String field, String text) {
        List<Activation> activations = new ArrayList<>();
        for (String a : split(required(field, text))) {
            activations.add(Activation.parse(field, a));
        }
        return activations;
    }

    /** One per {@code <initializer>}; each bad one is recorded, the others still checked; null when one is bad. */
    private static List<Labeled> initializers(String at, ExperimentDefinition d, Problems problems) {
        if (d.initializers().isEmpty()) {
            problems.add(at + " <initializers>: expected at least one <initializer>");
            return List.of();
        }
        List<Labeled> initializers = new ArrayList<>();
        boolean unreadable = false;
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < d.initializers().size(); i++) {
            String text = d.initializers().get(i);
            String field = at + " <initializers>[" + (i + 1) + "]";
            Initializer init = problems.get(() -> InitializerCatalog.parse(field, text));
            // two runs under one label would make claims and compare pick one of them silently
            Integer first = seen.putIfAbsent(text.replaceAll("\\s", ""), i + 1);
            String given = d.name(i);
            String name = problems.get(() -> RunNames.name(field, given));
            if (first != null) {
                problems.add(field + ": '" + text.strip() + "' is the same initializer as <initializers>[" + first
                        + "]; list each once");
            } else if (init != null && (name != null || given == null)) {
                initializers.add(new Labeled(text.strip(), init, name));
            } else {
                unreadable = true;
            }
        }
        if (!unreadable) {
            RunNames.checkDistinct(at, initializers, problems);
        }
        return unreadable ? null : initializers;
    }

    private static int bins(String field, String text) {
        long bins = integer(field, text);
        if (bins <= 0 || bins > 10_000) { // checked before the cast: 4294967297 is not 1 bin
            throw new ConfigException(field + ": expected a positive integer up to 10000, got " + bins);
        }
        return (int) bins;
    }

    /**
     * This experiment's settings applied to one network of {@code layers}, measured as {@code type}:
     * how a sweep runs each point of its grid with exactly the code (and seeds) of that experiment type.
     */
    public ExperimentSpec network(ExperimentType type, int[] layers) {
        return new ExperimentSpec(id, title, type, dataset, Network.dense(layers), activations, initializers, seeds, rng,
                reseedPerLayer, layout, float32, bias, zeroBias, bins, range, plot, explanation, null, null, gradientLoss, claims,
                definition);
    }

    /**
     * Each layer's width, for the code paths that build dense networks only (dense training, gradients,
     * sweeps, the mean field); empty for a sweep.
     *
     * @throws IllegalStateException for a network with other layers, which activations and training experiments run
     */
    public int[] layers() {
        return architecture.widths();
    }

    /**
     * The first seed: the one the experiment's charts show, and the only one of a single-seed
     * experiment.
     */
    public long seed() {
        return seeds.get(0);
    }

    /**
     * This experiment run with {@code seed} alone: what the runner executes for each of the seeds,
     * so a multi-seed experiment's run with seed k is the single-seed experiment with seed k.
     */
    public ExperimentSpec withSeed(long seed) {
        return new ExperimentSpec(id, title, type, dataset, architecture, activations, initializers, List.of(seed), rng,
                reseedPerLayer, layout, float32, bias, zeroBias, bins, range, plot, explanation, training, sweep, gradientLoss,
                claims, definition);
    }

    /** Number of runs: initializers × activations × seeds. */
    public int runCount() {
        return initializers.size() * activations.size() * seeds.size();
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

    /** A plain comma list of widths as it always was; anything else as layer specs ({@link Network#parse}). */
    private static Network architecture(String field, String value) {
        return Network.isSpecList(value) ? Network.parse(field, value) : Network.dense(layers(field, value));
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
