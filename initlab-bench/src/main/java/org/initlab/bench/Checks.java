package org.initlab.bench;

import java.util.List;
import java.util.Locale;
import org.initlab.results.ExperimentResult;
import org.initlab.results.LayerResult;
import org.initlab.results.RunResult;

/** One figure per workload that the numpy script prints too, to show both sides computed the same thing. */
final class Checks {
    private Checks() {
    }

    static String of(String workload, List<ExperimentResult> results) {
        RunResult last = results.get(results.size() - 1).runs().get(results.get(results.size() - 1).runs().size() - 1);
        return switch (workload) {
            case "t1", "mnist" -> String.format(Locale.ROOT, "He train %.4f test %.4f", last.training().trainAccuracy(),
                    last.training().testAccuracy());
            case "t2" -> String.format(Locale.ROOT, "relu/He layer-5 post std %.6f", layer(last, 5).post().std());
            case "t3" -> String.format(Locale.ROOT, "relu/MSRA layer-8 pre mean %.6f", layer(last, 8).pre().mean());
            default -> "";
        };
    }

    private static LayerResult layer(RunResult run, int index) {
        return run.layers().get(index - 1);
    }
}
