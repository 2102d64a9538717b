package org.initlab.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.initlab.results.ExperimentResult;
import org.initlab.results.LayerResult;
import org.initlab.results.ReportResults;
import org.initlab.results.RunResult;

/**
 * The summaries of successive builds, oldest first, as published beside a report in
 * {@code history.json}; each new report appends its own (the github-action-benchmark pattern).
 */
public record History(int schema, List<HistoryEntry> builds) {
    public static final int SCHEMA = 1;
    /** Keeps a published site small; older builds drop off the front. */
    static final int MAX_BUILDS = 200;

    public History {
        builds = List.copyOf(builds);
    }

    public static History empty() {
        return new History(SCHEMA, List.of());
    }

    /** This history with {@code results}' summary appended. */
    public History append(ReportResults results) {
        List<HistoryEntry> next = new ArrayList<>(builds);
        next.add(summarise(results));
        while (next.size() > MAX_BUILDS) {
            next.remove(0);
        }
        return new History(SCHEMA, next);
    }

    static HistoryEntry summarise(ReportResults results) {
        Map<String, HistoryEntry.ExperimentSummary> experiments = new LinkedHashMap<>();
        for (ExperimentResult e : results.experiments()) {
            Map<String, Double> headline = new LinkedHashMap<>();
            String metric = switch (e.type()) {
                case "training" -> e.runs().stream().allMatch(r -> r.training() == null || r.training().testAccuracy() != null)
                        ? "test accuracy" : "train accuracy";
                case "gradients" -> "layer 1 ‖∂L/∂W‖";
                case "activations" -> "last layer activation std";
                default -> null;
            };
            for (RunResult run : e.runs()) {
                Double value = headline(e.type(), run);
                if (value != null) {
                    // a trend follows a run's name across spec changes, and the charted (first) seed of several
                    headline.putIfAbsent(run.name() + " + " + run.activation(), value);
                }
            }
            int asStated = (int) e.claims().stream().filter(c -> c.passed()).count();
            experiments.put(e.id(), new HistoryEntry.ExperimentSummary(metric, asStated, e.claims().size(), headline));
        }
        return new HistoryEntry(results.commit(), results.generated(), experiments);
    }

    private static Double headline(String type, RunResult run) {
        if (type.equals("training") && run.training() != null) {
            // without a test set the trend follows the train accuracy, the figure that exists
            return run.training().testAccuracy() != null ? run.training().testAccuracy() : run.training().trainAccuracy();
        }
        if (run.layers().isEmpty()) {
            return null;
        }
        if (type.equals("gradients")) {
            var g = run.layers().get(0).gradient();
            return g == null ? null : Math.sqrt(g.count() * (g.std() * g.std() + g.mean() * g.mean()));
        }
        LayerResult last = run.layers().get(run.layers().size() - 1);
        return last.post() == null ? null : last.post().std();
    }
}
