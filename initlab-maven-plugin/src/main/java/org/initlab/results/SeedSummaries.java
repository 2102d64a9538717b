package org.initlab.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.initlab.results.GroupSummary.CellSummary;
import org.initlab.results.GroupSummary.CostSummary;
import org.initlab.results.GroupSummary.LayerSummary;
import org.initlab.results.GroupSummary.StatsSummary;

/**
 * Summarises an experiment's runs over its seeds: one {@link GroupSummary} per initializer ×
 * activation. The runs of one group are the same network drawn from different seeds, so their
 * layers, grid cells and cost points line up one to one.
 */
public final class SeedSummaries {
    private SeedSummaries() {
    }

    /** One summary per initializer × activation in run order; null when the experiment ran one seed. */
    public static List<GroupSummary> of(ExperimentResult result) {
        if (result.seeds().size() < 2) {
            return null;
        }
        Map<List<String>, List<RunResult>> groups = new LinkedHashMap<>();
        for (RunResult run : result.runs()) {
            groups.computeIfAbsent(List.of(run.initializer(), run.activation()), k -> new ArrayList<>()).add(run);
        }
        return groups.values().stream().map(SeedSummaries::group).toList();
    }

    private static GroupSummary group(List<RunResult> runs) {
        RunResult first = runs.get(0);
        for (RunResult run : runs) {
            if (run.layers().size() != first.layers().size()
                    || (run.sweep() == null ? 0 : run.sweep().cells().size()) != (first.sweep() == null ? 0 : first.sweep().cells().size())
                    || (run.training() == null ? 0 : run.training().costs().size()) != (first.training() == null ? 0 : first.training().costs().size())) {
                throw new IllegalArgumentException("runs of " + first.initializer() + " × " + first.activation()
                        + " differ in shape between seeds " + first.seed() + " and " + run.seed());
            }
        }
        List<LayerSummary> layers = new ArrayList<>();
        for (int i = 0; i < first.layers().size(); i++) {
            int at = i;
            List<LayerResult> layer = runs.stream().map(r -> r.layers().get(at)).toList();
            layers.add(new LayerSummary(first.layers().get(i).index(), stats(layer, LayerResult::weights, false),
                    stats(layer, LayerResult::pre, false), stats(layer, LayerResult::post, false),
                    stats(layer, LayerResult::gradient, true), stats(layer, LayerResult::activationGradient, true),
                    layer.get(0).postUnitStd() == null ? null : SeedSummary.of(values(layer, LayerResult::postUnitStd))));
        }
        List<CellSummary> sweep = first.sweep() == null ? null : cells(runs);
        TrainingSummary training = first.training();
        List<CostSummary> costs = null;
        SeedSummary finalCost = null;
        SeedSummary train = null;
        SeedSummary test = null;
        if (training != null) {
            costs = new ArrayList<>();
            for (int i = 0; i < training.costs().size(); i++) {
                int at = i;
                costs.add(new CostSummary(training.costs().get(i).iteration(),
                        SeedSummary.of(values(runs, r -> r.training().costs().get(at).cost()))));
            }
            int last = training.costs().size() - 1;
            finalCost = last < 0 ? null : SeedSummary.withInterval(values(runs, r -> r.training().costs().get(last).cost()));
            train = training.trainAccuracy() == null ? null : SeedSummary.withInterval(values(runs, r -> r.training().trainAccuracy()));
            test = training.testAccuracy() == null ? null : SeedSummary.withInterval(values(runs, r -> r.training().testAccuracy()));
        }
        return new GroupSummary(first.initializer(), first.activation(), runs.stream().map(RunResult::seed).toList(),
                layers, sweep, costs, finalCost, train, test);
    }

    private static List<CellSummary> cells(List<RunResult> runs) {
        List<CellSummary> cells = new ArrayList<>();
        List<SweepCell> firstCells = runs.get(0).sweep().cells();
        for (int i = 0; i < firstCells.size(); i++) {
            int at = i;
            cells.add(new CellSummary(firstCells.get(i).depth(), firstCells.get(i).width(),
                    SeedSummary.of(values(runs, r -> r.sweep().cells().get(at).value()))));
        }
        return cells;
    }

    private static StatsSummary stats(List<LayerResult> layer, Function<LayerResult, Stats> field, boolean norm) {
        if (field.apply(layer.get(0)) == null) {
            return null;
        }
        List<Stats> stats = layer.stream().map(field).toList();
        return new StatsSummary(SeedSummary.of(values(stats, Stats::mean)), SeedSummary.of(values(stats, Stats::std)),
                norm ? SeedSummary.of(values(stats, Stats::norm)) : null);
    }

    private static <T> double[] values(List<T> items, ToDoubleFunction<T> value) {
        return items.stream().mapToDouble(value).toArray();
    }
}
