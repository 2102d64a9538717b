package org.initlab.experiment;

import java.util.ArrayList;
import java.util.List;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.data.DatasetContext;
import org.initlab.nn.Kernels;
import org.initlab.results.ExperimentResult;

/**
 * A sweep of width {@code args[0]} to depth {@code args[1]} on a small batch, run in a JVM of its own
 * so {@link SweepMemoryTest} can set its heap limit; prints the progress lines, then the deepest cell.
 */
public final class SweepUnderHeapLimit {
    private SweepUnderHeapLimit() {
    }

    public static void main(String[] args) {
        int width = Integer.parseInt(args[0]);
        String depths = args[1];
        ExperimentDefinition sweep = ExperimentDefinition.of("sweep-" + width).with("type", "sweep")
                .with("dataset", "gaussian(rows=4, cols=" + width + ", seed=0)").with("width", Integer.toString(width))
                .with("depths", depths).with("activation", "relu").with("seed", "1")
                .withInitializers("kaiming_normal(nonlinearity=relu)");
        List<String> progress = new ArrayList<>();
        ExperimentRunner runner = new ExperimentRunner(Kernels.named("java"), DatasetContext.defaults(), progress::add, null, 1, 0);
        ExperimentResult result = runner.runAll(List.of(ExperimentSpec.of("test", sweep))).get(0);
        progress.forEach(line -> System.out.println("progress: " + line));
        String[] all = depths.split(",");
        int deepest = Integer.parseInt(all[all.length - 1]);
        System.out.println("cell: " + result.runs().get(0).sweep().value(deepest, width));
    }
}
