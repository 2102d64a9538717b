package org.initlab.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.initlab.random.NumpyRandom;
import org.junit.jupiter.api.Test;

/**
 * The truncated normal: the distribution function it relies on, the moment formulas, and the
 * redraw sampler (which must keep exactly the in-range values of the plain numpy stream).
 */
class TruncatedNormalTest {

    @Test
    void cdfMatchesTheCLibrary() {
        // reference values: 0.5 * math.erfc(-x / math.sqrt(2)) in Python (glibc)
        assertThat(StandardNormal.cdf(1)).isCloseTo(0.8413447460685429, within(1e-15));
        assertThat(StandardNormal.cdf(2)).isCloseTo(0.9772498680518208, within(1e-15));
        assertThat(StandardNormal.cdf(0.5)).isCloseTo(0.6914624612740131, within(1e-15));
        assertThat(StandardNormal.cdf(-0.1)).isCloseTo(0.460172162722971, within(1e-15));
        assertThat(StandardNormal.cdf(0)).isEqualTo(0.5);
        // tails keep their relative accuracy
        assertThat(StandardNormal.cdf(-3)).isCloseTo(0.0013498980316300957, offset(1e-17));
        assertThat(StandardNormal.cdf(-5) / 2.866515718791946e-07).isCloseTo(1, within(1e-13));
        assertThat(StandardNormal.cdf(-8) / 6.220960574271819e-16).isCloseTo(1, within(1e-13));
    }

    @Test
    void kerasCorrectionConstantIsTheStdOfAStandardNormalCutAtTwo() {
        double[] m = StandardNormal.truncatedMoments(0, 1, -2, 2);
        assertThat(m[0]).isCloseTo(0, within(1e-16));
        assertThat(m[1]).isCloseTo(KerasInitializers.TRUNCATED_STD, within(1e-15));
    }

    @Test
    void asymmetricMomentsMatchTheClosedForm() {
        // mu=1, sigma=2 on [-1, 4]: mean = mu + sigma (phi(a) - phi(b)) / Z,
        // var = sigma^2 [1 + (a phi(a) - b phi(b)) / Z - ((phi(a) - phi(b)) / Z)^2], computed in Python
        double[] m = StandardNormal.truncatedMoments(1, 2, -1, 4);
        assertThat(m[0]).isCloseTo(1.2903748943050524, within(1e-13));
        assertThat(m[1]).isCloseTo(1.2894727700225224, within(1e-13));
        double[] halfLine = StandardNormal.truncatedMoments(0, 1, 0, Double.POSITIVE_INFINITY);
        assertThat(halfLine[0]).isCloseTo(Math.sqrt(2 / Math.PI), within(1e-14));
        assertThat(halfLine[1]).isCloseTo(Math.sqrt(1 - 2 / Math.PI), within(1e-14));
    }

    @Test
    void redrawingKeepsExactlyTheInRangeDrawsOfTheNumpyStream() {
        Initializer init = InitializerCatalog.parse("test", "trunc_normal(mean=0.5, std=2, a=-1, b=1.5)");
        WeightShape shape = new WeightShape(30, 40, Layout.IN_OUT);
        double[] w = init.sample(shape, new NumpyRandom(7));

        NumpyRandom plain = new NumpyRandom(7);
        List<Double> kept = new ArrayList<>();
        while (kept.size() < w.length) {
            double v = 0.5 + 2 * plain.gauss();
            if (v >= -1 && v <= 1.5) {
                kept.add(v);
            }
        }
        assertThat(w).containsExactly(kept.stream().mapToDouble(Double::doubleValue).toArray());
        assertThat(init.bound(shape).getAsDouble()).isEqualTo(1.5);
    }

    @Test
    void kerasNormalFamilyHasTheTargetStdAfterTheCut() {
        WeightShape shape = WeightShape.of(200, 300, Layout.IN_OUT);
        assertThat(InitializerCatalog.parse("t", "he_normal").std(shape)).isCloseTo(Math.sqrt(2.0 / 200), within(1e-15));
        assertThat(InitializerCatalog.parse("t", "glorot_normal").std(shape)).isCloseTo(Math.sqrt(2.0 / 500), within(1e-15));
        assertThat(InitializerCatalog.parse("t", "lecun_normal").std(shape)).isCloseTo(Math.sqrt(1.0 / 200), within(1e-15));
        TruncatedNormalInitializer he = (TruncatedNormalInitializer) InitializerCatalog.parse("t", "he_normal");
        assertThat(he.sigma(shape)).isCloseTo(Math.sqrt(2.0 / 200) / 0.87962566103423978, within(1e-15));
        assertThat(he.high(shape)).isCloseTo(2 * he.sigma(shape), within(1e-15));
        // Keras's plain truncated_normal has no correction: the weights' std is 0.88 stddev
        assertThat(InitializerCatalog.parse("t", "truncated_normal(stddev=1)").std(shape))
                .isCloseTo(0.87962566103423978, within(1e-15));
    }
}
