package org.initlab.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.initlab.claims.ComparedWeights;
import org.initlab.config.ExperimentSpec;
import org.initlab.init.DataDependentInitializer;
import org.initlab.numeric.Matrix;
import org.initlab.random.RandomSource;

/**
 * How far one run's drawn weights are from those another initializer of the experiment draws under
 * the same seeding rules, element by element, layer by layer, for the pairs its claims compare
 * ({@link ComparedWeights}):
 * max|W − W′| / max(max|W|, max|W′|). Two formulas for one law — the tutorial's randn/√(n/2) and
 * N(0, 2/n) — come out at the rounding error; any two different laws at a sizeable fraction.
 *
 * <p>The other initializers' weights are drawn again here, one layer at a time and with the same
 * draws in the same order as {@link ForwardPass} (weights, then bias, from a fresh generator with the
 * experiment's seed), one generator per compared initializer advanced with the run's layers, so nothing but one layer is held: drawing costs far less than the forward pass
 * it stands beside. Data-dependent initializers (LSUV) are left out: their weights depend on the
 * batch and the activation, not on the seed alone.
 */
final class WeightComparison {
    private final ExperimentSpec spec;
    /** Each compared initializer with its own generator, advanced one layer per {@link #next}. */
    private final Map<ExperimentSpec.Labeled, RandomSource> others = new LinkedHashMap<>();

    /** The comparisons of a run of {@code own}, to be fed its layers in order. */
    WeightComparison(ExperimentSpec spec, ExperimentSpec.Labeled own) {
        this.spec = spec;
        Map<String, java.util.Set<String>> pairs = ComparedWeights.of(spec);
        if (!(own.initializer() instanceof DataDependentInitializer)) {
            for (ExperimentSpec.Labeled other : spec.initializers()) {
                if (other.label().equals(own.label()) || other.initializer() instanceof DataDependentInitializer
                        || !ComparedWeights.compared(pairs, own, other)) {
                    continue;
                }
                others.put(other, spec.rng().create(spec.seed()));
            }
        }
    }

    /**
     * Per layer, other initializer's label → the largest relative difference; all null when the run's
     * own initializer is data-dependent or the experiment has no other initializer to compare with.
     */
    static List<Map<String, Double>> against(ExperimentSpec spec, ExperimentSpec.Labeled own, List<ForwardPass.Layer> layers) {
        WeightComparison comparison = new WeightComparison(spec, own);
        List<Map<String, Double>> perLayer = new ArrayList<>();
        layers.forEach(l -> perLayer.add(comparison.next(l)));
        return perLayer;
    }

    /** The next layer's differences, other initializer's label → the largest relative difference; null when none is compared. */
    Map<String, Double> next(ForwardPass.Layer layer) {
        if (others.isEmpty()) {
            return null;
        }
        Map<String, Double> differences = new LinkedHashMap<>();
        others.forEach((other, rng) -> {
            Matrix drawn = ForwardPass.draw(spec, other.initializer(), layer.shape(), rng);
            ForwardPass.drawBias(spec, other.initializer(), layer.shape(), layer.shape().out(), rng);
            if (spec.float32()) {
                drawn = drawn.toFloat32();
            }
            differences.put(other.label(), maxRelativeDifference(layer.stored().data(), drawn.data()));
        });
        return differences;
    }

    /** max|a − b| / max(max|a|, max|b|); 0 when both are all zeros. */
    static double maxRelativeDifference(double[] a, double[] b) {
        double difference = 0;
        double scale = 0;
        for (int i = 0; i < a.length; i++) {
            difference = Math.max(difference, Math.abs(a[i] - b[i]));
            scale = Math.max(scale, Math.max(Math.abs(a[i]), Math.abs(b[i])));
        }
        return difference == 0 ? 0 : difference / scale;
    }
}
