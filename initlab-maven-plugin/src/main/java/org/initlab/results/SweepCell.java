package org.initlab.results;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One network of a sweep's grid and the statistic measured on it.
 *
 * @param value     the statistic; NaN when the values it is computed from held a NaN, infinite when they
 *                  held an infinity (and no NaN)
 * @param meanField the same statistic as the mean-field recursion predicts it, or null for statistics it
 *                  does not predict ({@code post.zeroFraction@last}, {@code gradientRatio})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SweepCell(int depth, int width, double value, Double meanField) {

    /** A cell without a prediction. */
    public SweepCell(int depth, int width, double value) {
        this(depth, width, value, null);
    }
}
