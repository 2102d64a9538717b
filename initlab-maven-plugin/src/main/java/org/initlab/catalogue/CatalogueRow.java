package org.initlab.catalogue;

/**
 * One initializer of the catalogue with its formula and its check, measured in this build.
 *
 * @param spec            what was drawn (the entry's defaults, or a representative value for a required key)
 * @param rows            shape drawn, first dimension
 * @param theoreticalStd  the formula's standard deviation for that shape (for a data-dependent entry, the std
 *                        its defining property implies on the check's standard normal batch, 1/√rows)
 * @param bound           the formula's largest possible |w − mean|, or null for unbounded distributions
 * @param measuredMean    mean of the drawn weights (null when nothing could be drawn)
 * @param holds           whether the measurement agrees with the formula, or for a data-dependent entry
 *                        whether its defining property holds (null when not measured)
 * @param note            why a row was not measured, how a data-dependent row was checked, or empty
 * @param bias            the bias a library default gives the layer with these weights (e.g. {@code U(±1/√fan_in)}),
 *                        or empty when the experiment's {@code bias} setting decides
 */
public record CatalogueRow(String qualifiedName, String name, String library, String signature, String summary,
                           String quirk, String formula, String spec, int rows, int cols, double theoreticalMean,
                           double theoreticalStd, Double bound, Double measuredMean, Double measuredStd,
                           Double measuredMin, Double measuredMax, Boolean holds, String note, String bias) {
}
