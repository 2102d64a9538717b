package org.initlab.results;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What one layer of one run looked like. Statistics that the experiment type does not compute are null.
 *
 * @param gradient           ∂loss/∂W of this layer (gradients experiments)
 * @param activationGradient ∂loss/∂(this layer's activation) (gradients experiments)
 * @param theory             what the variance derivation predicts for this layer, or null
 * @param postUnitStd        the spread of one unit's activation across samples, averaged over units:
 *                           what "broad" means for the samples a unit sees, as opposed to {@code post.std},
 *                           which also counts the differences between units
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LayerResult(int index, int fanIn, int fanOut, Stats weights, Stats pre, Stats post, Stats gradient,
                          Stats activationGradient, Theory theory, Double postUnitStd) {

    /** A layer with only its weights measured (e.g. the initial weights of a training run). */
    public static LayerResult weightsOnly(int index, int fanIn, int fanOut, Stats weights) {
        return new LayerResult(index, fanIn, fanOut, weights, null, null, null, null, null, null);
    }

    /**
     * The derivation's prediction, computed from the initializer's formula (not from the drawn
     * weights): Var(pre) = n·Var(w)·E[x²], with E[x²] carried from layer to layer by the activation's rule.
     */
    public record Theory(double weightVariance, double preVariance) {
    }
}
