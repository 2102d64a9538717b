package org.initlab.results;

/**
 * One network of a sweep's grid and the statistic measured on it.
 *
 * @param value the statistic; NaN when the values it is computed from held a NaN, infinite when they
 *              held an infinity (and no NaN)
 */
public record SweepCell(int depth, int width, double value) {
}
