package org.initlab.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.initlab.init.Initializer;
import org.initlab.init.InitializerCatalog;
import org.initlab.init.Layout;
import org.initlab.nn.Activation;
import org.initlab.random.RandomSource;

/**
 * A validated experiment: everything needed to run it, nothing left as text to interpret.
 *
 * @param dataset      the data set spec, loaded by the runner
 * @param layers       output size of each layer, in order
 * @param initializers one per run row, each keeping the label the user wrote
 * @param range        histogram range {@code [low, high]}, or null to take it from the data
 * @param explanation  markdown path as configured, or null for the built-in explanation
 */
public record ExperimentSpec(String id, String title, ExperimentType type, String dataset, int[] layers,
                             List<Activation> activations, List<Labeled> initializers, long seed, String rng,
                             boolean reseedPerLayer, Layout layout, boolean float32, Initializer bias,
                             boolean zeroBias, int bins, double[] range, String explanation) {

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
        String title = d.title() == null || d.title().isBlank() ? id : d.title().strip();
        ExperimentType type = ExperimentType.parse(at + " <type>", orDefault(d.type(), "activations"));
        if (type != ExperimentType.ACTIVATIONS) {
            throw new ConfigException(at + " <type>: '" + type.text() + "' experiments are not available in this version yet;"
                    + " available: activations");
        }
        String dataset = required(at + " <dataset>", d.dataset());
        int[] layers = layers(at + " <layers>", required(at + " <layers>", d.layers()));
        List<Activation> activations = new ArrayList<>();
        for (String a : split(required(at + " <activation>", d.activation()))) {
            activations.add(Activation.parse(at + " <activation>", a));
        }
        if (d.initializers().isEmpty()) {
            throw new ConfigException(at + " <initializers>: expected at least one <initializer>");
        }
        List<Labeled> initializers = new ArrayList<>();
        for (int i = 0; i < d.initializers().size(); i++) {
            String text = d.initializers().get(i);
            Initializer init = InitializerCatalog.parse(at + " <initializers>[" + (i + 1) + "]", text);
            initializers.add(new Labeled(text.strip(), init));
        }
        long seed = integer(at + " <seed>", orDefault(d.seed(), "0"));
        if (seed < 0 || seed > 0xffffffffL) {
            throw new ConfigException(at + " <seed>: expected an integer between 0 and 4294967295, got " + seed);
        }
        String rng = orDefault(d.rng(), "numpy");
        if (!RandomSource.NAMES.contains(rng)) {
            throw new ConfigException(at + " <rng>: expected one of " + String.join(", ", RandomSource.NAMES) + ", got '" + rng + "'");
        }
        String reseed = orDefault(d.reseed(), "once");
        if (!reseed.equals("once") && !reseed.equals("per-layer")) {
            throw new ConfigException(at + " <reseed>: expected once or per-layer, got '" + reseed + "'");
        }
        Layout layout = Layout.parse(at + " <layout>", orDefault(d.layout(), "in-out"));
        String dtype = orDefault(d.dtype(), "float64");
        if (!dtype.equals("float64") && !dtype.equals("float32")) {
            throw new ConfigException(at + " <dtype>: expected float64 or float32, got '" + dtype + "'");
        }
        String biasText = orDefault(d.bias(), "none");
        Initializer bias = biasText.equals("none") || biasText.equals("zeros") ? null
                : InitializerCatalog.parse(at + " <bias>", biasText);
        int bins = (int) integer(at + " <bins>", orDefault(d.bins(), "30"));
        if (bins <= 0 || bins > 10_000) {
            throw new ConfigException(at + " <bins>: expected a positive integer up to 10000, got " + bins);
        }
        double[] range = d.range() == null || d.range().isBlank() ? null : range(at + " <range>", d.range());
        return new ExperimentSpec(id, title, type, dataset, layers, List.copyOf(activations), List.copyOf(initializers),
                seed, rng, reseed.equals("per-layer"), layout, dtype.equals("float32"), bias,
                biasText.equals("zeros"), bins, range, d.explanation());
    }

    /** Number of runs: initializers × activations. */
    public int runCount() {
        return initializers.size() * activations.size();
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ConfigException(field + ": is required but missing");
        }
        return value.strip();
    }

    private static String orDefault(String value, String fallback) {
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

    private static long integer(String field, String value) {
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
