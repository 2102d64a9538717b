package org.initlab.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything an experiment was configured with, after validation and with every default filled in,
 * so a run can be reproduced from {@code results.json} alone. Settings are written in the POM's own
 * vocabulary ({@code out-in}, {@code bce}, {@code kaiming_normal(nonlinearity=relu)}), so each value
 * can be pasted back into an {@code <experiment>}; numbers stay numbers. Settings an experiment type
 * does not have are absent.
 *
 * @param layers      output size of each layer; absent for sweeps (their networks are {@code sweep}'s grid) and
 *                    for networks with other layers than dense ones, which {@code network} describes
 * @param network     the layer specs as {@code <layers>} takes them ({@code conv2d(out=8, kernel=3), flatten, …}),
 *                    for a network with other layers than dense ones; absent otherwise
 * @param activations the hidden activations, in order (runs are initializers × activations)
 * @param seed        the experiment's seed: its only one, or the first of {@code seeds}
 * @param seeds       every seed, in order, when the experiment ran several ({@code <seeds>}); absent for one
 * @param reseed      {@code once} or {@code per-layer}
 * @param dtype       {@code float64} or {@code float32}
 * @param bias        {@code none}, {@code zeros} or the bias initializer's spec
 * @param bins        histogram bins (not for sweeps)
 * @param range       the histograms' {@code [low, high]}; absent when taken from the data
 * @param plot        which values the page charts per layer (not for sweeps)
 * @param loss        what gradients are taken of (gradients experiments, sweeps of {@code gradientRatio})
 * @param explanation the explanation's path as configured; absent for the default one
 * @param suite       the built-in suite this experiment is part of ({@code classic}); absent for the user's own
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExperimentConfiguration(String type, DatasetSetting dataset, int[] layers, String network,
                                      List<String> activations,
                                      List<InitializerSetting> initializers, long seed, List<Long> seeds, String rng,
                                      String reseed,
                                      String layout, String dtype, String bias, Integer bins, double[] range, String plot,
                                      String loss, TrainingSettings training, SweepSettings sweep,
                                      List<ClaimSetting> claims, String explanation, String suite) {

    public ExperimentConfiguration {
        layers = layers == null ? null : layers.clone();
        activations = List.copyOf(activations);
        initializers = List.copyOf(initializers);
        seeds = seeds == null ? null : List.copyOf(seeds);
        range = range == null ? null : range.clone();
        claims = List.copyOf(claims);
    }

    @Override
    public int[] layers() {
        return layers == null ? null : layers.clone();
    }

    @Override
    public double[] range() {
        return range == null ? null : range.clone();
    }

    /**
     * A data set as configured.
     *
     * @param spec   the spec as written, e.g. {@code gaussian(rows=1000, cols=100, seed=0)}
     * @param sha256 the file's SHA-256 for a CSV file, whose content can change under the same spec; absent
     *               for generated data and for Abalone and MNIST, whose files are verified against fixed hashes
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DatasetSetting(String spec, String sha256) {
    }

    /**
     * One {@code <initializer>}.
     *
     * @param label     the spec as written
     * @param name      the qualified name it resolved to, e.g. {@code torch:kaiming_normal}
     * @param arguments every key of that initializer with the value it ran with, defaults included, in
     *                  the catalogue's order, e.g. {@code a=0, mode=fan_in, nonlinearity=relu}: so a
     *                  default that changes in a later version does not change what the file describes
     * @param runName   the {@code name} attribute it was given, which names its runs; absent when its runs
     *                  are named by the label
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InitializerSetting(String label, String name, Map<String, String> arguments, String runName) {

        /** An initializer whose runs are named by its spec. */
        public InitializerSetting(String label, String name, Map<String, String> arguments) {
            this(label, name, arguments, null);
        }

        public InitializerSetting {
            arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
        }
    }

    /**
     * A training experiment's settings; the schedule is either {@code iterations} (full batch) or
     * {@code epochs} and {@code batchSize}.
     *
     * @param testDataset absent without a test set
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TrainingSettings(DatasetSetting testDataset, String outputActivation, String loss, String optimizer,
                                   double learningRate, Integer iterations, Integer epochs, Integer batchSize,
                                   int recordEvery) {
    }

    /** A sweep's grid and the statistic recorded for each of its networks. */
    public record SweepSettings(int[] depths, int[] widths, String statistic) {

        public SweepSettings {
            depths = depths.clone();
            widths = widths.clone();
        }

        @Override
        public int[] depths() {
            return depths.clone();
        }

        @Override
        public int[] widths() {
            return widths.clone();
        }
    }

    /**
     * One {@code <claim>} as configured; its verdict is in the experiment's {@code claims}.
     *
     * @param id          the given id or its position's ({@code c1}, {@code c2}, …)
     * @param minFraction of the seeds, the fraction it must hold in (fail in, when not expected) to pass
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClaimSetting(String id, String text, String check, boolean expected, double minFraction) {
    }
}
