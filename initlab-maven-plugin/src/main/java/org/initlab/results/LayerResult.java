package org.initlab.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.initlab.theory.MomentSource;

/**
 * What one layer of one run looked like. Statistics that the experiment type does not compute are null.
 *
 * @param fanIn              the weights' fan-in (for a convolution in·kh·kw, as torch computes it); for a
 *                           layer without weights (pooling, flatten, a normalization) the values per sample it takes
 * @param fanOut             the weights' fan-out, or the values per sample a layer without weights gives
 * @param weights            the weights as drawn; null for a layer without weights (and a residual without projection)
 * @param gradient           ∂loss/∂W of this layer (gradients experiments)
 * @param activationGradient ∂loss/∂(this layer's activation) (gradients experiments)
 * @param theory             what theory predicts for this layer (linear approximation and mean field), or null
 * @param postUnitStd        the spread of one unit's activation across samples, averaged over units:
 *                           what "broad" means for the samples a unit sees, as opposed to {@code post.std},
 *                           which also counts the differences between units
 * @param weightsMaxRelDiff  for each other initializer of the experiment (by label), how far the weights it
 *                           draws for this layer under the same seeding rules are from this run's, element by
 *                           element: max|W − W′| / max(max|W|, max|W′|); null when nothing was compared
 *                           (training and sweep runs, data-dependent initializers)
 * @param layer              the layer's spec ({@code conv2d(out=8, kernel=3)}) in a network with other layers than
 *                           dense ones; null in a dense network
 * @param shape              the layer's output per sample ({@code 8×26×26}, or {@code 10} when flat), with {@code layer}
 * @param referenceMaxRelDiff for each comparison a claim asks for ({@code input}, {@code bilinear(border=1)}, see
 *                           {@link org.initlab.tensor.Reference.Check#key()}), how far the layer's linear output is
 *                           from that reference computed from its input: max|pre − R(x)| / max(max|pre|, max|R(x)|);
 *                           null when no claim asks, and without the comparisons that do not fit the layer
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LayerResult(int index, int fanIn, int fanOut, Stats weights, Stats pre, Stats post, Stats gradient,
                          Stats activationGradient, Theory theory, Double postUnitStd, Map<String, Double> weightsMaxRelDiff,
                          String layer, String shape, Map<String, Double> referenceMaxRelDiff) {

    public LayerResult {
        weightsMaxRelDiff = weightsMaxRelDiff == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(weightsMaxRelDiff));
        referenceMaxRelDiff = referenceMaxRelDiff == null ? null
                : Collections.unmodifiableMap(new LinkedHashMap<>(referenceMaxRelDiff));
    }

    /** A layer compared with no reference. */
    public LayerResult(int index, int fanIn, int fanOut, Stats weights, Stats pre, Stats post, Stats gradient,
                       Stats activationGradient, Theory theory, Double postUnitStd, Map<String, Double> weightsMaxRelDiff,
                       String layer, String shape) {
        this(index, fanIn, fanOut, weights, pre, post, gradient, activationGradient, theory, postUnitStd, weightsMaxRelDiff,
                layer, shape, null);
    }

    /** A layer of a dense network. */
    public LayerResult(int index, int fanIn, int fanOut, Stats weights, Stats pre, Stats post, Stats gradient,
                       Stats activationGradient, Theory theory, Double postUnitStd, Map<String, Double> weightsMaxRelDiff) {
        this(index, fanIn, fanOut, weights, pre, post, gradient, activationGradient, theory, postUnitStd, weightsMaxRelDiff,
                null, null);
    }

    /** A layer compared with no other initializer's weights. */
    public LayerResult(int index, int fanIn, int fanOut, Stats weights, Stats pre, Stats post, Stats gradient,
                       Stats activationGradient, Theory theory, Double postUnitStd) {
        this(index, fanIn, fanOut, weights, pre, post, gradient, activationGradient, theory, postUnitStd, null);
    }

    /** A layer with only its weights measured (e.g. the initial weights of a training run). */
    public static LayerResult weightsOnly(int index, int fanIn, int fanOut, Stats weights) {
        return new LayerResult(index, fanIn, fanOut, weights, null, null, null, null, null, null);
    }

    /**
     * What theory predicts for this layer.
     *
     * <p>A figure that does not exist is null (absent from results.json), never NaN: LSUV's weights
     * have no formula variance, and a prediction that overflows predicts nothing.
     *
     * @param weightVariance        Var(w) by the initializer's formula, or null when it has none (LSUV)
     * @param preVariance           the linear approximation n·Var(w)·E[x²], with E[x²] carried from layer to
     *                              layer by each activation's linearised rule and the weights' mean ignored;
     *                              the key keeps its name for older readers of results.json; null from the
     *                              first layer without a formula variance on
     * @param weightMean            the weight mean the mean-field figures used, or null when they are absent
     * @param moments               whether those moments are the formula's or the drawn matrix's
     * @param meanFieldPreVariance  Var(pre) by the mean-field recursion ({@code org.initlab.theory.MeanField})
     * @param meanFieldPostVariance Var(post) by the same recursion
     * @param backwardGain          χ = n_out·E[w²]·E[φ′(h)²], the predicted ratio of the mean squares of
     *                              ∂L/∂a one layer down and at this layer
     * @param biasVariance          Var(b) by the bias initializer's formula, or null when the layer draws no bias
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Theory(Double weightVariance, Double preVariance, Double weightMean, MomentSource moments,
                         Double meanFieldPreVariance, Double meanFieldPostVariance, Double backwardGain,
                         Double biasVariance) {

        /** The linear approximation only. */
        public Theory(double weightVariance, double preVariance) {
            this(weightVariance, preVariance, null, null, null, null, null, null);
        }

        /** Without a bias. */
        public Theory(Double weightVariance, Double preVariance, Double weightMean, MomentSource moments,
                      Double meanFieldPreVariance, Double meanFieldPostVariance, Double backwardGain) {
            this(weightVariance, preVariance, weightMean, moments, meanFieldPreVariance, meanFieldPostVariance,
                    backwardGain, null);
        }
    }
}
