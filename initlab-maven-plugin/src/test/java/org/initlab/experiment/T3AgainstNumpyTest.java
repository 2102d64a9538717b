package org.initlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.config.Suites;
import org.initlab.nn.Kernels;
import org.initlab.results.ExperimentResult;
import org.initlab.results.LayerResult;
import org.initlab.results.RunResult;
import org.initlab.testing.NumpyOracle;
import org.initlab.testing.SharedDatasets;
import org.junit.jupiter.api.Test;

/**
 * T3 recomputed independently in numpy from the UCI file itself: sex coded M=1, F=2, I=3,
 * {@code np.random.seed(1)} before every layer (the tutorial's quirk), weights, linear outputs
 * and activations rounded to float32. Every statistic of every layer must agree.
 */
class T3AgainstNumpyTest {
    private static final String SCRIPT = """
            import json, math, sys, numpy as np
            f32 = lambda a: a.astype(np.float32).astype(np.float64)
            sex = {'M': 1.0, 'F': 2.0, 'I': 3.0}
            rows = [l.strip().split(',') for l in open(sys.argv[1]) if l.strip()]
            x0 = f32(np.array([[sex[r[0]]] + [float(v) for v in r[1:8]] for r in rows]))
            draws = [lambda i, o: np.random.normal(0, 1.0, (i, o)),
                     lambda i, o: np.random.normal(0, 1.0 / math.sqrt(i), (i, o)),
                     lambda i, o: np.random.normal(0, math.sqrt(2.0) / math.sqrt(i), (i, o)),
                     lambda i, o: np.random.uniform(0, 1, (i, o)),
                     lambda i, o: np.random.normal(0, math.sqrt(2.0 / i), (i, o))]
            acts = [np.tanh, lambda z: np.maximum(z, 0)]
            sizes = [16, 16, 16, 16, 16, 16, 16, 1]
            runs = []
            for draw in draws:
                for act in acts:
                    x = x0; layers = []
                    for out in sizes:
                        np.random.seed(1)
                        w = f32(draw(x.shape[1], out))
                        z = f32(x.dot(w)); a = f32(act(z))
                        counts, _ = np.histogram(z, 10, range=(-1, 1))
                        layers.append({"w": [w.mean(), w.std()], "pre": [z.mean(), z.std(), z.min(), z.max()],
                                       "post": [a.mean(), a.std()], "counts": counts.tolist()})
                        x = a
                    runs.append(layers)
            print(json.dumps(runs))
            """;

    @Test
    void everyLayerOfT3MatchesNumpyOnTheRealAbaloneData() throws Exception {
        NumpyOracle.requireNumpy();
        Path shared = SharedDatasets.directory();
        JsonNode numpy = NumpyOracle.run(SCRIPT, shared.resolve("abalone/abalone.data").toString());
        ExperimentDefinition t3 = Suites.named("classic").stream().filter(d -> d.id().equals("t3-abalone")).findFirst().orElseThrow();
        ExperimentResult result = new ExperimentRunner(Kernels.named("auto"), SharedDatasets.context(Path.of(".")),
                ProgressListener.SILENT).run(ExperimentSpec.of("t3", t3));
        // numpy re-derives the tutorial's own seed 1, the first of the suite's seeds
        assertThat(result.seed()).isEqualTo(1L);
        List<RunResult> firstSeed = result.runs().stream().filter(x -> x.seed() == result.seed()).toList();
        assertThat(firstSeed).hasSize(10);
        for (int r = 0; r < 10; r++) {
            RunResult run = firstSeed.get(r);
            for (int l = 0; l < 8; l++) {
                LayerResult layer = run.layers().get(l);
                JsonNode e = numpy.get(r).get(l);
                String where = run.initializer() + " + " + run.activation() + " layer " + (l + 1);
                close(where + " weights mean", layer.weights().mean(), e.get("w").get(0));
                close(where + " weights std", layer.weights().std(), e.get("w").get(1));
                close(where + " pre mean", layer.pre().mean(), e.get("pre").get(0));
                close(where + " pre std", layer.pre().std(), e.get("pre").get(1));
                close(where + " pre min", layer.pre().min(), e.get("pre").get(2));
                close(where + " pre max", layer.pre().max(), e.get("pre").get(3));
                close(where + " post mean", layer.post().mean(), e.get("post").get(0));
                close(where + " post std", layer.post().std(), e.get("post").get(1));
                long[] counts = new long[10];
                for (int i = 0; i < 10; i++) {
                    counts[i] = e.get("counts").get(i).asLong();
                }
                assertThat(layer.pre().histogram().counts()).as(where + " histogram of linear outputs").containsExactly(counts);
            }
        }
    }

    /** float32 values: agreement to 1e-6 of the value's scale (numpy sums in another order before rounding). */
    private static void close(String what, double actual, JsonNode expected) {
        double e = expected.asDouble();
        assertThat(actual).as(what).isCloseTo(e, within(1e-6 * Math.max(1, Math.abs(e))));
    }
}
