package org.initlab.theory;

/**
 * Where one (σ_w², σ_b²) sits in the mean-field phase diagram (Schoenholz et al. 2017).
 *
 * @param fixedPoint    q*, the variance every layer's pre-activations settle at
 * @param chi           χ₁ = σ_w²·E[φ′(h)²] at q*: below 1 ordered (inputs' correlations → 1, gradients
 *                      vanish), above 1 chaotic (correlations decay, gradients explode)
 * @param correlation   c*, the correlation two inputs' pre-activations settle at (1 in the ordered phase)
 * @param lengthDepth   ξ_q: over how many layers the variance forgets where it started
 * @param correlationDepth ξ_c: over how many layers two inputs' correlation stays distinguishable from c*;
 *                      it diverges on the critical line χ₁ = 1, which bounds the depth a network can be trained at
 */
public record DepthScales(double sigmaW2, double sigmaB2, double fixedPoint, double chi, double correlation,
                          double lengthDepth, double correlationDepth) {
}
