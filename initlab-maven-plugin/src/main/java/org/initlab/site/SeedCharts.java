package org.initlab.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.initlab.results.ExperimentResult;
import org.initlab.results.GroupSummary;
import org.initlab.results.LayerResult;
import org.initlab.results.PooledHistogram;
import org.initlab.results.RunResult;
import org.initlab.results.Stats;

/**
 * What the charts of a page of several seeds draw besides the first seed's runs
 * ({@code data/<id>.seeds.js}): every figure over the seeds, for the median lines and bands, and per
 * initializer × activation and layer the pooled histogram of the charted values. Both lists are in
 * the page's run order, so a chart's {@code data-run} indexes them too.
 *
 * @param histograms per group, per layer; empty for experiments whose pages draw no histograms
 */
public record SeedCharts(List<GroupSummary> summaries, List<List<PooledHistogram>> histograms) {

    /** The charts' data of {@code experiment}, or null when it ran one seed. */
    static SeedCharts of(ExperimentResult experiment, String plot) {
        List<GroupSummary> summaries = experiment.summaries();
        if (summaries == null) {
            return null;
        }
        Map<List<String>, List<RunResult>> groups = new LinkedHashMap<>();
        for (RunResult run : experiment.runs()) {
            groups.computeIfAbsent(List.of(run.initializer(), run.activation()), k -> new ArrayList<>()).add(run);
        }
        Function<LayerResult, Stats> charted = switch (plot) {
            case "pre" -> LayerResult::pre;
            case "gradient" -> LayerResult::gradient;
            default -> LayerResult::post;
        };
        List<List<PooledHistogram>> histograms = new ArrayList<>();
        for (List<RunResult> runs : groups.values()) {
            List<PooledHistogram> layers = new ArrayList<>();
            for (int l = 0; l < runs.get(0).layers().size(); l++) {
                int at = l;
                if (charted.apply(runs.get(0).layers().get(l)) != null) {
                    layers.add(PooledHistogram.of(runs.stream().map(r -> charted.apply(r.layers().get(at)).histogram()).toList()));
                }
            }
            if (!layers.isEmpty()) {
                histograms.add(layers);
            }
        }
        return new SeedCharts(summaries, histograms);
    }
}
