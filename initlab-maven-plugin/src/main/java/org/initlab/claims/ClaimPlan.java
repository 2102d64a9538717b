package org.initlab.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.initlab.config.ExperimentDefinition.ClaimDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.config.ExperimentType;
import org.initlab.settings.Problems;
import org.initlab.init.DataDependentInitializer;
import org.initlab.layers.PlannedLayer;
import org.initlab.tensor.Reference;
import org.initlab.results.CostPoint;
import org.initlab.results.ExperimentResult;
import org.initlab.results.LayerResult;
import org.initlab.results.RunResult;
import org.initlab.results.Stats;
import org.initlab.results.SweepCell;
import org.initlab.results.SweepResult;
import org.initlab.results.TrainingSummary;

/**
 * Resolves an experiment's claims against the runs it will produce, before anything runs: a claim
 * naming an initializer, activation, layer, grid cell or measurement the experiment will not have
 * fails the plan, not the build an hour later.
 *
 * <p>It evaluates each claim with the very reader the build uses ({@link MetricReader}) against the
 * shape of the result to come: every run, layer and grid cell the plan implies, each holding a
 * placeholder number. Only whether a value can be found is used; the placeholders never leave this
 * class. What the plan cannot know is left to the build: whether a cost is recorded at iteration
 * {@code at} depends on the data set's size.
 */
public final class ClaimPlan {
    private static final double PLACEHOLDER = 1;

    private ClaimPlan() {
    }

    /** Parses and resolves every claim of {@code spec}, recording each problem in {@code problems}; layers' shapes unknown. */
    public static void check(ExperimentSpec spec, Problems problems) {
        check(spec, null, problems);
    }

    /**
     * As above, with the network placed on the data's samples, so that a comparison of a layer with a reference it
     * does not fit ({@code pre.maxRelDiff(…, ref=input)} on a layer that changes the shape) fails here.
     *
     * @param planned every recorded layer on its input, or null when not known (then every comparison is assumed to fit)
     */
    public static void check(ExperimentSpec spec, List<PlannedLayer> planned, Problems problems) {
        String where = "experiment '" + spec.id() + "'";
        List<ClaimDefinition> claims = spec.claims();
        List<Claim> parsed = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            String at = where + " <claims>[" + (i + 1) + "]";
            String check = claims.get(i).check();
            parsed.add(problems.get(() -> ClaimParser.parse(at, check)));
        }
        ExperimentResult shape = shape(spec, parsed, planned);
        for (int i = 0; i < parsed.size(); i++) {
            Claim claim = parsed.get(i);
            ClaimDefinition d = claims.get(i);
            if (claim != null) {
                problems.check(() -> ClaimEvaluator.evaluate(claim, d.id(), d.text(), d.expected(), d.minFraction(), shape));
            }
        }
    }

    /** The result {@code spec} will produce, every seed's runs included, with placeholders for its numbers. */
    static ExperimentResult shape(ExperimentSpec spec, List<Claim> claims) {
        return shape(spec, claims, null);
    }

    private static ExperimentResult shape(ExperimentSpec spec, List<Claim> claims, List<PlannedLayer> planned) {
        List<RunResult> runs = new ArrayList<>();
        for (ExperimentSpec.Labeled init : spec.initializers()) {
            for (var activation : spec.activations()) {
                for (long seed : spec.seeds()) {
                    runs.add(run(spec, init, activation.text(), seed, claims, planned));
                }
            }
        }
        return new ExperimentResult(spec.id(), spec.type().text(), spec.title(), spec.dataset(), spec.seed(), runs, List.of());
    }

    private static RunResult run(ExperimentSpec spec, ExperimentSpec.Labeled init, String activation, long seed,
                                 List<Claim> claims, List<PlannedLayer> planned) {
        Stats s = Stats.of(new double[] {PLACEHOLDER}, 1, null);
        ExperimentType type = spec.type();
        List<LayerResult> layers = new ArrayList<>();
        // a network with other layers: the shapes need the data, the claims only the count
        int[] sizes = spec.architecture().isDense() ? spec.layers() : ones(spec.architecture().recordedLayers());
        Map<String, Double> compared = compared(spec, init);
        for (int l = 0; l < sizes.length; l++) {
            int fanIn = l == 0 ? 1 : sizes[l - 1];
            LayerResult.Theory theory = new LayerResult.Theory(PLACEHOLDER, PLACEHOLDER, PLACEHOLDER, null, PLACEHOLDER,
                    PLACEHOLDER, PLACEHOLDER);
            PlannedLayer at = planned == null || l >= planned.size() ? null : planned.get(l);
            layers.add(switch (type) {
                case ACTIVATIONS -> new LayerResult(l + 1, fanIn, sizes[l], s, s, s, null, null, theory, PLACEHOLDER, compared,
                        at == null ? null : at.layer().text(), at == null ? null : at.output().toString(), references(spec, at));
                case GRADIENTS -> new LayerResult(l + 1, fanIn, sizes[l], s, s, s, s, s, theory, null, compared);
                case TRAINING, SWEEP -> LayerResult.weightsOnly(l + 1, fanIn, sizes[l], s);
            });
        }
        TrainingSummary training = type != ExperimentType.TRAINING ? null : new TrainingSummary(costs(claims), PLACEHOLDER,
                spec.training().testDataset() == null ? null : PLACEHOLDER,
                spec.training().testDataset() == null ? null : PLACEHOLDER,
                java.util.Collections.nCopies(Math.max(0, hiddenWeighted(spec, sizes)), 1), null);
        SweepResult sweep = type != ExperimentType.SWEEP ? null : sweep(spec);
        return new RunResult(init.label(), init.name(), activation, seed, 0, layers, training, sweep);
    }

    /** Hidden layers with weights, as {@code distinctUnits} counts them: every layer but the last in a dense network. */
    private static int hiddenWeighted(ExperimentSpec spec, int[] sizes) {
        return spec.architecture().isDense() ? sizes.length - 1
                : (int) spec.architecture().layers().stream().filter(l -> l.weighted()).count() - 1;
    }

    /** The comparisons with references the claims ask for that fit the layer (all of them when its shapes are unknown). */
    private static Map<String, Double> references(ExperimentSpec spec, PlannedLayer layer) {
        Map<String, Double> references = new LinkedHashMap<>();
        for (Reference.Check check : ComparedReferences.of(spec)) {
            if (layer == null || check.applies(layer.input(), layer.output())) {
                references.put(check.key(), PLACEHOLDER);
            }
        }
        return references.isEmpty() ? null : references;
    }

    private static int[] ones(int n) {
        int[] sizes = new int[n];
        java.util.Arrays.fill(sizes, 1);
        return sizes;
    }

    /**
     * The initializers whose weights a run of {@code init} is compared with, as the experiment's
     * {@code WeightComparison} chooses them: those its claims compare ({@link ComparedWeights}), unless
     * either is data-dependent.
     */
    private static Map<String, Double> compared(ExperimentSpec spec, ExperimentSpec.Labeled init) {
        Map<String, Double> compared = new LinkedHashMap<>();
        Map<String, java.util.Set<String>> pairs = ComparedWeights.of(spec);
        if (!(init.initializer() instanceof DataDependentInitializer)) {
            for (ExperimentSpec.Labeled other : spec.initializers()) {
                if (!other.label().equals(init.label()) && !(other.initializer() instanceof DataDependentInitializer)
                        && ComparedWeights.compared(pairs, init, other)) {
                    compared.put(other.label(), PLACEHOLDER);
                }
            }
        }
        return compared.isEmpty() ? null : compared;
    }

    /** A cost at iteration 0 and at every iteration a claim names: whether those are recorded is the build's to say. */
    private static List<CostPoint> costs(List<Claim> claims) {
        List<CostPoint> costs = new ArrayList<>(List.of(new CostPoint(0, PLACEHOLDER)));
        for (Claim c : claims) {
            if (c != null) {
                c.metrics().stream().filter(m -> m.at() != null).forEach(m -> {
                    try {
                        costs.add(new CostPoint(m.atIteration(), PLACEHOLDER));
                    } catch (NumberFormatException e) {
                        // the parser has already named a malformed iteration
                    }
                });
            }
        }
        return costs;
    }

    private static SweepResult sweep(ExperimentSpec spec) {
        List<SweepCell> cells = new ArrayList<>();
        for (int width : spec.sweep().widths()) {
            for (int depth : spec.sweep().depths()) {
                cells.add(new SweepCell(depth, width, PLACEHOLDER));
            }
        }
        return new SweepResult(spec.sweep().statistic().text(), spec.sweep().depths(), spec.sweep().widths(), cells);
    }
}
