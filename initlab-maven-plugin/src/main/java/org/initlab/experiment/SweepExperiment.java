package org.initlab.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.initlab.config.ExperimentSpec;
import org.initlab.config.ExperimentType;
import org.initlab.config.SweepSpec;
import org.initlab.config.SweepStatistic;
import org.initlab.data.Dataset;
import org.initlab.nn.Activation;
import org.initlab.numeric.MatrixKernel;
import org.initlab.results.LayerResult;
import org.initlab.results.RunResult;
import org.initlab.results.Stats;
import org.initlab.results.SweepCell;
import org.initlab.results.SweepResult;

/**
 * A grid of networks per run: for each width, networks of every configured depth, each measured by
 * one number. Each network is run by the activations (or, for {@code gradientRatio}, the gradients)
 * experiment with this experiment's seeds, so a cell is exactly what that experiment reports for
 * the same network.
 *
 * <p>Forward statistics need one pass per width: the weights are drawn layer by layer from one
 * generator, so the first {@code d} layers of the deepest network are the network of depth
 * {@code d}. A gradient depends on where the loss sits, so {@code gradientRatio} runs one forward
 * and backward pass per depth.
 */
final class SweepExperiment implements Experiment {
    private final ExperimentSpec spec;
    private final SweepSpec sweep;
    private final Dataset data;
    private final MatrixKernel kernel;
    private final RunProgress progress;

    SweepExperiment(ExperimentSpec spec, Dataset data, MatrixKernel kernel, RunProgress progress) {
        this.spec = spec;
        this.sweep = spec.sweep();
        this.data = data;
        this.kernel = kernel;
        this.progress = progress;
    }

    @Override
    public RunResult run(ExperimentSpec.Labeled init, Activation activation) {
        long start = System.nanoTime();
        List<SweepCell> cells = new ArrayList<>();
        SweepResult.Layer repeated = null;
        for (int width : sweep.widths()) {
            if (sweep.statistic().needsBackwardPass()) {
                for (int depth : sweep.depths()) {
                    ExperimentSpec network = spec.network(ExperimentType.GRADIENTS, layers(depth, width));
                    List<LayerResult> layers = new GradientsExperiment(network, data, kernel).run(init, activation).layers();
                    cells.add(new SweepCell(depth, width, statistic(sweep.statistic(), layers), meanField(sweep.statistic(), layers)));
                    if (repeated == null && depth == sweep.maxDepth()) {
                        repeated = repeated(layers);
                    }
                    reached(start, init, activation, width, depth);
                }
            } else {
                ExperimentSpec deepest = spec.network(ExperimentType.ACTIVATIONS, layers(sweep.maxDepth(), width));
                int w = width;
                // the pass keeps each layer's summary only; announce the sweep's depths as they are passed
                List<LayerResult> layers = new ActivationsExperiment(deepest, data, kernel).run(init, activation, layer -> {
                    if (Arrays.stream(sweep.depths()).anyMatch(d -> d == layer.index())) {
                        reached(start, init, activation, w, layer.index());
                    }
                }).layers();
                if (repeated == null) {
                    repeated = repeated(layers);
                }
                for (int depth : sweep.depths()) {
                    List<LayerResult> network = layers.subList(0, depth);
                    cells.add(new SweepCell(depth, width, statistic(sweep.statistic(), network), meanField(sweep.statistic(), network)));
                }
            }
        }
        SweepResult result = new SweepResult(sweep.statistic().text(), sweep.depths(), sweep.widths(), cells, repeated);
        return new RunResult(init.label(), init.name(), activation.text(), spec.seed(), (System.nanoTime() - start) / 1_000_000, List.of(),
                null, result);
    }

    private void reached(long start, ExperimentSpec.Labeled init, Activation activation, int width, int depth) {
        progress.since(start, () -> String.format(Locale.ROOT, "%s × %s, seed %d, width %d: depth %d/%d reached", init.label(),
                activation.text(), spec.seed(), width, depth, sweep.maxDepth()));
    }

    /** The deepest network's hidden-to-hidden layer, the one the grid repeats (its only layer when one deep). */
    private static SweepResult.Layer repeated(List<LayerResult> deepest) {
        return SweepResult.Layer.of(deepest.get(Math.min(1, deepest.size() - 1)));
    }

    private static int[] layers(int depth, int width) {
        int[] sizes = new int[depth];
        Arrays.fill(sizes, width);
        return sizes;
    }

    /**
     * The statistic of one network, given its layers in order. A statistic of values that held a NaN
     * is NaN, of values that held an infinity is infinite: {@link Stats} leaves non-finite values out
     * of its moments, which would make an exploded network look tame.
     */
    static double statistic(SweepStatistic statistic, List<LayerResult> layers) {
        LayerResult first = layers.get(0);
        LayerResult last = layers.get(layers.size() - 1);
        return switch (statistic) {
            case POST_STD_LAST -> std(last.post());
            case PRE_STD_LAST -> std(last.pre());
            case POST_ZERO_FRACTION_LAST -> last.post().zeroFraction();
            case POST_STD_RATIO -> std(last.post()) / std(first.post());
            case GRADIENT_RATIO -> norm(first.gradient()) / norm(last.gradient());
        };
    }

    /** The statistic by the mean-field recursion, where it predicts it; null elsewhere. */
    static Double meanField(SweepStatistic statistic, List<LayerResult> layers) {
        LayerResult.Theory first = layers.get(0).theory();
        LayerResult.Theory last = layers.get(layers.size() - 1).theory();
        if (first == null || last == null) {
            return null;
        }
        return switch (statistic) {
            case POST_STD_LAST -> sqrt(last.meanFieldPostVariance());
            case PRE_STD_LAST -> sqrt(last.meanFieldPreVariance());
            case POST_STD_RATIO -> {
                Double top = sqrt(last.meanFieldPostVariance());
                Double bottom = sqrt(first.meanFieldPostVariance());
                yield top == null || bottom == null || bottom == 0 ? null : top / bottom;
            }
            case POST_ZERO_FRACTION_LAST, GRADIENT_RATIO -> null;
        };
    }

    private static Double sqrt(Double variance) {
        return variance == null ? null : Math.sqrt(variance);
    }

    private static double std(Stats s) {
        return s.nan() > 0 ? Double.NaN : s.infinite() > 0 ? Double.POSITIVE_INFINITY : s.std();
    }

    /** The Frobenius norm from the statistics, √(n·(σ² + μ²)): the figure the gradients page shows. */
    private static double norm(Stats s) {
        if (s.nan() > 0) {
            return Double.NaN;
        }
        if (s.infinite() > 0) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.sqrt(s.count() * (s.std() * s.std() + s.mean() * s.mean()));
    }
}
