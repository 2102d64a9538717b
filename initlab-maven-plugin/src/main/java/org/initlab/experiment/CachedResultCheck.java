package org.initlab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.initlab.config.ExperimentSpec;
import org.initlab.config.ExperimentType;
import org.initlab.nn.Activation;
import org.initlab.results.ExperimentResult;
import org.initlab.results.LayerResult;
import org.initlab.results.RunResult;

/**
 * Whether a cached result has the shape of the experiment it is reused for: its id and type, one
 * run per initializer × activation × seed in the runner's order, and every run's layers (or sweep grid,
 * or training summary). The content hash catches edits; this catches an entry that is consistent
 * but belongs to something else.
 */
final class CachedResultCheck {
    private CachedResultCheck() {
    }

    /** Why the cached result does not fit the experiment, or empty when it does. */
    static Optional<String> mismatch(ExperimentSpec spec, ExperimentResult cached) {
        if (!spec.id().equals(cached.id())) {
            return why("it is the result of experiment '%s'", cached.id());
        }
        if (!spec.type().text().equals(cached.type())) {
            return why("its type is '%s', the experiment's is '%s'", cached.type(), spec.type().text());
        }
        List<String> expected = expectedRuns(spec);
        List<String> actual = cached.runs().stream().map(CachedResultCheck::name).toList();
        if (!expected.equals(actual)) {
            return why("its runs %s are not the experiment's %s", actual, expected);
        }
        for (RunResult run : cached.runs()) {
            Optional<String> wrong = mismatch(spec, run);
            if (wrong.isPresent()) {
                return wrong;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> mismatch(ExperimentSpec spec, RunResult run) {
        if (spec.type() == ExperimentType.SWEEP) {
            return run.sweep() == null ? why("run %s has no sweep grid", name(run)) : Optional.empty();
        }
        if (spec.type() == ExperimentType.TRAINING && run.training() == null) {
            return why("run %s has no training summary", name(run));
        }
        if (!spec.architecture().isDense()) {
            int recorded = spec.architecture().recordedLayers();
            return run.layers().size() == recorded ? Optional.empty()
                    : why("run %s has %d layers, the experiment %d", name(run), run.layers().size(), recorded);
        }
        int[] units = spec.layers();
        if (run.layers().size() != units.length) {
            return why("run %s has %d layers, the experiment %d", name(run), run.layers().size(), units.length);
        }
        for (int l = 0; l < units.length; l++) {
            LayerResult layer = run.layers().get(l);
            if (layer.fanOut() != units[l]) {
                return why("layer %d of run %s has %d units, the experiment %d", l + 1, name(run), layer.fanOut(), units[l]);
            }
        }
        return Optional.empty();
    }

    /** The runs the runner makes, in its order (seeds inner): a training experiment trains with the first activation only. */
    private static List<String> expectedRuns(ExperimentSpec spec) {
        List<Activation> activations = spec.type() == ExperimentType.TRAINING
                ? spec.activations().subList(0, 1) : spec.activations();
        List<String> runs = new ArrayList<>();
        for (ExperimentSpec.Labeled init : spec.initializers()) {
            for (Activation activation : activations) {
                for (long seed : spec.seeds()) {
                    runs.add(init.label() + " × " + activation.text() + " (seed " + seed + ")");
                }
            }
        }
        return runs;
    }

    private static String name(RunResult run) {
        return run.initializer() + " × " + run.activation() + " (seed " + run.seed() + ")";
    }

    private static Optional<String> why(String format, Object... args) {
        return Optional.of(String.format(Locale.ROOT, format, args));
    }
}
