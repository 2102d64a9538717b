package org.initlab.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.config.Suites;

/**
 * One tutorial workload as initlab runs it: built-in experiments of the classic suite (claims
 * dropped, they are not part of the computation), under the name the numpy script knows it by.
 *
 * @param name  the key shared with {@code numpy_bench.py}
 * @param label the table's row label
 * @param specs the experiments that make up the workload, run one after another
 */
record Workload(String name, String label, List<ExperimentSpec> specs) {

    static final List<String> NAMES = List.of("t1", "t2", "t3", "mnist");

    static Workload named(String name) {
        return switch (name) {
            case "t1" -> new Workload(name, "T1: 3 trainings × 15 000 iterations, 2-10-5-1", specs("t1-circles"));
            case "t2" -> new Workload(name, "T2 grid: 12 runs, 1000×100, 5 layers", specs("t2-sigmoid", "t2-tanh", "t2-relu"));
            case "t3" -> new Workload(name, "T3 grid: 10 runs on Abalone, 8 layers", specs("t3-abalone"));
            // t4-mnist-pixels: He on pixels / 255, exactly what numpy_bench.py's mnist() computes
            // (t4-mnist standardises the pixels and adds a zeros run, the tutorial's point, not its workload).
            case "mnist" -> new Workload(name, "MNIST: 1 epoch 784-100-10, Adam, batch 100, He", specs("t4-mnist-pixels"));
            default -> throw new IllegalArgumentException("bench.workloads: unknown workload '" + name + "'");
        };
    }

    /** Every data set spec the workload loads (its training and test sets). */
    List<String> datasets() {
        List<String> all = new ArrayList<>();
        for (ExperimentSpec s : specs) {
            all.add(s.dataset());
            if (s.training() != null && s.training().testDataset() != null) {
                all.add(s.training().testDataset());
            }
        }
        return all;
    }

    private static List<ExperimentSpec> specs(String... ids) {
        List<ExperimentSpec> specs = new ArrayList<>();
        for (String id : ids) {
            specs.add(spec(find(id)));
        }
        return specs;
    }

    private static ExperimentSpec spec(ExperimentDefinition d) {
        return ExperimentSpec.of("bench " + d.id(), new ExperimentDefinition(d.id(), d.settings(), d.initializers(), List.of()));
    }

    /** The classic suite's experiment {@code id} on its own seed only, the one the Python scripts use. */
    static ExperimentDefinition find(String id) {
        return firstSeed(Suites.named("classic").stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the classic suite has no experiment '" + id + "'")));
    }

    /**
     * {@code d} on the first of its {@code seeds} (the suite lists each experiment's own seed first)
     * as its one {@code seed}: the tutorials' single run, which the Python scripts reproduce.
     */
    static ExperimentDefinition firstSeed(ExperimentDefinition d) {
        String seeds = d.settings().get("seeds");
        return seeds == null ? d : reseeded(d, "seed", seeds.split("[,.]")[0].trim());
    }

    /** {@code d} with its seed setting replaced by {@code key} ({@code seed} or {@code seeds}): the two together are an error. */
    static ExperimentDefinition reseeded(ExperimentDefinition d, String key, String value) {
        Map<String, String> settings = new LinkedHashMap<>(d.settings());
        settings.remove("seed");
        settings.remove("seeds");
        settings.put(key, value);
        return new ExperimentDefinition(d.id(), settings, d.initializers(), d.claims(), d.names());
    }
}
