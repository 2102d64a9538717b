package org.initlab.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.initlab.random.NumpyRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every initializer of the catalogue (with its defaults, plus variants with keys) drawn once at a
 * fixed seed: the sample mean and variance must match the initializer's own theoretical
 * {@link Initializer#mean(WeightShape)} and {@link Initializer#std(WeightShape)} within 5
 * standard errors (see {@link SampleMoments} for the derivation), and bounded ones must respect
 * {@link Initializer#bound(WeightShape)}.
 *
 * <p>Shape 200×300 (in-out: fan_in 200, fan_out 300), n = 60 000: fan_in ≠ fan_out, so a formula
 * that uses the wrong fan is off by a factor the test sees (e.g. √(300/200) = 1.22 in std, which
 * is hundreds of standard errors).
 */
class InitializerStatisticsTest {
    private static final WeightShape SHAPE = WeightShape.of(200, 300, Layout.IN_OUT);
    private static final WeightShape SQUARE = WeightShape.of(250, 250, Layout.IN_OUT);

    static Stream<String> specs() {
        List<String> specs = new ArrayList<>();
        for (InitializerCatalog.Entry e : InitializerCatalog.entries()) {
            if (e.example().isPresent()) {
                specs.add(e.qualifiedName());
            }
        }
        specs.addAll(List.of("constant(val=0.3)", "normal(mean=0.5, std=2)", "uniform(a=-1, b=3)",
                "trunc_normal(mean=1, std=2, a=-1, b=4)", "trunc_normal(std=0.5, a=-0.2, b=0.1)",
                "kaiming_normal(mode=fan_out, nonlinearity=relu)", "kaiming_uniform(a=0.2, nonlinearity=leaky_relu)",
                "kaiming_normal(nonlinearity=tanh)", "xavier_normal(gain=3)", "xavier_uniform(gain=0.5)",
                "variance_scaling(scale=2, mode=fan_avg, distribution=untruncated_normal)",
                "variance_scaling(mode=fan_out, distribution=uniform)", "variance_scaling(scale=3, mode=fan_avg)",
                "keras:truncated_normal(mean=1, stddev=0.5)", "random_normal(mean=-1, stddev=2)",
                "random_uniform(minval=0, maxval=0.5)", "identity(gain=3)", "orthogonal(gain=2)",
                "sparse(sparsity=0.1)", "sparse(sparsity=0.9, std=1)", "relu", "dl4j:lecun_uniform"));
        return specs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void sampleMomentsMatchTheory(String spec) {
        Initializer init = InitializerCatalog.parse("test", spec);
        WeightShape shape = spec.contains("IDENTITY") ? SQUARE : SHAPE;
        double[] w = init.sample(shape, new NumpyRandom(42));
        SampleMoments m = SampleMoments.of(w);
        double mean = init.mean(shape);
        double std = init.std(shape);

        assertThat(Double.isFinite(mean)).as("theoretical mean of %s", spec).isTrue();
        // 1e-12 absorbs rounding for the deterministic initializers, whose standard errors are 0
        assertThat(m.mean()).as("sample mean of %s", spec)
                .isCloseTo(mean, within(5 * m.meanStandardError() + 1e-12 * (1 + Math.abs(mean))));
        assertThat(m.variance()).as("sample variance of %s (std %s, theory %s)", spec, m.std(), std)
                .isCloseTo(std * std, within(5 * m.varianceStandardError() + 1e-12 * (1 + std * std)));

        OptionalDouble bound = init.bound(shape);
        if (bound.isPresent()) {
            assertThat(m.max()).as("max of %s", spec).isLessThanOrEqualTo(bound.getAsDouble());
            assertThat(m.min()).as("min of %s", spec).isGreaterThanOrEqualTo(-bound.getAsDouble());
        }
    }
}
