package org.initlab.experiment;

import java.util.function.Supplier;

/**
 * Where a run says how far it has got (a sweep, per depth reached): only once the run has taken
 * {@code slowMillis}, so quick runs stay silent as the runner's own announcements do.
 *
 * @param listener takes lines already naming the experiment, from any thread
 */
record RunProgress(ProgressListener listener, long slowMillis) {
    static final RunProgress SILENT = new RunProgress(ProgressListener.SILENT, Long.MAX_VALUE);

    /** {@code message} with the milliseconds since {@code startNanos} appended, if the run has been slow so far. */
    void since(long startNanos, Supplier<String> message) {
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        if (millis >= slowMillis) {
            listener.info(message.get() + " in " + millis + " ms");
        }
    }
}
