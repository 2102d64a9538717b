package org.initlab.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.initlab.settings.Names;
import org.initlab.results.CostPoint;
import org.initlab.results.ExperimentResult;
import org.initlab.results.LayerResult;
import org.initlab.results.RunResult;
import org.initlab.results.Stats;
import org.initlab.results.SweepResult;
import org.initlab.results.TrainingSummary;

/**
 * Reads a metric's value from one experiment's results: finds the run ({@code init}, and
 * {@code act} when the initializer ran with several activations), the layer (or, for a sweep, the
 * grid cell), and the number. Anything that does not exist is a {@link ClaimException} naming what
 * does: a claim about a missing run is a wrong POM, never a false claim. Values are returned as
 * recorded, NaN and infinities included: {@link Comparison} decides what they mean. A reader sees
 * the runs of one seed: a claim is read once per seed the experiment ran.
 */
final class MetricReader implements ToDoubleFunction<Metric> {
    private static final int LISTED = 12;

    private final ExperimentResult result;
    private final Claim claim;
    private final List<RunResult> runs;

    /** Reads the runs of every seed: the first run that fits is used (tests, single-seed results). */
    MetricReader(ExperimentResult result, Claim claim) {
        this(result, claim, result.runs());
    }

    /** Reads only the runs of {@code seed}. */
    MetricReader(ExperimentResult result, Claim claim, long seed) {
        this(result, claim, result.runs().stream().filter(r -> r.seed() == seed).toList());
    }

    private MetricReader(ExperimentResult result, Claim claim, List<RunResult> runs) {
        this.result = result;
        this.claim = claim;
        this.runs = runs;
    }

    @Override
    public double applyAsDouble(Metric m) {
        RunResult run = run(m);
        return switch (m.name().measure()) {
            case LAYER_STATISTIC -> m.name().field().of(stats(m, run));
            case POST_UNIT_STD -> {
                Double v = layer(m, run).postUnitStd();
                yield present(v, m, run, "no per-unit spread (postUnitStd)");
            }
            case PREDICTED_VAR -> {
                LayerResult.Theory theory = layer(m, run).theory();
                yield present(theory == null ? null : theory.preVariance(), m, run, "no predicted variance (theory)");
            }
            case MEAN_FIELD_VAR -> {
                LayerResult.Theory theory = layer(m, run).theory();
                yield present(theory == null ? null : theory.meanFieldPreVariance(), m, run,
                        "no mean-field variance (theory.meanFieldPreVariance)");
            }
            case BACKWARD_GAIN -> {
                LayerResult.Theory theory = layer(m, run).theory();
                yield present(theory == null ? null : theory.backwardGain(), m, run, "no backward gain (theory.backwardGain)");
            }
            case TRAIN_ACCURACY -> trainAccuracy(m, run);
            case TEST_ACCURACY -> testAccuracy(m, run);
            case TEST_MAJORITY_SHARE -> testMajorityShare(m, run);
            case COST -> cost(m, run);
            case DISTINCT_UNITS -> distinctUnits(m, run);
            case CELL -> cell(m, run);
            case WEIGHTS_MAX_REL_DIFF -> weightsMaxRelDiff(m, run);
            case PRE_MAX_REL_DIFF -> referenceMaxRelDiff(m, run);
        };
    }

    /**
     * The one run {@code init} (and {@code act}) selects, by its name or its spec. Specs match ignoring
     * blanks, so {@code normal(mean=0,std=1)} finds the run labelled {@code normal(mean=0, std=1)}.
     */
    private RunResult run(Metric m) {
        String init = m.init().value();
        List<RunResult> runs = this.runs.stream().filter(r -> selects(init, r)).toList();
        if (runs.isEmpty()) {
            List<String> inits = distinct(this.runs.stream().flatMap(r -> r.name().equals(r.initializer())
                    ? java.util.stream.Stream.of(r.initializer()) : java.util.stream.Stream.of(r.name(), r.initializer())).toList());
            throw error(m.init().column(), "no run has init '" + m.init().value() + "'"
                    + Names.suggestion(m.init().value(), inits) + "; the runs' initializers: " + String.join(", ", inits));
        }
        List<String> acts = distinct(runs.stream().map(RunResult::activation).toList());
        if (m.act() == null) {
            if (acts.size() > 1) {
                throw error(m.column(), "init '" + m.init().value() + "' ran with several activations ("
                        + String.join(", ", acts) + "); add act=… to choose one");
            }
            return runs.get(0);
        }
        return runs.stream().filter(r -> compact(r.activation()).equals(compact(m.act().value()))).findFirst()
                .orElseThrow(() -> error(m.act().column(), "init '" + m.init().value() + "' has no run with act '"
                        + m.act().value() + "'" + Names.suggestion(m.act().value(), acts) + "; its activations: "
                        + String.join(", ", acts)));
    }

    private LayerResult layer(Metric m, RunResult run) {
        List<LayerResult> layers = run.layers();
        if (layers.isEmpty()) {
            throw error(m.column(), describe(run) + " recorded no layers (experiment type '" + result.type() + "')"
                    + sweepHint(m, run));
        }
        if (m.lastLayer()) {
            return layers.get(layers.size() - 1);
        }
        int n = m.layerNumber();
        return layers.stream().filter(l -> l.index() == n).findFirst()
                .orElseThrow(() -> error(m.layer().column(), "layer " + n + " is out of range: " + describe(run)
                        + " has layers " + layers.get(0).index() + " to " + layers.get(layers.size() - 1).index()));
    }

    private Stats stats(Metric m, RunResult run) {
        LayerResult layer = layer(m, run);
        Stats stats = m.name().statistic().of(layer);
        if (stats == null) {
            throw error(m.column(), describe(run) + " recorded no '" + m.name().statistic().word()
                    + "' statistics for layer " + layer.index() + " (experiment type '" + result.type() + "')");
        }
        return stats;
    }

    private double present(Double value, Metric m, RunResult run, String missing) {
        if (value == null) {
            throw error(m.column(), describe(run) + " recorded " + missing + " for layer " + layer(m, run).index()
                    + " (experiment type '" + result.type() + "')");
        }
        return value;
    }

    /** A linear output is regression: a claim on its accuracy is a wrong POM, not a refuted claim. */
    private double trainAccuracy(Metric m, RunResult run) {
        Double accuracy = training(m, run).trainAccuracy();
        if (accuracy == null) {
            throw error(m.column(), describe(run) + " has no accuracy: a linear <outputActivation> is regression");
        }
        return accuracy;
    }

    /** Defined where the test accuracy is: the same wrong POMs fail the same way. */
    private double testMajorityShare(Metric m, RunResult run) {
        testAccuracy(m, run);
        Double share = training(m, run).testMajorityShare();
        if (share == null) {
            throw error(m.column(), describe(run) + " recorded no testMajorityShare (a results.json written before it was)");
        }
        return share;
    }

    /** A claim on the test accuracy of an experiment without a test set is a wrong POM, not a refuted claim. */
    private double testAccuracy(Metric m, RunResult run) {
        Double accuracy = training(m, run).testAccuracy();
        if (accuracy == null && training(m, run).trainAccuracy() == null) {
            trainAccuracy(m, run); // names the linear output, the reason that applies
        }
        if (accuracy == null) {
            throw error(m.column(), describe(run) + " has no test accuracy: the experiment has no <testDataset>");
        }
        return accuracy;
    }

    private TrainingSummary training(Metric m, RunResult run) {
        if (run.training() == null) {
            throw error(m.column(), describe(run) + " has no training results (experiment type '" + result.type() + "')"
                    + sweepHint(m, run));
        }
        return run.training();
    }

    private double cost(Metric m, RunResult run) {
        List<CostPoint> costs = training(m, run).costs();
        if (costs.isEmpty()) {
            throw error(m.column(), describe(run) + " recorded no cost");
        }
        if (m.at() == null) {
            return costs.get(costs.size() - 1).cost();
        }
        long at = m.atIteration();
        return costs.stream().filter(c -> c.iteration() == at).findFirst()
                .orElseThrow(() -> error(m.at().column(), "no cost was recorded at iteration " + at + " for "
                        + describe(run) + "; recorded iterations: " + iterations(costs)))
                .cost();
    }

    private double distinctUnits(Metric m, RunResult run) {
        List<Integer> units = training(m, run).distinctUnits();
        if (units.isEmpty()) {
            throw error(m.column(), describe(run) + " recorded no distinct units");
        }
        if (m.lastLayer()) {
            return units.get(units.size() - 1);
        }
        int n = m.layerNumber();
        if (n > units.size()) {
            throw error(m.layer().column(), "hidden layer " + n + " is out of range: " + describe(run)
                    + " has hidden layers 1 to " + units.size());
        }
        return units.get(n - 1);
    }

    /**
     * The value of one network of a sweep's grid. {@code width} may be left out when the sweep has
     * one width only, as {@code act} may when the initializer ran with one activation only.
     */
    private double cell(Metric m, RunResult run) {
        SweepResult sweep = run.sweep();
        if (sweep == null) {
            throw error(m.column(), "'" + m.name().text() + "' reads a cell of a sweep's grid, but " + describe(run)
                    + " has no grid (experiment type '" + result.type() + "'; only type 'sweep' has one)");
        }
        int depth = m.depthNumber();
        if (!contains(sweep.depths(), depth)) {
            throw error(m.depth().column(), "depth " + depth + " is not in the grid: " + describe(run) + " has depths "
                    + join(sweep.depths()));
        }
        int width;
        if (m.width() == null) {
            if (sweep.widths().length != 1) {
                throw error(m.column(), describe(run) + " has several widths (" + join(sweep.widths())
                        + "); add width=… to choose one");
            }
            width = sweep.widths()[0];
        } else {
            width = m.widthNumber();
            if (!contains(sweep.widths(), width)) {
                throw error(m.width().column(), "width " + width + " is not in the grid: " + describe(run) + " has widths "
                        + join(sweep.widths()));
            }
        }
        return sweep.cells().stream().filter(c -> c.depth() == depth && c.width() == width).findFirst()
                .orElseThrow(() -> error(m.column(), describe(run) + " recorded no cell for depth " + depth + " × width " + width))
                .value();
    }

    /**
     * How far {@code init}'s weights are from {@code other}'s, element by element, at one layer or (without
     * {@code layer}) the largest over the layers. The other initializer must have run in this experiment,
     * with the same activation when {@code act} is given: a comparison with a run that does not exist is a
     * wrong POM.
     */
    private double weightsMaxRelDiff(Metric m, RunResult run) {
        Metric.Argument otherArgument = m.other();
        String wanted = otherArgument.value();
        if (result.runs().stream().noneMatch(r -> selects(wanted, r))) {
            List<String> inits = distinct(result.runs().stream().map(RunResult::initializer).toList());
            throw error(otherArgument.column(), "other='" + otherArgument.value() + "' names no run"
                    + Names.suggestion(otherArgument.value(), inits) + "; the runs' initializers: " + String.join(", ", inits));
        }
        RunResult other = run(new Metric(m.name(), otherArgument, m.act(), null, null, null, null, null, null, null,
                otherArgument.column()));
        List<LayerResult> layers = m.layer() == null ? run.layers() : List.of(layer(m, run));
        if (layers.isEmpty()) {
            throw error(m.column(), describe(run) + " recorded no layers (experiment type '" + result.type() + "')"
                    + sweepHint(m, run));
        }
        double largest = 0;
        for (LayerResult layer : layers) {
            Double value = layer.weightsMaxRelDiff() == null ? null : layer.weightsMaxRelDiff().entrySet().stream()
                    .filter(e -> compact(e.getKey()).equals(compact(other.initializer()))).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
            if (value == null) {
                throw error(otherArgument.column(), describe(run) + " recorded no comparison of its weights with '"
                        + other.initializer() + "' for layer " + layer.index() + " (experiment type '" + result.type()
                        + "'): only activations and gradients experiments compare weights, and never those of a"
                        + " data-dependent initializer such as lsuv, which depend on the batch");
            }
            largest = Math.max(largest, value);
        }
        return largest;
    }

    /**
     * How far a layer's linear output is from the reference computed from its input, at one layer or (without
     * {@code layer}) the largest over the layers. Recorded only for networks of layer specs, and only at layers
     * the comparison fits: anything else is a wrong POM.
     */
    private double referenceMaxRelDiff(Metric m, RunResult run) {
        List<LayerResult> layers = m.layer() == null ? run.layers() : List.of(layer(m, run));
        if (layers.isEmpty()) {
            throw error(m.column(), describe(run) + " recorded no layers (experiment type '" + result.type() + "')"
                    + sweepHint(m, run));
        }
        String key = m.check().key();
        double largest = 0;
        for (LayerResult layer : layers) {
            Double value = layer.referenceMaxRelDiff() == null ? null : layer.referenceMaxRelDiff().get(key);
            if (value == null) {
                String which = "layer " + layer.index() + (layer.layer() == null ? "" : " " + layer.layer() + " → " + layer.shape());
                throw error(m.ref().column(), describe(run) + " recorded no comparison of " + which + " with ref=" + m.ref().value()
                        + (m.border() == null ? "" : ", border=" + m.border().value()) + ": " + m.check().requirement()
                        + "; only activations experiments of networks written as layer specs record comparisons");
            }
            largest = Math.max(largest, value); // a NaN stays NaN, so the claim fails
            if (Double.isNaN(value)) {
                return value;
            }
        }
        return largest;
    }

    /**
     * For a sweep run read with a per-layer or training metric: what a sweep does record, and the
     * metric that reads it; empty for other runs.
     */
    private static String sweepHint(Metric m, RunResult run) {
        SweepResult sweep = run.sweep();
        if (sweep == null) {
            return "";
        }
        boolean widths = sweep.widths().length > 1;
        return "; a sweep run records one number per network of its grid (" + sweep.statistic() + "): read it with "
                + Measure.CELL.word() + "(" + Measure.INIT + "=" + m.init().value() + ", " + Measure.ACT + "=" + run.activation()
                + ", " + Measure.DEPTH + "=…" + (widths ? ", " + Measure.WIDTH + "=…" : "") + "), depths " + join(sweep.depths())
                + (widths ? ", widths " + join(sweep.widths()) : "");
    }

    private static boolean contains(int[] values, int value) {
        return Arrays.stream(values).anyMatch(v -> v == value);
    }

    private static String join(int[] values) {
        return Arrays.stream(values).mapToObj(Integer::toString).collect(Collectors.joining(", "));
    }

    /** The recorded iterations, shortened in the middle when there are many. */
    private static String iterations(List<CostPoint> costs) {
        List<String> all = costs.stream().map(c -> Long.toString(c.iteration())).toList();
        if (all.size() <= LISTED) {
            return String.join(", ", all);
        }
        List<String> shown = new ArrayList<>(all.subList(0, LISTED - 3));
        shown.add("…");
        shown.addAll(all.subList(all.size() - 2, all.size()));
        return String.join(", ", shown) + " (" + all.size() + " in all)";
    }

    private static String describe(RunResult run) {
        return "run '" + run.initializer() + "' × '" + run.activation() + "'";
    }

    private static List<String> distinct(List<String> values) {
        Set<String> set = new LinkedHashSet<>(values);
        return List.copyOf(set);
    }

    /** Whether a claim's {@code init=}/{@code other=} value names {@code run}: its name, or its spec up to blanks. */
    static boolean selects(String written, RunResult run) {
        return run.name().equals(written.strip()) || compact(run.initializer()).equals(compact(written));
    }

    private static String compact(String label) {
        return label.replaceAll("\\s+", "");
    }

    private ClaimException error(int column, String problem) {
        return new ClaimException(claim.where(), claim.text(), column, problem);
    }
}
