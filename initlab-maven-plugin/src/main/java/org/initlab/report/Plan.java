package org.initlab.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.initlab.config.ExperimentSpec;
import org.initlab.config.ExperimentType;
import org.initlab.data.Split;
import org.initlab.nn.Activation;

/**
 * What a report would run, validated: every experiment and its runs, in the order the build runs
 * them. {@code initlab:check} prints it; {@code initlab:report} executes it.
 *
 * @param splits by experiment id, the rows each side of its {@code split(…)} test set gets, where the
 *               training set's rows are known before loading
 */
public record Plan(List<ExperimentSpec> experiments, Map<String, Split.Sizes> splits) {
    public Plan {
        experiments = List.copyOf(experiments);
        splits = Map.copyOf(splits);
    }

    public Plan(List<ExperimentSpec> experiments) {
        this(experiments, Map.of());
    }

    public int runCount() {
        return experiments.stream().mapToInt(ExperimentSpec::runCount).sum();
    }

    /** One line per experiment, then one per run, for the log. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Plan: %d experiment(s), %d run(s); nothing computed", experiments.size(), runCount()));
        for (int i = 0; i < experiments.size(); i++) {
            ExperimentSpec e = experiments.get(i);
            String seeds = e.seeds().size() == 1 ? "" : " over " + e.seeds().size() + " seeds";
            lines.add(String.format(Locale.ROOT, "[%d/%d] %s (%s) on %s: %s; %d run(s)%s%s", i + 1, experiments.size(), e.id(),
                    e.type().text(), e.dataset(), network(e), e.runCount(), seeds,
                    e.claims().isEmpty() ? "" : ", " + e.claims().size() + " claim(s)"));
            Split.Sizes split = splits.get(e.id());
            if (split != null) {
                lines.add(String.format(Locale.ROOT, "    test set %s: %d rows held out, %d trained on",
                        e.training().testDataset(), split.test(), split.train()));
            }
            String perSeed = e.seeds().size() == 1 ? "" : " × seeds " + seedList(e.seeds());
            for (ExperimentSpec.Labeled init : e.initializers()) {
                for (Activation act : e.activations()) {
                    lines.add("    " + (init.named() ? init.name() + " = " : "") + init.label() + " / " + act.text() + perSeed);
                }
            }
        }
        return lines;
    }

    private static String network(ExperimentSpec e) {
        if (e.type() == ExperimentType.SWEEP) {
            return "a grid of depths " + join(e.sweep().depths()) + " × width " + join(e.sweep().widths())
                    + ", " + e.sweep().statistic().text();
        }
        String layers = "layers " + (e.architecture().isDense() ? join(e.layers()) : e.architecture().text());
        return e.type() == ExperimentType.TRAINING
                ? layers + ", " + e.training().optimizer().text() + " at " + e.training().learningRate() + ", "
                + e.training().schedule().text()
                : layers;
    }

    /** {@code 0, 3, 7}; a long list shows its ends: {@code 0, 1, 2, …, 999 (1000 seeds)}. */
    private static String seedList(List<Long> seeds) {
        if (seeds.size() <= 6) {
            return seeds.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return seeds.subList(0, 3).stream().map(String::valueOf).collect(Collectors.joining(", ")) + ", …, "
                + seeds.get(seeds.size() - 1) + " (" + seeds.size() + " seeds)";
    }

    private static String join(int[] values) {
        return Arrays.stream(values).mapToObj(Integer::toString).collect(Collectors.joining(","));
    }
}
