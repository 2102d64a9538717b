package org.initlab.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.initlab.settings.ConfigException;
import org.initlab.settings.SpecSyntaxException;
import org.initlab.nn.Kernels;
import org.initlab.numeric.Matrix;
import org.initlab.random.NumpyRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Specs inside specs, end to end (issue 12): the comma-splitting parser turned
 * {@code lsuv(base=kaiming_normal(mode=fan_out, nonlinearity=relu))} into "'lsuv' has no key 'nonlinearity'".
 */
class NestedSpecTest {
    private static final WeightShape SHAPE = WeightShape.of(60, 40, Layout.IN_OUT);
    private static final String BASE = "kaiming_normal(mode=fan_out, nonlinearity=relu)";

    @TempDir
    Path dir;

    @Test
    void lsuvDrawsWhatItsNestedBaseDrawsAndThenOnlyRescalesIt() {
        LsuvInitializer lsuv = (LsuvInitializer) InitializerCatalog.parse("f", "lsuv(base=" + BASE + ", tol=0.01)");
        Initializer base = InitializerCatalog.parse("f", BASE);
        assertThat(lsuv.base().spec()).isEqualTo(BASE);
        assertThat(lsuv.tol()).isEqualTo(0.01);
        // both keys reached the base: fan_out (40) with the ReLU gain, not the default fan_in (60) or gain
        assertThat(lsuv.std(SHAPE)).isEqualTo(base.std(SHAPE)).isCloseTo(Math.sqrt(2.0 / 40), within(1e-15));
        assertThat(lsuv.std(SHAPE)).isNotEqualTo(InitializerCatalog.parse("f", "kaiming_normal(nonlinearity=relu)").std(SHAPE));

        double[] drawn = lsuv.sample(SHAPE, new NumpyRandom(5));
        assertThat(drawn).containsExactly(base.sample(SHAPE, new NumpyRandom(5)));

        NumpyRandom data = new NumpyRandom(11);
        double[] x = new double[200 * 60];
        for (int i = 0; i < x.length; i++) {
            x[i] = 3 * data.gauss();
        }
        double[] refined = lsuv.refine(drawn, 60, 40, new Matrix(200, 60, x), Kernels.named("java"));
        double scale = refined[0] / drawn[0];
        assertThat(scale).isNotCloseTo(1, within(0.1));
        for (int i = 0; i < drawn.length; i++) {
            assertThat(refined[i]).isCloseTo(drawn[i] * scale, within(1e-12));
        }
    }

    @Test
    void aNestedBaseMayBeQuotedAndMayQuoteAPathWithCommas() throws IOException {
        Path file = dir.resolve("w,1 (trained).csv");
        Files.writeString(file, "0.5, -1, 2\n3e-2,4,5\n");
        LsuvInitializer quotedPath = (LsuvInitializer) InitializerCatalog.parse("f",
                "lsuv(base=pretrained(path='" + file + "'), maxIter=3)");
        assertThat(quotedPath.base().sample(new WeightShape(2, 3, Layout.IN_OUT), new NumpyRandom(0)))
                .containsExactly(0.5, -1, 2, 0.03, 4, 5);
        assertThat(quotedPath.maxIter()).isEqualTo(3);
        LsuvInitializer quotedBase = (LsuvInitializer) InitializerCatalog.parse("f", "lsuv(base='" + BASE + "')");
        assertThat(quotedBase.base().spec()).isEqualTo(BASE);
    }

    @Test
    void errorsInTheNestedSpecNameTheOuterKey() {
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "lsuv(base=kaiming_normal(mode=fan_out, nonlinearity=relux))"))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("f: 'lsuv' key 'base'")
                .hasMessageContaining("key 'nonlinearity' expects one of");
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "lsuv(base=kaiming_normal(mode=fan_out, nonlinearity=relu, mode=fan_in))"))
                .isInstanceOf(SpecSyntaxException.class).hasMessageContaining("column 59").hasMessageContaining("key 'mode' is given twice");
    }
}
