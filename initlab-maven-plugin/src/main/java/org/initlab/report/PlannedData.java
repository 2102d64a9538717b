package org.initlab.report;

import org.initlab.config.ExperimentSpec;
import org.initlab.config.ExperimentType;
import org.initlab.settings.Limits;
import org.initlab.settings.Problems;
import org.initlab.data.DatasetCatalog;
import org.initlab.data.DatasetContext;
import org.initlab.data.DatasetShape;
import org.initlab.data.Split;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.initlab.layers.PlannedLayer;

/**
 * An experiment's data sets checked before anything runs: the specs, the files they name, and what
 * the experiment needs of them (training needs targets; a test set must be as wide as the training set;
 * a {@link Split} must leave rows on both sides).
 */
final class PlannedData {
    private PlannedData() {
    }

    /** As below, without the planned layers. */
    static Split.Sizes check(ExperimentSpec spec, DatasetContext context, Problems problems) {
        return check(spec, context, problems, new java.util.HashMap<>());
    }

    /**
     * Records every problem; returns the sizes of the experiment's {@code split(…)} test set when its
     * training set's rows are known before loading (all but a CSV's), else null.
     *
     * @param networks receives the experiment's layers placed on its data's samples, when they are known
     *                 before loading and fit (what the claim plan checks layer comparisons against)
     */
    static Split.Sizes check(ExperimentSpec spec, DatasetContext context, Problems problems,
                             Map<String, List<PlannedLayer>> networks) {
        String at = "experiment '" + spec.id() + "'";
        DatasetShape train = problems.get(() -> DatasetCatalog.check(at + " <dataset>", spec.dataset(), context));
        if (train != null && train.features().isPresent()) {
            if (spec.architecture().isDense()) {
                inputLayer(at, spec, train.features().getAsInt(), problems);
                if (spec.type() == ExperimentType.ACTIVATIONS) {
                    try {
                        networks.put(spec.id(), spec.architecture().plan(at + " <layers>", train.sample()));
                    } catch (org.initlab.settings.ConfigException e) {
                        // a layer too large: the limits above name it
                    }
                }
            } else {
                List<PlannedLayer> planned = problems.get(() -> spec.architecture().plan(at + " <layers>", train.sample()));
                if (planned != null) {
                    networks.put(spec.id(), planned);
                }
            }
        }
        if (spec.type() != ExperimentType.TRAINING) {
            return null;
        }
        if (train != null && !train.labelled()) {
            problems.add(at + " <dataset>: training needs targets, but '" + spec.dataset() + "' has none"
                    + " (a csv with target=none, or a synthetic set without labels); name the target column with target=…");
        }
        String testSpec = spec.training().testDataset();
        if (testSpec == null) {
            return null;
        }
        Optional<Split> split = problems.get(() -> Split.of(at + " <testDataset>", testSpec));
        if (split == null) {
            return null;
        }
        if (split.isPresent()) { // rows of the training set itself: same width, and its targets are checked above
            return train == null || train.rows().isEmpty() ? null
                    : problems.get(() -> split.get().sizes(at + " <testDataset>", spec.dataset(), train.rows().getAsInt()));
        }
        DatasetShape test = problems.get(() -> DatasetCatalog.check(at + " <testDataset>", testSpec, context));
        if (test == null) {
            return null;
        }
        if (!test.labelled()) {
            problems.add(at + " <testDataset>: the test accuracy needs targets, but '" + testSpec + "' has none");
        }
        if (train != null && train.features().isPresent() && test.features().isPresent()
                && train.features().getAsInt() != test.features().getAsInt()) {
            problems.add(at + " <testDataset>: '" + testSpec + "' has " + test.features().getAsInt() + " input columns, but the"
                    + " training set '" + spec.dataset() + "' has " + train.features().getAsInt() + "; the network takes one width");
        }
        return null;
    }

    /** The first weight matrix, the data set's columns × the first layer, within the limits too. */
    private static void inputLayer(String at, ExperimentSpec spec, int columns, Problems problems) {
        int[] first = spec.type() == ExperimentType.SWEEP ? spec.sweep().widths() : spec.layers().length == 0 ? new int[0]
                : new int[] {spec.layers()[0]};
        for (int width : first) {
            problems.check(() -> Limits.layers(at + (spec.type() == ExperimentType.SWEEP ? " <width>" : " <layers>")
                    + " with the data set's " + columns + " input columns", new int[] {columns, width}));
        }
    }
}
