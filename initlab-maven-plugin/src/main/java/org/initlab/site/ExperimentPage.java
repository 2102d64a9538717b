package org.initlab.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.initlab.results.ExperimentResult;
import org.initlab.results.RunResult;

/**
 * What an experiment page shows: its explanation, and its runs grouped by activation (one
 * section each) so every row of small multiples compares initializers under one nonlinearity.
 * An experiment of several seeds charts its first seed's runs; its claims were checked on every seed.
 *
 * @param result the experiment as charted: the first seed's runs, and every claim
 * @param seeds  every seed the experiment ran, the charted one first
 * @param charts with several seeds, what the charts draw over them; null for one seed
 */
public record ExperimentPage(ExperimentResult result, List<Long> seeds, String plot, String explanationHtml,
                             String derivationHtml, List<Section> sections, SeedCharts charts) {

    /** One activation's runs; {@code index} is the run's position in the page's data ({@code data/<id>.js}). */
    public record Section(String activation, List<Run> runs) {
    }

    public record Run(int index, RunResult result) {
    }

    /** The page of {@code experiment}, charting its first seed. */
    static ExperimentPage of(ExperimentResult experiment, String plot, String explanationHtml, String derivationHtml) {
        List<Long> seeds = experiment.seeds();
        ExperimentResult result = experiment.onlySeed(seeds.get(0));
        Map<String, List<Run>> byActivation = new LinkedHashMap<>();
        for (int i = 0; i < result.runs().size(); i++) {
            RunResult run = result.runs().get(i);
            byActivation.computeIfAbsent(run.activation(), a -> new ArrayList<>()).add(new Run(i, run));
        }
        List<Section> sections = new ArrayList<>();
        byActivation.forEach((activation, runs) -> sections.add(new Section(activation, List.copyOf(runs))));
        return new ExperimentPage(result, List.copyOf(seeds), plot, explanationHtml, derivationHtml, List.copyOf(sections),
                SeedCharts.of(experiment, plot));
    }

    public boolean severalSeeds() {
        return seeds.size() > 1;
    }

    /** The note above a multi-seed experiment's charts: what they draw over the seeds, and which seed the rest shows. */
    public String seedsNote() {
        return seeds.size() + " seeds; lines show the median over the seeds with the interquartile range as a band,"
                + " histograms pool every seed (bars: mean count per seed, whiskers: the seeds' lowest and highest);"
                + " per-seed figures and boundaries are seed " + seeds.get(0) + "'s; claims are checked on every seed";
    }

    /** Over the seeds, the run at {@code index} of the page's data (one run per initializer × activation). */
    public org.initlab.results.GroupSummary summary(int index) {
        return charts == null ? null : charts.summaries().get(index);
    }

    /** Output size of each layer, e.g. {@code 100, 100, 100}; for a sweep its grid, e.g. {@code 1, 2, 4 deep × 100 wide}. */
    public String layerSizes() {
        if (sweep() && !result.runs().isEmpty() && result.runs().get(0).sweep() != null) {
            var grid = result.runs().get(0).sweep();
            return java.util.Arrays.stream(grid.depths()).mapToObj(Integer::toString).collect(java.util.stream.Collectors.joining(", "))
                    + " deep × " + java.util.Arrays.stream(grid.widths()).mapToObj(Integer::toString)
                    .collect(java.util.stream.Collectors.joining(", ")) + " wide";
        }
        // a network with other layers than dense ones names each layer with its output shape
        return result.runs().isEmpty() ? "" : result.runs().get(0).layers().stream()
                .map(l -> l.layer() == null ? Integer.toString(l.fanOut()) : l.layer() + " → " + l.shape())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** How many claims came out as the suite states them (holding, or refuted where refutation is expected). */
    public long claimsAsExpected() {
        return result.claims().stream().filter(c -> c.passed()).count();
    }

    public boolean gradients() {
        return "gradients".equals(result.type());
    }

    public boolean training() {
        return "training".equals(result.type());
    }

    public boolean sweep() {
        return "sweep".equals(result.type());
    }

    /** The heatmaps of a sweep page, in run order (empty for other types). */
    public List<SweepHeatmap> heatmaps() {
        return sweep() ? SweepHeatmap.of(result) : List.of();
    }

    public String fileName() {
        return result.id() + ".html";
    }
}
