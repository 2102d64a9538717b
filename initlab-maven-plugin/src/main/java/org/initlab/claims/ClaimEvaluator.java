package org.initlab.claims;

import java.util.ArrayList;
import java.util.List;
import org.initlab.config.ExperimentDefinition.ClaimDefinition;
import org.initlab.results.ClaimResult;
import org.initlab.results.ExperimentResult;
import org.initlab.results.RunResult;

/**
 * Evaluates a parsed {@link Claim} against one experiment's results, on each seed the experiment
 * ran. The recorded value is the left-hand side on the first seed — the seed the page charts — so a
 * reader sees a measured number beside the statement; how often the statement holds over the seeds
 * is its {@code fraction}. A claim that aggregates ({@code median(…)}, {@code mean(…)}, {@code low(…)},
 * {@code high(…)}) is one verdict over all seeds: its value is the aggregate's, its {@code fraction} 1 or 0.
 */
public final class ClaimEvaluator {
    private ClaimEvaluator() {
    }

    /**
     * @param text     the claim's prose, shown in the report (the expression when null or blank)
     * @param expected what the suite asserts; on one seed {@code passed} is {@code holds == expected}
     * @throws ClaimException when the claim names a run, layer or value the result does not have
     */
    public static ClaimResult evaluate(Claim claim, String text, boolean expected, ExperimentResult result) {
        return evaluate(claim, null, text, expected, result);
    }

    /** As {@link #evaluate(Claim, String, boolean, ExperimentResult)}, recording the claim's {@code id}; every seed must agree. */
    public static ClaimResult evaluate(Claim claim, String id, String text, boolean expected, ExperimentResult result) {
        return evaluate(claim, id, text, expected, ClaimDefinition.ALL_SEEDS, result);
    }

    /**
     * As {@link #evaluate(Claim, String, String, boolean, ExperimentResult)}, passing when the claim
     * holds in at least {@code minFraction} of the seeds ({@code expected}) or fails in at least
     * that fraction (not {@code expected}).
     */
    public static ClaimResult evaluate(Claim claim, String id, String text, boolean expected, double minFraction,
                                       ExperimentResult result) {
        List<Long> seeds = result.runs().stream().map(RunResult::seed).distinct().toList();
        if (seeds.isEmpty()) {
            seeds = List.of(result.seed()); // no runs: the reader names what is missing
        }
        List<MetricReader> readers = new ArrayList<>();
        for (long seed : seeds) {
            readers.add(new MetricReader(result, claim, seed));
        }
        int n = seeds.size();
        double firstValue = Double.NaN;
        boolean firstHolds = false;
        int holding = 0;
        // a claim over seeds is one verdict over all of them: evaluated once, it holds in every seed or in none
        int evaluations = claim.overSeeds() ? 1 : n;
        for (int i = 0; i < evaluations; i++) {
            SeedReader reader = new SeedReader(readers.get(i), readers);
            double left = claim.left().value(reader);
            double right = claim.right().value(reader);
            boolean holds = claim.comparison().test(left, right);
            if (i == 0) {
                firstValue = left;
                firstHolds = holds;
            }
            holding += holds ? (claim.overSeeds() ? n : 1) : 0;
        }
        // counted, not subtracted: 1 − 0.9 is not 0.1 in binary, and a fraction must not flip a verdict
        int deciding = expected ? holding : n - holding;
        boolean passed = (double) deciding / n >= minFraction;
        String prose = text == null || text.isBlank() ? claim.text() : text.strip();
        return new ClaimResult(id, prose, claim.text(), firstValue, firstHolds, expected, passed, (double) holding / n, n,
                minFraction);
    }

    /** One seed's reader that also lets aggregates read every seed. */
    private record SeedReader(MetricReader seed, List<MetricReader> seeds) implements EverySeed {
        @Override
        public double applyAsDouble(Metric m) {
            return seed.applyAsDouble(m);
        }
    }
}
