package org.initlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.config.Suites;
import org.initlab.nn.Kernels;
import org.initlab.results.ExperimentResult;
import org.initlab.results.LayerResult;
import org.initlab.results.RunResult;
import org.initlab.results.Stats;
import org.initlab.testing.NumpyOracle;
import org.junit.jupiter.api.Test;

/**
 * The classic suite recomputed independently in numpy, with the tutorial's own formulas: same data
 * seed, same weight seed, same shapes. Every statistic of every layer must agree to 1e-12.
 */
class ClassicSuiteAgainstNumpyTest {
    private static final String SCRIPT = """
            import json, math, numpy as np
            def stats(a, bins, rng):
                counts, edges = np.histogram(a, bins, range=rng)
                return {"mean": a.mean(), "std": a.std(), "min": a.min(), "max": a.max(),
                        "zeroFraction": float((a == 0).mean()), "counts": counts.tolist()}
            act = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh, "relu": lambda z: np.maximum(z, 0)}
            ranges = {"sigmoid": (0, 1), "tanh": (-1, 1), "relu": (0, 1)}
            stds = [lambda n_in, n_out: 1.0, lambda n_in, n_out: 0.01,
                    lambda n_in, n_out: math.sqrt(2.0 / (n_in + n_out)),      # xavier_normal
                    lambda n_in, n_out: math.sqrt(2.0) / math.sqrt(n_in)]     # kaiming_normal(relu)
            np.random.seed(0); x0 = np.random.randn(1000, 100)
            out = {}
            for name in ["sigmoid", "tanh", "relu"]:
                runs = []
                for std in stds:
                    np.random.seed(1); x = x0; layers = []
                    for l in range(5):
                        w = np.random.normal(0, std(100, 100), (100, 100))
                        z = x.dot(w); a = act[name](z)
                        layers.append({"weights": stats(w, 30, None), "pre": stats(z, 30, None),
                                       "post": stats(a, 30, ranges[name])})
                        x = a
                    runs.append(layers)
                out["t2-" + name] = runs
            print(json.dumps(out))
            """;

    @Test
    void everyT2LayerStatisticMatchesAnIndependentNumpyComputation() throws Exception {
        NumpyOracle.requireNumpy();
        JsonNode numpy = NumpyOracle.run(SCRIPT);
        List<ExperimentDefinition> classic = Suites.named("classic").stream().filter(d -> d.id().startsWith("t2-") && !d.id().equals("t2-gradients") && !d.id().equals("t2-sweep")).toList();
        ExperimentRunner runner = new ExperimentRunner(Kernels.named("auto"), ProgressListener.SILENT);
        int compared = 0;
        for (int e = 0; e < classic.size(); e++) {
            ExperimentResult result = runner.run(ExperimentSpec.of("classic", classic.get(e)));
            // numpy re-derives the tutorial's own seed, the first: each seed's run is that seed's single-seed run
            List<RunResult> firstSeed = result.runs().stream().filter(x -> x.seed() == result.seed()).toList();
            for (int r = 0; r < firstSeed.size(); r++) {
                RunResult run = firstSeed.get(r);
                for (int l = 0; l < run.layers().size(); l++) {
                    LayerResult layer = run.layers().get(l);
                    JsonNode expected = numpy.get(result.id()).get(r).get(l);
                    String where = result.id() + " " + run.initializer() + " layer " + (l + 1);
                    compare(where + " weights", layer.weights(), expected.get("weights"));
                    compare(where + " pre", layer.pre(), expected.get("pre"));
                    compare(where + " post", layer.post(), expected.get("post"));
                    compared += 3;
                }
            }
        }
        assertThat(compared).isEqualTo(3 * 4 * 5 * 3);
    }

    private static void compare(String where, Stats actual, JsonNode expected) {
        for (String key : List.of("mean", "std", "min", "max")) {
            double e = expected.get(key).asDouble();
            double a = switch (key) {
                case "mean" -> actual.mean();
                case "std" -> actual.std();
                case "min" -> actual.min();
                default -> actual.max();
            };
            // relative to the spread, so means near zero are not held to an impossible standard
            assertThat(a).as(where + " " + key).isCloseTo(e, within(1e-12 * Math.max(Math.abs(e), expected.get("std").asDouble())));
        }
        assertThat(actual.zeroFraction()).as(where + " zeroFraction").isEqualTo(expected.get("zeroFraction").asDouble());
        long[] counts = new long[expected.get("counts").size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = expected.get("counts").get(i).asLong();
        }
        assertThat(actual.histogram().counts()).as(where + " histogram counts").containsExactly(counts);
    }
}
