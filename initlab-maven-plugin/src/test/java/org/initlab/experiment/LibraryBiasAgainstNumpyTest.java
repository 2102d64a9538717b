package org.initlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.nn.Kernels;
import org.initlab.results.ExperimentResult;
import org.initlab.results.LayerResult;
import org.initlab.testing.NumpyOracle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a user gets when choosing nothing: {@code torch:default} draws each layer's weights and then its
 * bias U(±1/√fan_in) as nn.Linear and nn.Conv2d do, unless the experiment sets a {@code <bias>} of its
 * own; {@code keras:default}'s bias is zero. Checked against numpy drawing the same arrays in order.
 */
class LibraryBiasAgainstNumpyTest {
    private static final String SCRIPT = """
            import json, math, sys, numpy as np
            kind, init, bias, seed = sys.argv[1], sys.argv[2], sys.argv[3] == "library", int(sys.argv[4])
            relu = lambda z: np.maximum(z, 0)
            def weights(fan_in, fan_out, size):
                if init == "torch":  # kaiming_uniform(a=sqrt(5))
                    b = math.sqrt(2.0 / (1 + math.sqrt(5.0) ** 2)) * math.sqrt(3.0 / fan_in)
                else:  # glorot_uniform
                    b = math.sqrt(6.0 / (fan_in + fan_out))
                return np.random.uniform(-b, b, size)
            def biases(fan_in, n):
                if init == "torch" and bias:
                    b = 1 / math.sqrt(fan_in)
                    return np.random.uniform(-b, b, n)
                return np.zeros(n)
            def st(v):
                return [float(v.mean()), float(v.std()), float(v.min()), float(v.max())]
            out = []
            if kind == "dense":
                np.random.seed(0); x = np.random.randn(50, 20)
                np.random.seed(seed)
                for n in (16, 8):
                    w = weights(x.shape[1], n, (n, x.shape[1])); b = biases(x.shape[1], n)
                    z = x.dot(w.T) + b; x = relu(z); out.append(st(z))
            else:
                np.random.seed(0); x = np.random.randn(6, 2, 7, 7)
                np.random.seed(seed)
                w = weights(2 * 9, 3 * 9, (3, 2, 3, 3)); b = biases(2 * 9, 3)
                z = np.zeros((6, 3, 5, 5))
                for i in range(3):
                    for j in range(3):
                        z += np.einsum("ncab,oc->noab", x[:, :, i:i + 5, j:j + 5], w[:, :, i, j])
                z = z + b[None, :, None, None]; x = relu(z).reshape(6, -1); out.append(st(z))
                w = weights(75, 4, (4, 75)); b = biases(75, 4)
                z = x.dot(w.T) + b; out.append(st(z))
            print(json.dumps(out))
            """;

    @ParameterizedTest(name = "{0} {1} bias={2}")
    @CsvSource({"dense, torch, library", "dense, torch, none", "dense, keras, library", "conv, torch, library",
            "conv, keras, library"})
    void theLibrarysBiasIsDrawnAfterEachLayersWeights(String kind, String library, String bias) throws Exception {
        NumpyOracle.requireNumpy();
        JsonNode numpy = NumpyOracle.run(SCRIPT, kind, library, bias, "5");
        ExperimentDefinition d = ExperimentDefinition.of("b")
                .with("dataset", kind.equals("dense") ? "gaussian(rows=50, cols=20, seed=0)"
                        : "gaussian(rows=6, channels=2, height=7, width=7, seed=0)")
                .with("layers", kind.equals("dense") ? "16, 8" : "conv2d(out=3, kernel=3), flatten, dense(n=4)")
                .with("layout", "out-in").with("activation", "relu").with("seed", "5")
                .withInitializers(library + ":default");
        if (bias.equals("none")) {
            d = d.with("bias", "none");
        }
        ExperimentSpec spec = ExperimentSpec.of("b", d);
        ExperimentResult result = new ExperimentRunner(Kernels.named("java"), ProgressListener.SILENT).run(spec);
        List<LayerResult> weighted = result.runs().get(0).layers().stream().filter(l -> l.weights() != null).toList();
        assertThat(weighted).hasSize(numpy.size());
        for (int i = 0; i < weighted.size(); i++) {
            NetworksAgainstNumpyTest.assertClose(kind + " " + library + " layer " + weighted.get(i).index() + " pre",
                    weighted.get(i).pre(), numpy.get(i));
        }
        // rebuilt from what results.json records, the experiment draws the same biases
        String recorded = result.configuration().bias();
        assertThat(recorded).isEqualTo(bias);
    }
}
