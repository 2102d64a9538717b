package org.initlab.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.initlab.nn.Activation;
import org.junit.jupiter.api.Test;

class PhaseDiagramTest {
    private final PhaseDiagram tanh = new PhaseDiagram(Activation.TANH);

    @Test
    void withoutBiasesTheOrderedPhaseEndsAtSigmaW2OneWhereXavierSits() {
        DepthScales ordered = tanh.at(0.5, 0);
        assertThat(ordered.fixedPoint()).isZero();
        assertThat(ordered.chi()).isCloseTo(0.5, within(1e-12));           // χ₁ = σ_w²·tanh′(0)² at q* = 0
        assertThat(ordered.correlationDepth()).isCloseTo(-1 / Math.log(0.5), within(1e-9));
        DepthScales chaotic = tanh.at(2, 0);
        assertThat(chaotic.chi()).isGreaterThan(1);
        assertThat(chaotic.correlation()).isZero();
        assertThat(tanh.at(1, 0).chi()).isCloseTo(1, within(1e-12));
    }

    @Test
    void theFixedPointSolvesTheLengthMap() {
        for (double[] p : new double[][] {{1.5, 0}, {2, 0.05}, {4, 0.3}, {100, 0}}) {
            double q = tanh.fixedPoint(p[0], p[1]);
            double mapped = p[0] * MeanFieldActivation.moments(Activation.TANH, 0, q).secondMoment() + p[1];
            assertThat(mapped).as("q* for " + p[0] + ", " + p[1]).isCloseTo(q, within(1e-9 * Math.max(1, q)));
        }
    }

    @Test
    void onTheCriticalLineChiIsOneAndTheCorrelationDepthDiverges() {
        List<double[]> line = tanh.criticalLine(new double[] {0.01, 0.1, 0.5, 1});
        for (double[] p : line) {
            DepthScales s = tanh.at(p[0], p[1]);
            assertThat(s.chi()).isCloseTo(1, within(1e-6));
            assertThat(s.correlationDepth()).isGreaterThan(1e4);
        }
        // the line rises: more bias variance needs more weight variance to reach the edge of chaos
        assertThat(line.get(3)[0]).isGreaterThan(line.get(0)[0]);
        assertThat(line.get(3)[1]).isGreaterThan(line.get(0)[1]);
    }

    @Test
    void withBiasesTheChaoticPhaseHasACorrelationFixedPointBelowOne() {
        DepthScales s = tanh.at(3, 0.05);
        assertThat(s.chi()).isGreaterThan(1);
        assertThat(s.correlation()).isBetween(0.0, 1.0);
        assertThat(s.correlationDepth()).isPositive().isFinite();
        assertThat(s.lengthDepth()).isPositive().isFinite();
    }
}
