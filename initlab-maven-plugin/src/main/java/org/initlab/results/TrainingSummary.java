package org.initlab.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The outcome of one training run.
 *
 * @param costs         the cost of the forward pass before the recorded steps' updates; {@code inf}
 *                      and {@code NaN} are kept as they happened
 * @param trainAccuracy on the training set; null (absent from results.json) for a linear output, which is
 *                      regression and has no accuracy
 * @param testAccuracy  on the test set; null (absent from results.json) when the experiment has none, or
 *                      for a linear output
 * @param testMajorityShare the share of the test samples whose label is the training set's most frequent one
 *                      (the smallest such label on a tie): the test accuracy of a network that always guesses
 *                      it, as one that never broke its symmetry does; null where {@code testAccuracy} is
 * @param distinctUnits per hidden layer, how many units differ from each other (zero init leaves one)
 * @param boundary      for 2-D inputs, the decision boundary; otherwise null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrainingSummary(List<CostPoint> costs, Double trainAccuracy, Double testAccuracy, Double testMajorityShare,
                              List<Integer> distinctUnits, DecisionBoundary boundary) {

    public TrainingSummary {
        costs = List.copyOf(costs);
        distinctUnits = List.copyOf(distinctUnits);
    }

    /** A run without the majority share (written before it was recorded, or without a test set). */
    public TrainingSummary(List<CostPoint> costs, Double trainAccuracy, Double testAccuracy, List<Integer> distinctUnits,
                           DecisionBoundary boundary) {
        this(costs, trainAccuracy, testAccuracy, null, distinctUnits, boundary);
    }
}
