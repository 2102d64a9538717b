package org.initlab.results;

import java.util.List;

/**
 * One run's grid of a sweep experiment: for every depth × width, the statistic of a network of
 * {@code depth} layers of {@code width} units, drawn with this run's initializer and activation.
 *
 * @param statistic the statistic's name as configured, e.g. {@code post.std@last}
 * @param depths    the grid's depths, in configuration order
 * @param widths    the grid's hidden widths (one, unless the sweep has a width axis)
 * @param cells     one per depth × width, widths outer, depths inner
 */
public record SweepResult(String statistic, int[] depths, int[] widths, List<SweepCell> cells) {

    public SweepResult {
        depths = depths.clone();
        widths = widths.clone();
        cells = List.copyOf(cells);
    }

    /** The value measured at {@code depth} × {@code width}. */
    public double value(int depth, int width) {
        for (SweepCell c : cells) {
            if (c.depth() == depth && c.width() == width) {
                return c.value();
            }
        }
        throw new IllegalArgumentException("no cell for depth " + depth + " × width " + width);
    }
}
