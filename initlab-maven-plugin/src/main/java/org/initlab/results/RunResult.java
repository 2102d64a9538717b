package org.initlab.results;

import java.util.List;

/**
 * One initializer × one activation.
 *
 * @param millis wall time of the run; with {@code generated}, the only value that differs between
 *               two builds of the same commit
 */
public record RunResult(String initializer, String activation, long millis, List<LayerResult> layers) {

    public RunResult {
        layers = List.copyOf(layers);
    }
}
