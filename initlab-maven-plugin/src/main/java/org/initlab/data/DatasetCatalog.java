package org.initlab.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.initlab.settings.ConfigException;
import org.initlab.settings.Limits;
import org.initlab.settings.Names;
import org.initlab.settings.Spec;
import org.initlab.numeric.Matrix;
import org.initlab.numeric.SampleShape;
import org.initlab.random.NumpyRandom;

/**
 * Every data set initlab can load, by spec name. Synthetic ones ({@code gaussian}) need only their
 * spec; file-based ones ({@code abalone}, {@code mnist}, {@code csv}) also need a {@link DatasetContext}:
 * the verified download cache, whether the build is offline, and the project's base directory.
 */
public final class DatasetCatalog {
    /**
     * @param shape checks every key a load would, without reading or generating data, and tells the
     *              plan what the data set will look like
     */
    private record Entry(List<String> keys, BiFunction<Spec, DatasetContext, Dataset> factory,
                         BiFunction<Spec, DatasetContext, DatasetShape> shape) {
    }

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    static {
        ENTRIES.put("gaussian", new Entry(List.of("rows", "cols", "channels", "height", "width", "seed", "mean", "std"),
                (s, c) -> gaussian(s), (s, c) -> DatasetShape.of(checkGaussian(s), false, positive(s, "rows"))));
        ENTRIES.put("circles", new Entry(List.of("samples", "noise", "factor", "seed"), (s, c) -> circles(s),
                (s, c) -> {
                    checkCircles(s);
                    return DatasetShape.of(2, true, positive(s, "samples"));
                }));
        ENTRIES.put("abalone", new Entry(Abalone.KEYS, Abalone::load, (s, c) -> Abalone.shape(s)));
        ENTRIES.put("mnist", new Entry(Mnist.KEYS, Mnist::load, (s, c) -> Mnist.shape(s)));
        ENTRIES.put("csv", new Entry(CsvDataset.KEYS, CsvDataset::load, CsvDataset::shape));
    }

    private DatasetCatalog() {
    }

    /** {@link #load(String, String, DatasetContext)} with {@link DatasetContext#defaults()}. */
    public static Dataset load(String field, String text) {
        return load(field, text, DatasetContext.defaults());
    }

    /**
     * The data set {@code text} describes, e.g. {@code mnist(split=test, limit=1000)}.
     *
     * @param field   where the spec came from, named in every error
     * @throws org.initlab.settings.ConfigException an unknown name or key, a bad value, or (as
     *         {@link DatasetException}) a data file that is missing, corrupt or malformed
     */
    public static Dataset load(String field, String text, DatasetContext context) {
        Spec spec = Spec.parse(field, text);
        return entry(spec).factory().apply(spec, context);
    }

    /**
     * Checks {@code text} as {@link #load} would, but reads and generates nothing: the plan calls it
     * for every data set before any experiment runs, so a typo or a missing CSV file fails in milliseconds.
     */
    public static DatasetShape check(String field, String text, DatasetContext context) {
        Spec spec = Spec.parse(field, text);
        return entry(spec).shape().apply(spec, context);
    }

    private static Entry entry(Spec spec) {
        if (spec.dialect() != null) { // only initializers have dialects; 'x:gaussian' must not load gaussian
            throw new ConfigException(spec.field() + ": '" + spec.text() + "': a data set has no dialect prefix, write '"
                    + spec.text().substring(spec.text().indexOf(':') + 1).strip() + "'");
        }
        Entry entry = ENTRIES.get(spec.name());
        if (entry == null && spec.name().equals(Split.NAME)) {
            throw new ConfigException(spec.field() + ": '" + spec.text() + "' holds out part of the training set, so it"
                    + " is a <testDataset> only; expected a data set here (valid: " + String.join(", ", ENTRIES.keySet()) + ")");
        }
        if (entry == null) {
            throw new ConfigException(spec.field() + ": unknown data set '" + spec.name() + "'"
                    + Names.suggestion(spec.name(), ENTRIES.keySet()) + "; valid: " + String.join(", ", ENTRIES.keySet()));
        }
        spec.requireKeysWithin(entry.keys());
        return entry;
    }

    /**
     * {@code np.random.seed(seed); mean + std * randn(rows, cols)}, or with channels, height and width
     * {@code randn(rows, channels, height, width)}: the same draws, each row one image in row-major order.
     */
    private static Dataset gaussian(Spec s) {
        SampleShape sample = checkGaussian(s);
        int rows = positive(s, "rows");
        int cols = (int) sample.size();
        long seed = s.requiredInteger("seed");
        double mean = s.number("mean", 0);
        double std = s.number("std", 1);
        NumpyRandom rng = new NumpyRandom(seed);
        double[] x = new double[rows * cols]; // within Limits: checkGaussian checked the product
        for (int i = 0; i < x.length; i++) {
            x[i] = mean + std * rng.gauss();
        }
        return new Dataset(s.text(), new Matrix(rows, cols, x), null, List.of(), null, sample);
    }

    /** Every key of a {@code gaussian} spec; returns what one row is. */
    private static SampleShape checkGaussian(Spec s) {
        int rows = positive(s, "rows");
        SampleShape sample = gaussianSample(s);
        long cols = sample.size();
        seed(s);
        double mean = s.number("mean", 0);
        double std = s.number("std", 1);
        if (!Double.isFinite(mean)) { // a NaN or infinite data set measures nothing (reliability F14 n11/n12)
            throw new ConfigException(s.field() + ": 'gaussian' key 'mean' must be a finite number, got '" + s.args().get("mean") + "'");
        }
        if (!(std >= 0) || Double.isInfinite(std)) {
            throw new ConfigException(s.field() + ": 'gaussian' key 'std' must be a finite number >= 0, got '" + s.args().get("std") + "'");
        }
        Limits.values(s.field(), "'gaussian'", rows, cols);
        return sample;
    }

    /** {@code cols} for flat rows, or {@code channels, height, width} all three for images; not both. */
    private static SampleShape gaussianSample(Spec s) {
        List<String> image = List.of("channels", "height", "width");
        List<String> given = image.stream().filter(s.args()::containsKey).toList();
        if (given.isEmpty()) {
            if (!s.args().containsKey("cols")) {
                throw new ConfigException(s.field() + ": 'gaussian' needs the key 'cols' (flat rows), or 'channels',"
                        + " 'height' and 'width' (images)");
            }
            return SampleShape.flat(positive(s, "cols"));
        }
        if (s.args().containsKey("cols")) {
            throw new ConfigException(s.field() + ": 'gaussian' takes either 'cols' (flat rows) or 'channels', 'height'"
                    + " and 'width' (images), not both");
        }
        if (given.size() < image.size()) {
            throw new ConfigException(s.field() + ": 'gaussian' images need all of 'channels', 'height' and 'width';"
                    + " missing: " + String.join(", ", image.stream().filter(k -> !given.contains(k)).toList()));
        }
        int channels = positive(s, "channels");
        int height = positive(s, "height");
        int width = positive(s, "width");
        return SampleShape.image(channels, height, width);
    }

    /** {@code np.random.seed(seed); sklearn.datasets.make_circles(samples, noise=noise, factor=factor)}. */
    private static Dataset circles(Spec s) {
        checkCircles(s);
        int samples = positive(s, "samples");
        double noise = s.number("noise", 0);
        double factor = s.number("factor", 0.8);
        long seed = seed(s);
        Dataset d = Circles.generate(samples, noise, factor, seed);
        return new Dataset(s.text(), d.inputs(), d.targets());
    }

    private static void checkCircles(Spec s) {
        Limits.values(s.field(), "'circles'", positive(s, "samples"), 2);
        if (!s.args().containsKey("noise")) {
            throw new ConfigException(s.field() + ": 'circles' needs the key 'noise' (0 for points exactly on the circles)");
        }
        double noise = s.number("noise", 0);
        double factor = s.number("factor", 0.8);
        seed(s);
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new ConfigException(s.field() + ": 'circles' key 'noise' must be a finite number >= 0, got " + noise);
        }
        if (!(factor >= 0 && factor < 1)) {
            throw new ConfigException(s.field() + ": 'circles' key 'factor' must be in [0, 1), got " + factor);
        }
    }

    private static long seed(Spec s) {
        long seed = s.requiredInteger("seed");
        if (seed < 0 || seed > 0xffffffffL) {
            throw new ConfigException(s.field() + ": '" + s.name() + "' key 'seed' must be between 0 and 4294967295, got " + seed);
        }
        return seed;
    }

    private static int positive(Spec s, String key) {
        long v = s.requiredInteger(key);
        if (v <= 0 || v > 100_000_000) {
            throw new ConfigException(s.field() + ": '" + s.name() + "' key '" + key + "' must be a positive integer, got " + v);
        }
        return (int) v;
    }
}
