package org.initlab.history;

import java.util.Map;

/**
 * One build's summary in a report's history: enough to draw trends across commits without
 * keeping every old results.json.
 *
 * @param experiments per experiment id: its claims as stated and one headline figure per run
 */
public record HistoryEntry(String commit, String generated, Map<String, ExperimentSummary> experiments) {

    /**
     * @param headline run label → the run's headline figure: the last layer's activation std
     *                 (activations), the first layer's ‖∂L/∂W‖ (gradients) or the test accuracy (training)
     */
    public record ExperimentSummary(String metric, int claimsAsStated, int claims, Map<String, Double> headline) {
    }
}
