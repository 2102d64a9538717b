package org.initlab.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.initlab.config.SweepStatistic;
import org.initlab.nn.Activation;
import org.initlab.results.ExperimentConfiguration;
import org.initlab.results.ExperimentResult;
import org.initlab.results.LayerResult;
import org.initlab.results.ReportResults;
import org.initlab.results.RunResult;
import org.initlab.results.SweepCell;
import org.initlab.results.SweepResult;
import org.initlab.theory.DepthScales;
import org.initlab.theory.MomentSource;
import org.initlab.theory.PhaseDiagram;

/**
 * The "order and chaos" page for tanh: the critical line χ₁ = 1 in the (σ_w², σ_b²) plane, the depth
 * scales along σ_w² for two bias variances, every configured tanh initializer placed on the plane,
 * and each tanh sweep's measured depth behaviour beside the mean field's.
 *
 * @param criticalLine (σ_w², σ_b²) pairs where χ₁ = 1, from q* = 10⁻⁴ to 4
 * @param curves       ξ_q and ξ_c along σ_w² ∈ [¼, 4], one curve per σ_b²
 * @param points       one per configured tanh run's zero-mean initializer (experiments with layers or sweeps)
 * @param sweeps       one per tanh sweep of a statistic mean field predicts
 */
public record PhasePage(List<double[]> criticalLine, List<Curve> curves, List<Point> points, List<SweepSeries> sweeps) {

    /** Bias variances the depth-scale curves are drawn for: none, and Schoenholz et al.'s typical 0.05. */
    static final double[] CURVE_BIASES = {0, 0.05};

    public record Curve(double sigmaB2, List<DepthScales> scales) {
    }

    /**
     * @param layer which layer's weights gave σ_w² (the first hidden-to-hidden one where there is one)
     */
    public record Point(String experiment, String initializer, String layer, DepthScales scales) {
    }

    /** One initializer's row of a tanh sweep: per depth, the measured statistic and the mean field's. */
    public record SweepSeries(String experiment, String title, String statistic, int width, String initializer,
                              int[] depths, double[] measured, Double[] meanField) {
    }

    /** The page for {@code results}, from what they record: each run's configuration and its layers' theory. */
    static PhasePage of(ReportResults results) {
        PhaseDiagram diagram = new PhaseDiagram(Activation.TANH);
        List<double[]> line = diagram.criticalLine(logSpace(1e-4, 4, 41));
        List<Curve> curves = new ArrayList<>();
        for (double b : CURVE_BIASES) {
            List<DepthScales> scales = new ArrayList<>();
            for (double w : logSpace(0.25, 4, 17)) {
                scales.add(diagram.at(w, b));
            }
            curves.add(new Curve(b, scales));
        }
        List<Point> points = new ArrayList<>();
        List<SweepSeries> sweeps = new ArrayList<>();
        for (ExperimentResult e : results.experiments()) {
            ExperimentConfiguration config = e.configuration();
            if (config == null || !config.activations().contains(Activation.TANH.text()) || "training".equals(e.type())) {
                continue;
            }
            for (ExperimentConfiguration.InitializerSetting init : config.initializers()) {
                Placed layer = placed(e, init.label());
                if (layer == null) {
                    continue;
                }
                LayerResult.Theory theory = layer.theory();
                // LSUV's variance is set by the data (no formula variance), and a weight mean is a different network
                if (theory == null || theory.weightVariance() == null || theory.moments() != MomentSource.FORMULA
                        || theory.weightMean() == null || theory.weightMean() != 0) {
                    continue;
                }
                double sigmaW2 = layer.fanIn() * theory.weightVariance();
                double sigmaB2 = theory.biasVariance() == null ? 0 : theory.biasVariance();
                points.add(new Point(e.id(), init.label(), layer.name(), diagram.at(sigmaW2, sigmaB2)));
            }
            for (RunResult run : e.runs()) {
                // the first seed's, as every per-run chart: one series per initializer, not one per seed
                if (run.seed() == e.seed() && run.activation().equals(Activation.TANH.text()) && run.sweep() != null
                        && predicted(SweepStatistic.parse("experiment '" + e.id() + "' sweep statistic", run.sweep().statistic()))) {
                    for (int width : run.sweep().widths()) {
                        sweeps.add(series(e, run, width));
                    }
                }
            }
        }
        return new PhasePage(line, curves, points, sweeps);
    }

    /** The layer that places an initializer on the plane: its shape, its theory, and how the page names it. */
    private record Placed(int fanIn, LayerResult.Theory theory, String name) {
    }

    /**
     * The first hidden-to-hidden layer of the initializer's first run (the one that repeats in a deep
     * network), else its only layer; for a sweep, the layer its grid repeats.
     */
    private static Placed placed(ExperimentResult e, String label) {
        RunResult run = e.runs().stream().filter(r -> r.initializer().equals(label)).findFirst().orElse(null);
        if (run == null) {
            return null;
        }
        if (run.sweep() != null) {
            SweepResult.Layer layer = run.sweep().repeated();
            if (layer == null) {
                return null;
            }
            String name = layer.index() == 1 ? "layer 1 (" + layer.fanIn() + "→" + layer.fanOut() + ")"
                    : "hidden " + layer.fanIn() + "→" + layer.fanOut();
            return new Placed(layer.fanIn(), layer.theory(), name);
        }
        if (run.layers().isEmpty()) {
            return null;
        }
        LayerResult layer = run.layers().get(Math.min(1, run.layers().size() - 1));
        return new Placed(layer.fanIn(), layer.theory(),
                "layer " + layer.index() + " (" + layer.fanIn() + "→" + layer.fanOut() + ")");
    }

    private static boolean predicted(SweepStatistic s) {
        return s == SweepStatistic.POST_STD_LAST || s == SweepStatistic.PRE_STD_LAST || s == SweepStatistic.POST_STD_RATIO;
    }

    private static SweepSeries series(ExperimentResult e, RunResult run, int width) {
        int[] depths = run.sweep().depths();
        double[] measured = new double[depths.length];
        Double[] meanField = new Double[depths.length];
        for (int i = 0; i < depths.length; i++) {
            int depth = depths[i];
            SweepCell cell = run.sweep().cells().stream().filter(c -> c.depth() == depth && c.width() == width)
                    .findFirst().orElseThrow();
            measured[i] = cell.value();
            meanField[i] = cell.meanField();
        }
        return new SweepSeries(e.id(), e.title(), run.sweep().statistic(), width, run.initializer(), depths, measured, meanField);
    }

    /** {@code n} points from {@code from} to {@code to}, evenly spaced on a log scale. */
    static double[] logSpace(double from, double to, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = from * Math.pow(to / from, i / (double) (n - 1));
        }
        return v;
    }

    /** Each sweep drawn on the page (experiment id → its statistic), in report order: one chart each. */
    public Map<String, String> sweepStatistics() {
        Map<String, String> charts = new java.util.LinkedHashMap<>();
        for (SweepSeries s : sweeps) {
            charts.putIfAbsent(s.experiment(), s.statistic());
        }
        return charts;
    }
}
