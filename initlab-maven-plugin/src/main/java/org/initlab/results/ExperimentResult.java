package org.initlab.results;

import java.util.List;

/** Every run of one experiment, in configuration order (initializers outer, activations inner). */
public record ExperimentResult(String id, String type, String title, String dataset, long seed, List<RunResult> runs) {

    public ExperimentResult {
        runs = List.copyOf(runs);
    }
}
