package org.initlab.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.initlab.random.NumpyRandom;
import org.initlab.testing.NumpyOracle;
import org.junit.jupiter.api.Test;

/**
 * Mean and std equal numpy's to the last bit: same pairwise summation, same 8192-element buffers.
 * Lengths straddle the 8-, 128- and 8192-element boundaries of numpy's reduction.
 */
class StatsAgainstNumpyTest {
    private static final int[] LENGTHS = {5, 128, 1000, 8192, 8193, 100_000, 250_007};
    private static final String SCRIPT = """
            import json, sys
            import numpy as np
            out = []
            for n in [int(a) for a in sys.argv[1:]]:
                np.random.seed(n)
                x = np.random.randn(n)
                row = []
                for v in (x, np.maximum(x, 0), x * 1e-3 + 5):
                    row.append([float(np.mean(v)), float(np.std(v))])
                out.append(row)
            print(json.dumps(out))
            """;

    @Test
    void meanAndStdAreNumpysBitForBit() throws Exception {
        NumpyOracle.requireNumpy();
        String[] args = new String[LENGTHS.length];
        for (int i = 0; i < LENGTHS.length; i++) {
            args[i] = Integer.toString(LENGTHS[i]);
        }
        JsonNode numpy = NumpyOracle.run(SCRIPT, args);
        for (int i = 0; i < LENGTHS.length; i++) {
            int n = LENGTHS[i];
            NumpyRandom rng = new NumpyRandom(n);
            double[] x = new double[n];
            double[] relu = new double[n];
            double[] shifted = new double[n];
            for (int k = 0; k < n; k++) {
                x[k] = rng.gauss();
                relu[k] = Math.max(x[k], 0);
                shifted[k] = x[k] * 1e-3 + 5;
            }
            double[][] variants = {x, relu, shifted};
            String[] names = {"randn", "relu(randn)", "randn·1e-3 + 5"};
            for (int v = 0; v < variants.length; v++) {
                Stats s = Stats.of(variants[v], 10, null);
                JsonNode expected = numpy.get(i).get(v);
                assertThat(s.mean()).as("mean of %s, n = %d", names[v], n).isEqualTo(expected.get(0).asDouble());
                assertThat(s.std()).as("std of %s, n = %d", names[v], n).isEqualTo(expected.get(1).asDouble());
            }
        }
    }

    @Test
    void vanishedValuesGetTheCountsNumpyGivesForTheSameEdges() throws Exception {
        NumpyOracle.requireNumpy();
        double[] x = {0.0, 1e-310, 5e-311, 2e-310, 2e-310, 1.5e-310, 3e-311};
        JsonNode numpy = NumpyOracle.run("""
                import json, sys
                import numpy as np
                x = np.array([0.0, 1e-310, 5e-311, 2e-310, 2e-310, 1.5e-310, 3e-311])
                edges = np.linspace(x.min(), x.max(), 31)
                counts, _ = np.histogram(x, bins=edges)
                print(json.dumps({"edges": [float(e) for e in edges], "counts": [int(c) for c in counts]}))
                """);
        Histogram h = Histogram.of(x, 30, null);
        double[] edges = h.edges();
        for (int i = 0; i < edges.length; i++) {
            assertThat(edges[i]).as("edge %d", i).isEqualTo(numpy.get("edges").get(i).asDouble());
        }
        for (int i = 0; i < 30; i++) {
            assertThat(h.counts()[i]).as("count %d", i).isEqualTo(numpy.get("counts").get(i).asLong());
        }
    }
}
