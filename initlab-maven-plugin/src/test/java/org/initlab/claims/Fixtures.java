package org.initlab.claims;

import java.util.ArrayList;
import java.util.List;
import org.initlab.results.CostPoint;
import org.initlab.results.ExperimentResult;
import org.initlab.results.Histogram;
import org.initlab.results.LayerResult;
import org.initlab.results.RunResult;
import org.initlab.results.Stats;
import org.initlab.results.SweepCell;
import org.initlab.results.SweepResult;
import org.initlab.results.TrainingSummary;

/** Hand-built results whose every number is known, so each metric can be checked exactly. */
final class Fixtures {
    static final String KAIMING = "kaiming_normal(mode=fan_in, nonlinearity=relu)";

    private Fixtures() {
    }

    /** Distinct numbers per field: mean = base + 0.1, std = base + 0.2, min = base - 1, max = base + 1. */
    static Stats stats(double base) {
        return new Stats(1000, base + 0.1, base + 0.2, base - 1, base + 1, 3, 4, 0.25,
                new Histogram(new double[] {0, 1}, new long[] {993}));
    }

    /**
     * An activations/gradients experiment: xavier_normal with tanh and relu (two layers each), and
     * {@link #KAIMING} with relu only (three layers, with gradients and a prediction).
     */
    static ExperimentResult layers() {
        RunResult xavierTanh = new RunResult("xavier_normal", "tanh", 1, List.of(
                new LayerResult(1, 4, 3, stats(1), stats(2), stats(3), null, null, new LayerResult.Theory(0.5, 1.5), 0.7),
                new LayerResult(2, 3, 2, stats(11), stats(12), stats(13), null, null, null, null)), null);
        RunResult xavierRelu = new RunResult("xavier_normal", "relu", 1, List.of(
                new LayerResult(1, 4, 3, stats(21), stats(22), stats(23), null, null, null, null),
                new LayerResult(2, 3, 2, stats(31), stats(32), stats(33), null, null, null, null)), null);
        RunResult kaiming = new RunResult(KAIMING, "relu", 1, List.of(
                new LayerResult(1, 4, 3, stats(41), stats(42), stats(43), stats(44), stats(45), new LayerResult.Theory(0.5, 2.0), 0.9),
                new LayerResult(2, 3, 3, stats(51), stats(52), stats(53), stats(54), stats(55), new LayerResult.Theory(0.5, 2.5), 1.1),
                new LayerResult(3, 3, 1, stats(61), stats(62), stats(63), stats(64), stats(65), new LayerResult.Theory(0.5, 3.0), 1.3)),
                null);
        return new ExperimentResult("deep", "gradients", "Deep", "gaussian(rows=10, cols=4, seed=0)", 0,
                List.of(xavierTanh, xavierRelu, kaiming), List.of());
    }

    /** A training experiment: zeros (one distinct unit per hidden layer) and he_normal (whose cost blew up). */
    static ExperimentResult training() {
        RunResult zeros = new RunResult("zeros", "relu", 5, List.of(LayerResult.weightsOnly(1, 2, 10, stats(0))),
                new TrainingSummary(List.of(new CostPoint(0, 0.69), new CostPoint(1000, 0.5), new CostPoint(2000, 0.3)),
                        0.5, 0.48, List.of(1, 1), null));
        RunResult he = new RunResult("he_normal", "relu", 5, List.of(LayerResult.weightsOnly(1, 2, 10, stats(0))),
                new TrainingSummary(List.of(new CostPoint(0, 0.7), new CostPoint(1000, Double.POSITIVE_INFINITY),
                        new CostPoint(2000, Double.NaN)), 0.96, 0.94, List.of(10, 5), null));
        return new ExperimentResult("t1", "training", "T1", "circles(samples=300, noise=0.05, seed=1)", 3,
                List.of(zeros, he), List.of());
    }

    /**
     * A sweep over depths 1, 2, 4, 8 at width 100 of {@code post.std@last}: xavier_normal with tanh
     * and relu, and normal(std=10) with relu only, whose std overflowed at depth 4 and was NaN at 8.
     */
    static ExperimentResult sweep() {
        int[] depths = {1, 2, 4, 8};
        RunResult xavierTanh = sweepRun("xavier_normal", "tanh", depths, 0.6, 0.5, 0.35, 0.25);
        RunResult xavierRelu = sweepRun("xavier_normal", "relu", depths, 0.58, 0.46, 0.22, 0.065);
        RunResult large = sweepRun("normal(std=10)", "relu", depths, 10, 1e30, Double.POSITIVE_INFINITY, Double.NaN);
        return new ExperimentResult("grid", "sweep", "Grid", "gaussian(rows=10, cols=100, seed=0)", 1,
                List.of(xavierTanh, xavierRelu, large), List.of());
    }

    /** A sweep with a width axis: {@link #KAIMING} with relu over depths 2, 4 and widths 50, 100 (value = depth + width / 1000). */
    static ExperimentResult widthSweep() {
        int[] depths = {2, 4};
        int[] widths = {50, 100};
        List<SweepCell> cells = new ArrayList<>();
        for (int width : widths) {
            for (int depth : depths) {
                cells.add(new SweepCell(depth, width, depth + width / 1000.0));
            }
        }
        RunResult run = new RunResult(KAIMING, "relu", 1, List.of(), null,
                new SweepResult("post.std@last", depths, widths, cells));
        return new ExperimentResult("widths", "sweep", "Widths", "gaussian(rows=10, cols=50, seed=0)", 1, List.of(run), List.of());
    }

    private static RunResult sweepRun(String init, String act, int[] depths, double... values) {
        List<SweepCell> cells = new ArrayList<>();
        for (int i = 0; i < depths.length; i++) {
            cells.add(new SweepCell(depths[i], 100, values[i]));
        }
        return new RunResult(init, act, 1, List.of(), null, new SweepResult("post.std@last", depths, new int[] {100}, cells));
    }
}
