package org.initlab.results;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What one layer of one run looked like. Statistics that the experiment type does not compute are null.
 *
 * @param theory what the variance derivation predicts for this layer, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LayerResult(int index, int fanIn, int fanOut, Stats weights, Stats pre, Stats post, Stats gradient,
                          Theory theory) {

    /**
     * The derivation's prediction, computed from the initializer's formula (not from the drawn
     * weights): Var(pre) = n·Var(w)·E[x²], with E[x²] carried from layer to layer by the activation's rule.
     */
    public record Theory(double weightVariance, double preVariance) {
    }
}
