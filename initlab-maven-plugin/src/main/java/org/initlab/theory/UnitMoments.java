package org.initlab.theory;

/**
 * What an activation makes of a Gaussian pre-activation h ~ N(M, V): the moments of φ(h) the next
 * layer's sums are built from, and of φ′(h), the factor the backward pass multiplies by.
 *
 * @param mean         E[φ(h)]
 * @param secondMoment E[φ(h)²]
 * @param slopeSquare  E[φ′(h)²]
 */
public record UnitMoments(double mean, double secondMoment, double slopeSquare) {

    /** Var(φ(h)) = E[φ²] − E[φ]². */
    public double variance() {
        return secondMoment - mean * mean;
    }
}
