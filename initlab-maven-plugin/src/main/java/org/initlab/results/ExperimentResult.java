package org.initlab.results;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Every run of one experiment, in configuration order (initializers outer, activations, seeds inner), and its checked claims.
 *
 * @param configuration everything the experiment was configured with (null only in results built by hand)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "type", "title", "dataset", "seed", "configuration", "runs", "summaries", "claims"})
@JsonIgnoreProperties(value = "summaries", allowGetters = true) // derived from the runs: written, never read back
public record ExperimentResult(String id, String type, String title, String dataset, long seed,
                               ExperimentConfiguration configuration, List<RunResult> runs, List<ClaimResult> claims) {

    public ExperimentResult {
        runs = List.copyOf(runs);
        claims = List.copyOf(claims);
    }

    /** A result without its configuration. */
    public ExperimentResult(String id, String type, String title, String dataset, long seed, List<RunResult> runs,
                            List<ClaimResult> claims) {
        this(id, type, title, dataset, seed, null, runs, claims);
    }

    public ExperimentResult withClaims(List<ClaimResult> checked) {
        return new ExperimentResult(id, type, title, dataset, seed, configuration, runs, checked);
    }

    public ExperimentResult withConfiguration(ExperimentConfiguration recorded) {
        return new ExperimentResult(id, type, title, dataset, seed, recorded, runs, claims);
    }

    /**
     * With several seeds, every figure over them per initializer × activation ({@link SeedSummaries});
     * null (absent from results.json) for one seed. Computed from the runs, so it cannot disagree with them.
     */
    @JsonProperty("summaries")
    public List<GroupSummary> summaries() {
        return SeedSummaries.of(this);
    }

    /** The seeds its runs ran with, in run order (the experiment's {@code <seeds>} order); {@code seed} when it has no runs. */
    public List<Long> seeds() {
        List<Long> seeds = runs.stream().map(RunResult::seed).distinct().toList();
        return seeds.isEmpty() ? List.of(seed) : seeds;
    }

    /** The same experiment with only {@code seed}'s runs, claims kept (checked on every seed): what a page charts. */
    public ExperimentResult onlySeed(long only) {
        return new ExperimentResult(id, type, title, dataset, only, configuration,
                runs.stream().filter(r -> r.seed() == only).toList(), claims);
    }
}
