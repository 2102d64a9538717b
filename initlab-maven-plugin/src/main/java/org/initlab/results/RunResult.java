package org.initlab.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One initializer × one activation × one seed.
 *
 * @param initializer the initializer's spec as written in the POM
 * @param name   what identifies the run across reports ({@code <initializer name="…">}); the spec when none was
 *               given, and when a report written before runs had names is read
 * @param seed   the seed the run's generator started from: the experiment's seed, or one of its {@code <seeds>}
 * @param millis wall time of the run; with {@code generated}, the only value that differs between
 *               two builds of the same commit
 * @param layers per-layer statistics; empty for a sweep run (its networks are summarised in {@code sweep})
 * @param training what training did (training experiments), or null
 * @param sweep    the grid of networks and their statistic (sweep experiments), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunResult(String initializer, String name, String activation, long seed, long millis, List<LayerResult> layers,
                        TrainingSummary training, SweepResult sweep) {

    public RunResult {
        name = name == null ? initializer : name;
        layers = List.copyOf(layers);
    }

    /** A run named by its spec. */
    public RunResult(String initializer, String activation, long seed, long millis, List<LayerResult> layers,
                     TrainingSummary training, SweepResult sweep) {
        this(initializer, null, activation, seed, millis, layers, training, sweep);
    }

    /** A run with seed 0 (tests, and results written before runs recorded their seed). */
    public RunResult(String initializer, String activation, long millis, List<LayerResult> layers,
                     TrainingSummary training, SweepResult sweep) {
        this(initializer, activation, 0, millis, layers, training, sweep);
    }

    /** A run of any type but sweep, with seed 0. */
    public RunResult(String initializer, String activation, long millis, List<LayerResult> layers, TrainingSummary training) {
        this(initializer, activation, 0, millis, layers, training, null);
    }
}
