package org.initlab.data;

import java.util.List;
import java.util.Optional;
import org.initlab.numeric.Matrix;
import org.initlab.random.NumpyRandom;
import org.initlab.settings.ConfigException;
import org.initlab.settings.Spec;

/**
 * A test set held out of the training set: {@code <testDataset>split(fraction=0.2, seed=7)</testDataset>}.
 * With n rows, the permutation is numpy's {@code np.random.RandomState(seed).permutation(n)}; its first
 * {@code k = floor(fraction·n + 0.5)} entries (fraction·n rounded half up, in double precision) are the
 * test rows and the other n − k the training rows, each in the permutation's order. In numpy:
 * <pre>{@code
 * p = np.random.RandomState(seed).permutation(n); k = int(np.floor(fraction * n + 0.5))
 * X_test, y_test, X_train, y_train = X[p[:k]], y[p[:k]], X[p[k:]], y[p[k:]]
 * }</pre>
 *
 * @param fraction of the rows held out, strictly between 0 and 1
 * @param seed     of the permutation's generator, 0 … 2³²−1
 */
public record Split(double fraction, long seed) {
    public static final String NAME = "split";
    static final List<String> KEYS = List.of("fraction", "seed");

    /** How many rows each side gets. */
    public record Sizes(int test, int train) {
    }

    /** The rows of each side, by index into the training set as loaded. */
    public record Indices(int[] test, int[] train) {
    }

    /** The two data sets a split makes. */
    public record Parts(Dataset train, Dataset test) {
    }

    /** The split {@code text} describes, or empty when it names a data set of its own; a bad split fails naming {@code field}. */
    public static Optional<Split> of(String field, String text) {
        Spec spec = Spec.parse(field, text);
        if (!spec.name().equals(NAME) || spec.dialect() != null) {
            return Optional.empty();
        }
        spec.requireKeysWithin(KEYS);
        if (!spec.args().containsKey("fraction")) {
            throw new ConfigException(field + ": 'split' needs the key 'fraction', the share of the training set's rows"
                    + " held out for testing, between 0 and 1 (e.g. split(fraction=0.2, seed=0))");
        }
        double fraction = spec.number("fraction", 0);
        if (!(fraction > 0 && fraction < 1)) {
            throw new ConfigException(field + ": 'split' key 'fraction' must be a number strictly between 0 and 1, got '"
                    + spec.args().get("fraction") + "'");
        }
        long seed = spec.integer("seed", 0);
        if (seed < 0 || seed > 0xffffffffL) {
            throw new ConfigException(field + ": 'split' key 'seed' must be between 0 and 4294967295, got " + seed);
        }
        return Optional.of(new Split(fraction, seed));
    }

    /** k = floor(fraction·n + 0.5) test rows and n − k training rows; fails naming {@code field} when a side is empty. */
    public Sizes sizes(String field, String dataset, int rows) {
        int test = (int) Math.floor(fraction * rows + 0.5);
        if (test < 1 || rows - test < 1) {
            throw new ConfigException(field + ": split(fraction=" + fraction + ") of the " + rows + " rows of '" + dataset
                    + "' leaves " + test + " test and " + (rows - test) + " training rows; expected at least one row on each side");
        }
        return new Sizes(test, rows - test);
    }

    /** The permutation's first k entries and the rest. */
    public Indices indices(String field, String dataset, int rows) {
        Sizes sizes = sizes(field, dataset, rows);
        int[] permutation = new NumpyRandom(seed).permutation(rows);
        return new Indices(java.util.Arrays.copyOfRange(permutation, 0, sizes.test()),
                java.util.Arrays.copyOfRange(permutation, sizes.test(), rows));
    }

    /** Splits {@code data}, which must have targets (the test accuracy needs them). */
    public Parts apply(String field, Dataset data) {
        if (data.targets() == null) {
            throw new ConfigException(field + ": a split's test accuracy needs targets, but '" + data.spec() + "' has none");
        }
        Indices rows = indices(field, data.spec(), data.inputs().rows());
        return new Parts(rows(data, rows.train(), "train"), rows(data, rows.test(), "test"));
    }

    private Dataset rows(Dataset data, int[] rows, String side) {
        Matrix x = data.inputs();
        double[] values = new double[rows.length * x.cols()];
        double[] targets = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(x.data(), rows[r] * x.cols(), values, r * x.cols(), x.cols());
            targets[r] = data.targets()[rows[r]];
        }
        // the training part keeps the spec as written (results name it); the test part says where it came from
        String spec = side.equals("train") ? data.spec() : "split(fraction=" + fraction + ", seed=" + seed + ") of " + data.spec();
        return new Dataset(spec, new Matrix(rows.length, x.cols(), values), targets, data.inputNames(), data.targetName());
    }
}
