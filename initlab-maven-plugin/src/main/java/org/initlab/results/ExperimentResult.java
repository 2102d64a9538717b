package org.initlab.results;

import java.util.List;

/** Every run of one experiment, in configuration order (initializers outer, activations inner), and its checked claims. */
public record ExperimentResult(String id, String type, String title, String dataset, long seed, List<RunResult> runs,
                               List<ClaimResult> claims) {

    public ExperimentResult {
        runs = List.copyOf(runs);
        claims = List.copyOf(claims);
    }

    public ExperimentResult withClaims(List<ClaimResult> checked) {
        return new ExperimentResult(id, type, title, dataset, seed, runs, checked);
    }
}
