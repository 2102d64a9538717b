package org.initlab.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.initlab.random.NumpyRandom;
import org.junit.jupiter.api.Test;

/**
 * Weights printed by numpy 1.24 (legacy RandomState) with the script
 * {@code src/test/resources/org/initlab/init/numpy_reference.py}, so exactness is checked even
 * where Python is not installed; {@link NumpyCrossCheckTest} runs the script live when it is.
 * Shapes are (fan_in, fan_out), layout in-out.
 */
class NumpyVectorsTest {

    private static double[] draw(String spec, long seed, int in, int out) {
        return InitializerCatalog.parse("t", spec).sample(WeightShape.of(in, out, Layout.IN_OUT), new NumpyRandom(seed));
    }

    @Test
    void xavierNormalIsNumpyNormal() {
        // np.random.seed(0); np.random.normal(0, math.sqrt(2 / 5), (2, 3))
        assertThat(draw("xavier_normal", 0, 2, 3)).containsExactly(1.1156846650042331, 0.2530816401150027,
                0.6190082524591627, 1.417265300531604, 1.1811473822640401, -0.6180848014619783);
    }

    @Test
    void kaimingUniformIsNumpyUniform() {
        // np.random.seed(1); b = math.sqrt(3) * math.sqrt(2) / math.sqrt(2); np.random.uniform(-b, b, (2, 3))
        assertThat(draw("kaiming_uniform", 1, 2, 3)).containsExactly(-0.28744420753070643, 0.7632264335873873,
                -1.7316546015793817, -0.6847400544061686, -1.2236734891583358, -1.4121805322907341);
    }

    @Test
    void kaimingNormalFanOut() {
        // np.random.seed(7); np.random.normal(0, math.sqrt(2) / math.sqrt(2), (2, 2))
        assertThat(draw("kaiming_normal(mode=fan_out, nonlinearity=relu)", 7, 2, 2)).containsExactly(
                1.690525703800356, -0.4659373705408328, 0.0328201636785844, 0.40751628299650783);
    }

    @Test
    void uniformIsNumpyUniform() {
        // np.random.seed(2); np.random.uniform(-1, 3, (2, 3))
        assertThat(draw("uniform(a=-1, b=3)", 2, 2, 3)).containsExactly(0.743979608568015, -0.8962950726884347,
                1.1986499115148366, 0.7412895704731075, 0.6814712083499561, 0.3213392840154965);
    }

    @Test
    void truncNormalIsARedrawLoopOverNumpyNormal() {
        // np.random.seed(3); each value: v = np.random.normal(0, 1) until -1 <= v <= 2
        assertThat(draw("trunc_normal(mean=0, std=1, a=-1, b=2)", 3, 3, 2)).containsExactly(1.7886284734303186,
                0.43650985051198943, 0.09649746807200862, -0.27738820251439905, -0.35475897926898675, -0.08274148148245977);
    }

    @Test
    void sparseUsesNumpyPermutations() {
        // np.random.seed(4); w = np.random.normal(0, 0.01, (3, 4));
        // for c in range(4): w[np.random.permutation(3)[:1], c] = 0
        assertThat(draw("sparse(sparsity=0.3)", 4, 3, 4)).containsExactly(0.0005056170714293956, 0.0,
                -0.00995908931106865, 0.0, 0.0, -0.01584577235112124, -0.006477067671218505, 0.005985751739673773,
                0.0033225003260996437, -0.011474766329454798, 0.0, -0.0008798692834027545);
    }

    @Test
    void orthogonalMatchesNumpyQrUpToRounding() {
        // np.random.seed(5); a = np.random.normal(0, 1, (2, 3)).T; q, r = np.linalg.qr(a);
        // q *= np.sign(np.diag(r)); q.T
        assertThat(draw("orthogonal", 5, 2, 3)).containsExactly(new double[] {0.17701851256785828, -0.13274363878570586,
            0.9752146289767155, -0.8380951943645857, 0.4991633000403774, 0.22007372645499368}, within(1e-14));
        assertThat(draw("orthogonal(gain=2)", 6, 3, 2)).containsExactly(new double[] {-0.24787057809998148,
            1.1768244312562157, 0.17316931338533953, -1.5914606968444367, -1.9770110180305096, -0.2869444343386105},
                within(1e-14));
    }
}
