package org.initlab.settings;

import java.util.Locale;

/**
 * The sizes initlab accepts, checked before anything is allocated, so that a huge setting fails
 * naming itself instead of ending in {@code OutOfMemoryError} or an overflowed {@code int}
 * (reliability review F11). Products are computed with {@link Math#multiplyExact(long, long)}.
 *
 * <p>Two bounds: an arithmetic one, {@link #MAX_ARRAY_VALUES} values per matrix (what one Java
 * array can hold), and a memory one, the heap this JVM may grow to ({@link Runtime#maxMemory()},
 * {@code -Xmx}). The memory bound is the JVM's own rather than a fixed number because that is
 * what decides whether the allocation succeeds: a fixed bound would either refuse networks a big
 * build machine runs well or let a small one run out of memory. The estimate counts the matrices
 * one run must hold (weights, data), as a lower bound; runs that execute at once
 * ({@code threads}) each hold their own.
 */
public final class Limits {
    /** Values in one matrix: the largest Java array the JVM allocates (a few below {@code Integer.MAX_VALUE}). */
    public static final long MAX_ARRAY_VALUES = Integer.MAX_VALUE - 8;
    /** Costs recorded per training run: each is a point of the cost chart and of results.json. */
    public static final long MAX_RECORDED_COSTS = 100_000;
    /**
     * Bytes read from a weight file ({@code pretrained(path=…)}): 32 million float64 values, far
     * beyond any layer initlab runs in reasonable time, and a bounded read of a file that never
     * ends ({@code /dev/zero}).
     */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;
    private static final long BYTES_PER_VALUE = Double.BYTES;

    private Limits() {
    }

    /** The heap the estimates are checked against. */
    public static long memoryBudget() {
        return Runtime.getRuntime().maxMemory();
    }

    /**
     * The weight matrices between consecutive {@code layers}: each within one array, and all of
     * them within the heap.
     */
    public static void layers(String field, int[] layers) {
        long total = 0;
        for (int i = 1; i < layers.length; i++) {
            long weights = product(field, layers[i - 1], layers[i]);
            if (weights > MAX_ARRAY_VALUES) {
                throw new ConfigException(field + ": layers " + i + " → " + (i + 1) + " (" + layers[i - 1] + " × "
                        + layers[i] + ") have " + weights + " weights, " + bytes(weights) + "; one weight matrix holds at"
                        + " most " + MAX_ARRAY_VALUES + " values");
            }
            total = Math.addExact(total, weights);
        }
        memory(field, "the weights between the layers", total);
    }

    /**
     * The largest network of a sweep: {@code depth} layers of {@code width} units. A backward pass
     * ({@code everyLayerHeld}) holds all its weights; a forward sweep draws, uses and drops one layer
     * at a time, so one hidden-to-hidden matrix is what must fit.
     */
    public static void sweep(String field, int maxDepth, int[] widths, boolean everyLayerHeld) {
        for (int width : widths) {
            int[] layers = new int[everyLayerHeld ? maxDepth : Math.min(2, maxDepth)];
            java.util.Arrays.fill(layers, width);
            layers(field + " (depth " + maxDepth + " × width " + width + ")", layers);
        }
    }

    /**
     * A matrix of {@code rows × cols} values (a data set, a weight file) about to be read into one
     * array: within the array and the heap. Returns the count.
     *
     * @param what names the matrix in the message, e.g. {@code 'gaussian'}
     */
    public static int values(String field, String what, long rows, long cols) {
        long values = product(field, rows, cols);
        if (values > MAX_ARRAY_VALUES) {
            throw new ConfigException(field + ": " + what + " of " + rows + " rows × " + cols + " cols has " + values
                    + " values; one matrix holds at most " + MAX_ARRAY_VALUES);
        }
        memory(field, what + " (" + rows + " × " + cols + ")", values);
        return (int) values;
    }

    /** One matrix about to be allocated; the last guard where no setting is at hand (e.g. the input layer). */
    public static int matrix(String what, int rows, int cols) {
        long values = (long) rows * cols; // two ints cannot overflow a long
        if (values > MAX_ARRAY_VALUES) {
            throw new ConfigException(what + ": a " + rows + " × " + cols + " matrix has " + values + " values, "
                    + bytes(values) + "; one matrix holds at most " + MAX_ARRAY_VALUES);
        }
        return (int) values;
    }

    /** The cost points a full-batch training records: one before every {@code recordEvery}-th of {@code iterations} steps. */
    public static void recordedCosts(String field, long iterations, long recordEvery) {
        long points = iterations / recordEvery + 1;
        if (points > MAX_RECORDED_COSTS) {
            throw new ConfigException(field + ": " + iterations + " iterations recorded every " + recordEvery + " give "
                    + points + " cost points; at most " + MAX_RECORDED_COSTS + " are recorded per run, so set"
                    + " <recordEvery> to at least " + ceilDiv(iterations, MAX_RECORDED_COSTS - 1));
        }
    }

    private static long product(String field, long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            throw new ConfigException(field + ": " + a + " × " + b + " values is beyond any memory");
        }
    }

    private static void memory(String field, String what, long values) {
        long needed = values > Long.MAX_VALUE / BYTES_PER_VALUE ? Long.MAX_VALUE : values * BYTES_PER_VALUE;
        long budget = memoryBudget();
        if (needed > budget) {
            throw new ConfigException(field + ": " + what + " need " + gigabytes(needed) + " (" + values
                    + " values of 8 bytes), more than the " + gigabytes(budget) + " this JVM may use (-Xmx, MAVEN_OPTS)");
        }
    }

    private static String bytes(long values) {
        return "needing " + gigabytes(values > Long.MAX_VALUE / BYTES_PER_VALUE ? Long.MAX_VALUE : values * BYTES_PER_VALUE);
    }

    /** Decimal units, as disk and RAM sizes are usually quoted: 8·10¹⁰ bytes is "80 GB". */
    static String gigabytes(long bytes) {
        double gb = bytes / 1e9;
        return gb >= 10 ? String.format(Locale.ROOT, "%.0f GB", gb) : String.format(Locale.ROOT, "%.1f GB", gb);
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
