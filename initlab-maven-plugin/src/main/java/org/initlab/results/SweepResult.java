package org.initlab.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One run's grid of a sweep experiment: for every depth × width, the statistic of a network of
 * {@code depth} layers of {@code width} units, drawn with this run's initializer and activation.
 *
 * @param statistic the statistic's name as configured, e.g. {@code post.std@last}
 * @param depths    the grid's depths, in configuration order
 * @param widths    the grid's hidden widths (one, unless the sweep has a width axis)
 * @param cells     one per depth × width, widths outer, depths inner
 * @param repeated  the layer the grid's networks repeat, with what theory says of it: the first width's
 *                  hidden-to-hidden layer (layer 2 of its deepest network; layer 1 when the grid is one
 *                  layer deep), where the phase diagram places the initializer; null in older results
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SweepResult(String statistic, int[] depths, int[] widths, List<SweepCell> cells, Layer repeated) {

    /** One layer's shape and theory, without its (per-network) statistics. */
    public record Layer(int index, int fanIn, int fanOut, LayerResult.Theory theory) {

        public static Layer of(LayerResult layer) {
            return new Layer(layer.index(), layer.fanIn(), layer.fanOut(), layer.theory());
        }
    }

    /** A grid without its repeated layer. */
    public SweepResult(String statistic, int[] depths, int[] widths, List<SweepCell> cells) {
        this(statistic, depths, widths, cells, null);
    }

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
