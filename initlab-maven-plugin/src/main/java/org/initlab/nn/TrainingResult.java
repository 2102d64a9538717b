package org.initlab.nn;

import java.util.List;

/**
 * What one training run leaves behind, immutable: the recorded costs, the accuracies, and how
 * many distinct units each hidden layer ended with (the symmetry diagnostic).
 *
 * @param costs          the cost before the update of every recorded iteration, in order;
 *                       {@code +∞} when some prediction was confidently wrong ({@code log 0})
 * @param trainAccuracy  fraction of training samples classified right; NaN for a linear output
 * @param testAccuracy   the same on the test set; null without a test set; NaN for a linear output
 * @param distinctUnits  per hidden layer (layer 1 first), see {@link MutableMlp#distinctUnits(int)}
 */
public record TrainingResult(List<Cost> costs, double trainAccuracy, Double testAccuracy, List<Integer> distinctUnits) {

    public TrainingResult {
        costs = List.copyOf(costs);
        distinctUnits = List.copyOf(distinctUnits);
    }

    /** The cost at {@code iteration}, computed on the forward pass before that iteration's update. */
    public record Cost(int iteration, double cost) {
    }

    /** The recorded cost values alone, in order. */
    public double[] costValues() {
        return costs.stream().mapToDouble(Cost::cost).toArray();
    }
}
