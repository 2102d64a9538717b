package org.initlab.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.initlab.config.ConfigException;
import org.initlab.config.Names;
import org.initlab.config.Spec;
import org.initlab.nn.Matrix;
import org.initlab.random.NumpyRandom;

/** Every data set initlab can load, by spec name. */
public final class DatasetCatalog {
    private record Entry(List<String> keys, Function<Spec, Dataset> factory) {
    }

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    static {
        ENTRIES.put("gaussian", new Entry(List.of("rows", "cols", "seed", "mean", "std"), DatasetCatalog::gaussian));
    }

    private DatasetCatalog() {
    }

    public static Dataset load(String field, String text) {
        Spec spec = Spec.parse(field, text);
        Entry entry = ENTRIES.get(spec.name());
        if (entry == null) {
            throw new ConfigException(field + ": unknown data set '" + spec.name() + "'"
                    + Names.suggestion(spec.name(), ENTRIES.keySet()) + "; valid: " + String.join(", ", ENTRIES.keySet()));
        }
        spec.requireKeysWithin(entry.keys());
        return entry.factory().apply(spec);
    }

    /** {@code np.random.seed(seed); mean + std * randn(rows, cols)}. */
    private static Dataset gaussian(Spec s) {
        int rows = positive(s, "rows");
        int cols = positive(s, "cols");
        long seed = s.requiredInteger("seed");
        double mean = s.number("mean", 0);
        double std = s.number("std", 1);
        if (seed < 0 || seed > 0xffffffffL) {
            throw new ConfigException(s.field() + ": 'gaussian' key 'seed' must be between 0 and 4294967295, got " + seed);
        }
        NumpyRandom rng = new NumpyRandom(seed);
        double[] x = new double[rows * cols];
        for (int i = 0; i < x.length; i++) {
            x[i] = mean + std * rng.gauss();
        }
        return new Dataset(s.text(), new Matrix(rows, cols, x), null);
    }

    private static int positive(Spec s, String key) {
        long v = s.requiredInteger(key);
        if (v <= 0 || v > 100_000_000) {
            throw new ConfigException(s.field() + ": '" + s.name() + "' key '" + key + "' must be a positive integer, got " + v);
        }
        return (int) v;
    }
}
