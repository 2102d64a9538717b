package org.initlab.nn;

import org.initlab.settings.ConfigException;

/**
 * Which rows each optimizer step sees, and how many steps there are. The tutorials use both:
 * T1 trains its 300 circles full-batch (every step sees every row, no randomness at all), T4
 * trains MNIST in minibatches (one step per 100 rows, the rows shuffled every epoch) because a
 * full-batch step over 60 000 images would be slow and learn no faster per unit of work.
 */
public sealed interface Schedule permits Schedule.FullBatch, Schedule.Minibatch {

    /** Full-batch gradient descent: {@code iterations} steps, each over the whole training set. */
    static Schedule fullBatch(int iterations) {
        return new FullBatch(iterations);
    }

    /** {@code epochs} passes over the shuffled training set, one step per {@code batchSize} rows. */
    static Schedule minibatch(int epochs, int batchSize) {
        return new Minibatch(epochs, batchSize);
    }

    /**
     * The schedule from the three optional training settings of an experiment ({@code null} =
     * not given): either {@code iterations}, or {@code epochs} together with {@code batchSize}.
     *
     * @throws ConfigException naming the settings when they are mixed, incomplete or out of range
     */
    static Schedule of(Integer iterations, Integer epochs, Integer batchSize) {
        boolean minibatch = epochs != null || batchSize != null;
        if (iterations != null && minibatch) {
            throw new ConfigException("iterations (full batch) and epochs/batchSize (minibatch) are mutually exclusive;"
                    + " give either iterations, or epochs and batchSize");
        }
        if (iterations != null) {
            return fullBatch(iterations);
        }
        if (!minibatch) {
            throw new ConfigException("training needs either iterations (full batch) or epochs and batchSize (minibatch)");
        }
        if (epochs == null) {
            throw new ConfigException("batchSize " + batchSize + " needs epochs (how many passes over the training set)");
        }
        if (batchSize == null) {
            throw new ConfigException("epochs " + epochs + " needs batchSize (rows per optimizer step)");
        }
        return minibatch(epochs, batchSize);
    }

    /** Optimizer steps over a training set of {@code rows} rows. */
    long steps(int rows);

    /** The settings as a user writes them, e.g. {@code epochs=1, batchSize=100}. */
    String text();

    /** @param iterations full-batch steps, at least 0 */
    record FullBatch(int iterations) implements Schedule {
        public FullBatch {
            if (iterations < 0) {
                throw new ConfigException("iterations must be >= 0, got " + iterations);
            }
        }

        @Override
        public long steps(int rows) {
            return iterations;
        }

        @Override
        public String text() {
            return "iterations=" + iterations;
        }
    }

    /**
     * @param epochs    passes over the training set, at least 0
     * @param batchSize rows per step, at least 1; the last batch of an epoch takes what is left
     *                  (fewer rows), and a batch larger than the training set is the whole set
     */
    record Minibatch(int epochs, int batchSize) implements Schedule {
        public Minibatch {
            if (epochs < 0) {
                throw new ConfigException("epochs must be >= 0, got " + epochs);
            }
            if (batchSize < 1) {
                throw new ConfigException("batchSize must be >= 1, got " + batchSize);
            }
        }

        /** Batches in one epoch over {@code rows} rows: ⌈rows / batchSize⌉. */
        public int batches(int rows) {
            return (int) ((rows + (long) batchSize - 1) / batchSize);
        }

        @Override
        public long steps(int rows) {
            return (long) epochs * batches(rows);
        }

        @Override
        public String text() {
            return "epochs=" + epochs + ", batchSize=" + batchSize;
        }
    }
}
