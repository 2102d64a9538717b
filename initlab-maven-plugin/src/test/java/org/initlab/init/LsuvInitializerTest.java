package org.initlab.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import org.initlab.settings.ConfigException;
import org.initlab.settings.Spec;
import org.initlab.nn.Kernels;
import org.initlab.numeric.Matrix;
import org.initlab.numeric.MatrixKernel;
import org.initlab.random.NumpyRandom;
import org.junit.jupiter.api.Test;

class LsuvInitializerTest {
    private static final int IN = 60;
    private static final int OUT = 40;
    private static final WeightShape SHAPE = WeightShape.of(IN, OUT, Layout.IN_OUT);
    private static final MatrixKernel KERNEL = Kernels.named("java");

    /** 500 × 60 normal inputs with std 3: the base's weights give a variance far from 1. */
    private static Matrix batch(double std) {
        NumpyRandom rng = new NumpyRandom(7);
        double[] x = new double[500 * IN];
        for (int i = 0; i < x.length; i++) {
            x[i] = std * rng.gauss();
        }
        return new Matrix(500, IN, x);
    }

    private static LsuvInitializer lsuv(String text) {
        return (LsuvInitializer) InitializerCatalog.parse("f", text);
    }

    @Test
    void isAnInitlabNameWithDefaultsFromThePaper() {
        InitializerCatalog.Entry e = InitializerCatalog.resolve(Spec.parse("f", "lsuv"));
        assertThat(e.dialect()).isEqualTo(Dialect.INITLAB);
        assertThat(e.defaults()).containsExactly(entry("base", "orthogonal"), entry("tol", "0.1"), entry("maxIter", "10"));
        assertThat(e.signature()).isEqualTo("lsuv(base=orthogonal, tol=0.1, maxIter=10)");
        LsuvInitializer init = lsuv("initlab:lsuv");
        assertThat(init.base()).isInstanceOf(OrthogonalInitializer.class);
        assertThat(init.tol()).isEqualTo(0.1);
        assertThat(init.maxIter()).isEqualTo(10);
        assertThat(init.formula()).contains("\\operatorname{Var}(xW)").contains("orthogonal");
        LsuvInitializer custom = lsuv("lsuv(base=xavier_normal, tol=0.01, maxIter=3)");
        assertThat(custom.base().spec()).isEqualTo("xavier_normal");
        assertThat(custom.tol()).isEqualTo(0.01);
        assertThat(custom.maxIter()).isEqualTo(3);
        assertThat(custom.formula()).contains("xavier\\_normal");
    }

    @Test
    void aBaseMayCarryOneKeyAndADialect() {
        assertThat(lsuv("lsuv(base=kaiming_normal(nonlinearity=relu))").base().spec())
                .isEqualTo("kaiming_normal(nonlinearity=relu)");
        assertThat(lsuv("lsuv(base=keras:he_normal, tol=0.05)").base().spec()).isEqualTo("keras:he_normal");
    }

    @Test
    void badSettingsFailNamingTheKey() {
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "lsuv(base=orthogonl)")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("'lsuv' key 'base'").hasMessageContaining("unknown initializer 'orthogonl'")
                .hasMessageContaining("orthogonal");
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "lsuv(base=lsuv)"))
                .hasMessageContaining("'lsuv' key 'base' must draw without data");
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "lsuv(tolerance=0.1)")).hasMessageContaining("no key 'tolerance'");
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "lsuv(tol=0)")).hasMessageContaining("'tol' must be a finite number > 0");
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "lsuv(maxIter=-1)")).hasMessageContaining("'maxIter' must be between 0");
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "lsuv(maxIter=2.5)")).hasMessageContaining("expects an integer");
    }

    @Test
    void withoutDataItDrawsTheBasesWeightsAndDescribesThem() {
        Initializer base = InitializerCatalog.parse("f", "xavier_normal");
        LsuvInitializer init = lsuv("lsuv(base=xavier_normal)");
        assertThat(init.sample(SHAPE, new NumpyRandom(3))).containsExactly(base.sample(SHAPE, new NumpyRandom(3)));
        assertThat(init.std(SHAPE)).isEqualTo(base.std(SHAPE));
        assertThat(init.mean(SHAPE)).isEqualTo(base.mean(SHAPE));
        assertThat(lsuv("lsuv").sample(SHAPE, new NumpyRandom(3)))
                .containsExactly(InitializerCatalog.parse("f", "orthogonal").sample(SHAPE, new NumpyRandom(3)));
    }

    @Test
    void refiningRescalesTheBaseDrawToUnitOutputVariance() {
        LsuvInitializer init = lsuv("lsuv(base=xavier_normal)");
        Matrix x = batch(3);
        double[] drawn = init.sample(SHAPE, new NumpyRandom(3));
        double before = LsuvInitializer.outputVariance(drawn, IN, OUT, x, KERNEL);
        assertThat(before).isGreaterThan(5); // 9 · 60 · 2/100 = 10.8 expected
        double[] copy = drawn.clone();
        double[] w = init.refine(drawn, IN, OUT, x, KERNEL);
        assertThat(drawn).containsExactly(copy);
        assertThat(LsuvInitializer.outputVariance(w, IN, OUT, x, KERNEL)).isCloseTo(1, within(0.1));
        assertThat(init.check(w, IN, OUT, x, KERNEL).holds()).isTrue();
        assertThat(init.check(drawn, IN, OUT, x, KERNEL).holds()).isFalse();
        assertThat(init.check(w, IN, OUT, x, KERNEL).text()).startsWith("Var(x·W) = 1.0000").endsWith("target 1 ± 0.1");
        // only a rescaling: every weight divided by the same √Var
        double scale = w[0] / drawn[0];
        assertThat(scale).isCloseTo(1 / Math.sqrt(before), within(1e-12));
        for (int i = 0; i < w.length; i++) {
            assertThat(w[i]).isCloseTo(drawn[i] * scale, within(1e-12));
        }
    }

    @Test
    void maxIterZeroAndAlreadyFittingWeightsAreLeftAsDrawn() {
        Matrix x = batch(3);
        double[] drawn = lsuv("lsuv").sample(SHAPE, new NumpyRandom(3));
        assertThat(lsuv("lsuv(maxIter=0)").refine(drawn, IN, OUT, x, KERNEL)).isSameAs(drawn);
        LsuvInitializer init = lsuv("lsuv");
        double[] fitted = init.refine(drawn, IN, OUT, x, KERNEL);
        assertThat(init.refine(fitted, IN, OUT, x, KERNEL)).isSameAs(fitted);
    }

    @Test
    void zeroVarianceCannotBeRescaledAndIsLeftAlone() {
        double[] drawn = lsuv("lsuv").sample(SHAPE, new NumpyRandom(3));
        assertThat(lsuv("lsuv").refine(drawn, IN, OUT, Matrix.zeros(10, IN), KERNEL)).isSameAs(drawn);
        double[] zeros = new double[IN * OUT];
        assertThat(lsuv("lsuv(base=zeros)").refine(zeros, IN, OUT, batch(1), KERNEL)).isSameAs(zeros);
    }

    @Test
    void mismatchedShapesFailNamingBoth() {
        double[] drawn = new double[IN * OUT];
        assertThatThrownBy(() -> lsuv("lsuv").refine(drawn, IN, OUT, Matrix.zeros(10, IN + 1), KERNEL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10×61");
    }
}
