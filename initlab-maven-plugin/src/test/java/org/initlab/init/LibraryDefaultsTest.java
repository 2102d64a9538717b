package org.initlab.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.initlab.random.NumpyRandom;
import org.initlab.settings.ConfigException;
import org.initlab.testing.NumpyOracle;
import org.junit.jupiter.api.Test;

/** What each library's layer does unasked, weights and bias, and the residual-branch rules. */
class LibraryDefaultsTest {
    private static final WeightShape CONV = WeightShape.conv(3, 8, 3, 3, Layout.OUT_IN);

    private static Initializer parse(String spec) {
        return InitializerCatalog.parse("t", spec);
    }

    @Test
    void torchDefaultIsUniformOverRootFanInForWeightsAndBias() throws Exception {
        NumpyOracle.requireNumpy();
        Initializer d = parse("torch:default");
        assertThat(parse("default").spec()).isEqualTo("default");
        assertThat(parse("default").defaultBias()).containsInstanceOf(BiasRule.TorchUniform.class);
        assertThat(d.bound(CONV).orElseThrow()).isCloseTo(1 / Math.sqrt(27), within(1e-15));
        NumpyRandom rng = new NumpyRandom(11);
        double[] w = d.sample(CONV, rng);
        double[] b = d.defaultBias().orElseThrow().sample(CONV, rng); // drawn after the weights
        JsonNode numpy = NumpyOracle.run("""
                import json, math, numpy as np
                np.random.seed(11)
                a = math.sqrt(5); gain = math.sqrt(2.0 / (1 + a ** 2)); bound = math.sqrt(3.0) * (gain / math.sqrt(27))
                w = np.random.uniform(-bound, bound, (8, 3, 3, 3))
                b = np.random.uniform(-1 / math.sqrt(27), 1 / math.sqrt(27), 8)
                print(json.dumps({'w': w.ravel().tolist(), 'b': b.tolist()}))
                """);
        assertThat(b).hasSize(8);
        for (int i = 0; i < w.length; i++) {
            assertThat(w[i]).as("weight %d", i).isEqualTo(numpy.get("w").get(i).asDouble());
        }
        for (int i = 0; i < b.length; i++) {
            assertThat(b[i]).as("bias %d", i).isEqualTo(numpy.get("b").get(i).asDouble());
        }
        assertThat(d.defaultBias().orElseThrow().variance(CONV)).isCloseTo(1.0 / 27 / 3, within(1e-15));
    }

    @Test
    void kerasAndDl4jDefaultsDrawTheirSchemesWeightsAndZeroBiases() {
        WeightShape keras = WeightShape.conv(3, 8, 3, 3, Layout.IN_OUT);
        assertThat(parse("keras:default").sample(keras, new NumpyRandom(2)))
                .containsExactly(parse("glorot_uniform").sample(keras, new NumpyRandom(2)));
        WeightShape strided = CONV.withStride(2, 2);
        assertThat(parse("dl4j:default").sample(strided, new NumpyRandom(2)))
                .containsExactly(parse("XAVIER").sample(strided, new NumpyRandom(2)));
        for (String spec : new String[] {"keras:default", "dl4j:default"}) {
            BiasRule bias = parse(spec).defaultBias().orElseThrow();
            assertThat(bias).isEqualTo(new BiasRule.Constant(0));
            NumpyRandom rng = new NumpyRandom(5);
            assertThat(bias.sample(CONV, rng)).containsExactly(new double[8]);
            assertThat(rng.randomSample()).as("a constant bias draws nothing").isEqualTo(new NumpyRandom(5).randomSample());
        }
        for (String spec : new String[] {"kaiming_uniform", "glorot_uniform", "XAVIER", "orthogonal", "lsuv"}) {
            assertThat(parse(spec).defaultBias()).as(spec).isEmpty();
        }
    }

    @Test
    void fixupScalesAllButTheLastLayerByLToTheMinusOneOver2mMinus2() {
        for (int branches : new int[] {1, 4, 16, 50}) {
            for (int m = 2; m <= 4; m++) {
                double product = 1;
                for (int j = 0; j < m - 1; j++) {
                    double s = BranchRule.FIXUP.scale(branches, m, j);
                    assertThat(s).isCloseTo(Math.exp(-Math.log(branches) / (2 * m - 2)), within(1e-15));
                    product *= s;
                }
                // the branch's m − 1 scaled layers together scale it by L^(-1/2): L branches add up to O(1)
                assertThat(product * product * branches).isCloseTo(1, within(1e-12));
                assertThat(BranchRule.FIXUP.scale(branches, m, m - 1)).isZero();
                assertThat(BranchRule.ZERO_BRANCH.scale(branches, m, m - 1)).isZero();
                assertThat(BranchRule.ZERO_BRANCH.scale(branches, m, 0)).isEqualTo(1);
                assertThat(BranchRule.NONE.scale(branches, m, m - 1)).isEqualTo(1);
            }
        }
        assertThat(BranchRule.FIXUP.scale(16, 2, 0)).isEqualTo(0.25);
    }

    @Test
    void branchRulesRefuseWhatTheyCannotScaleByName() {
        assertThatThrownBy(() -> BranchRule.FIXUP.scale(8, 1, 0)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("'fixup'").hasMessageContaining("at least 2 layers");
        assertThatThrownBy(() -> BranchRule.NONE.scale(8, 2, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(BranchRule.parse("<branch>", "zero_branch")).isEqualTo(BranchRule.ZERO_BRANCH);
        assertThatThrownBy(() -> BranchRule.parse("<branch>", "fixpu")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("<branch>").hasMessageContaining("fixup").hasMessageContaining("'fixpu'");
    }
}
