package org.initlab.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.initlab.config.SweepStatistic;
import org.initlab.results.ExperimentResult;
import org.initlab.results.RunResult;
import org.initlab.results.SweepResult;

/**
 * One heatmap of a sweep page and the table beneath it: depth across, and down either the
 * initializers (one heatmap per activation) or, when the sweep has a width axis, the widths (one
 * heatmap per initializer × activation).
 *
 * @param initializer the initializer of a width-axis heatmap, or null when the rows are initializers
 * @param rows        {@code initializers} or {@code widths}: what the chart's rows are
 * @param runs        positions in {@code results.json} of the runs drawn, in row order (one run for a width axis)
 * @param rowLabels   the row names, top to bottom
 * @param values      one list per row, one value per depth
 * @param logScale    whether colours follow log10 of the values (else the value, a fraction)
 * @param notShown    cells the chart leaves empty, each with why: not finite, or not positive on a log scale
 */
public record SweepHeatmap(String activation, String initializer, String rows, List<Integer> runs, List<String> rowLabels,
                           List<Integer> depths, List<List<Double>> values, String statistic, boolean logScale,
                           List<String> notShown) {

    static List<SweepHeatmap> of(ExperimentResult result) {
        Map<String, List<Integer>> byActivation = new LinkedHashMap<>();
        for (int i = 0; i < result.runs().size(); i++) {
            if (result.runs().get(i).sweep() != null) {
                byActivation.computeIfAbsent(result.runs().get(i).activation(), a -> new ArrayList<>()).add(i);
            }
        }
        List<SweepHeatmap> maps = new ArrayList<>();
        byActivation.forEach((activation, indexes) -> {
            boolean widthAxis = result.runs().get(indexes.get(0)).sweep().widths().length > 1;
            if (widthAxis) {
                for (int i : indexes) {
                    maps.add(widths(activation, i, result.runs().get(i)));
                }
            } else {
                maps.add(initializers(activation, indexes, result));
            }
        });
        return List.copyOf(maps);
    }

    private static SweepHeatmap initializers(String activation, List<Integer> indexes, ExperimentResult result) {
        List<String> labels = new ArrayList<>();
        List<List<Double>> values = new ArrayList<>();
        SweepResult first = result.runs().get(indexes.get(0)).sweep();
        for (int i : indexes) {
            RunResult run = result.runs().get(i);
            labels.add(named(run));
            values.add(row(run.sweep(), run.sweep().widths()[0]));
        }
        return create(activation, null, "initializers", indexes, labels, first, values);
    }

    private static SweepHeatmap widths(String activation, int index, RunResult run) {
        List<String> labels = new ArrayList<>();
        List<List<Double>> values = new ArrayList<>();
        for (int width : run.sweep().widths()) {
            labels.add("width " + width);
            values.add(row(run.sweep(), width));
        }
        return create(activation, named(run), "widths", List.of(index), labels, run.sweep(), values);
    }

    /** "he: kaiming_normal(nonlinearity=relu)" for a named run, else its spec. */
    private static String named(RunResult run) {
        return run.name().equals(run.initializer()) ? run.initializer() : run.name() + ": " + run.initializer();
    }

    private static SweepHeatmap create(String activation, String initializer, String rows, List<Integer> runs,
                                       List<String> labels, SweepResult grid, List<List<Double>> values) {
        boolean log = SweepStatistic.parse("statistic", grid.statistic()).logScale();
        List<Integer> depths = java.util.Arrays.stream(grid.depths()).boxed().toList();
        Format fmt = new Format();
        List<String> notShown = new ArrayList<>();
        for (int r = 0; r < labels.size(); r++) {
            for (int c = 0; c < depths.size(); c++) {
                double v = values.get(r).get(c);
                if (!Double.isFinite(v) || (log && v <= 0)) {
                    notShown.add(labels.get(r) + ", depth " + depths.get(c) + ": " + fmt.num(v)
                            + (Double.isFinite(v) ? " (no logarithm)" : ""));
                }
            }
        }
        return new SweepHeatmap(activation, initializer, rows, List.copyOf(runs), List.copyOf(labels), depths,
                List.copyOf(values), grid.statistic(), log, List.copyOf(notShown));
    }

    private static List<Double> row(SweepResult grid, int width) {
        List<Double> row = new ArrayList<>();
        for (int depth : grid.depths()) {
            row.add(grid.value(depth, width));
        }
        return List.copyOf(row);
    }

    /** The runs drawn, as the chart element's {@code data-runs}: {@code 0,2,4}. */
    public String runList() {
        return runs.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The chart element's {@code data-scale}: {@code log} or {@code linear}. */
    public String scale() {
        return logScale ? "log" : "linear";
    }

    public String ariaLabel() {
        return "Heatmap of " + statistic + " by depth and " + (rows.equals("widths") ? "width" : "initializer") + ", "
                + activation + (initializer == null ? "" : " with " + initializer);
    }

    /** Enough height for every row and the colour scale under the chart. */
    public int chartHeight() {
        return 110 + 34 * rowLabels.size();
    }

    /** A page-unique anchor: {@code sweep-relu}, or {@code sweep-relu-2} for a width axis's third run. */
    public String anchor() {
        return "sweep-" + activation + (initializer == null ? "" : "-" + runs.get(0));
    }
}
