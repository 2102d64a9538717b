package org.initlab.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.initlab.random.NumpyRandom;
import org.initlab.testing.NumpyOracle;
import org.junit.jupiter.api.Test;

/**
 * {@code split(fraction, seed)} re-derived with Debian's numpy, as the README says it can be:
 * {@code p = np.random.RandomState(seed).permutation(n)}, {@code k = int(np.floor(fraction * n + 0.5))},
 * test rows {@code p[:k]}, training rows {@code p[k:]}.
 */
class SplitAgainstNumpyTest {
    private static final String SCRIPT = String.join("\n",
            "import json, sys",
            "import numpy as np",
            "out = []",
            "for case in json.loads(sys.argv[1]):",
            "    n, seed, fraction = case['n'], case['seed'], case['fraction']",
            "    p = np.random.RandomState(seed).permutation(n)",
            "    k = int(np.floor(fraction * n + 0.5))",
            "    out.append({'permutation': p.tolist(), 'test': p[:k].tolist(), 'train': p[k:].tolist()})",
            "print(json.dumps(out))");

    private record Case(int n, long seed, double fraction) {
    }

    @Test
    void permutationAndSplitIndicesAreNumpys() throws Exception {
        NumpyOracle.requireNumpy();
        // sizes across the rejection sampler's masks (2, 255 → 256, 4177 → 8191, 2^16 + 1) and seeds at both ends;
        // 0.25 × 10 = 2.5 and 0.5 × 5 = 2.5 round half up to 3 (Python's round() would give 2)
        List<Case> cases = List.of(new Case(2, 0, 0.5), new Case(10, 7, 0.25), new Case(5, 1, 0.5), new Case(257, 42, 0.2),
                new Case(4177, 7, 0.2), new Case(65537, 4294967295L, 0.1), new Case(1000, 123456789, 0.999));
        StringBuilder json = new StringBuilder("[");
        for (Case c : cases) {
            json.append(json.length() > 1 ? "," : "").append("{\"n\":").append(c.n()).append(",\"seed\":").append(c.seed())
                    .append(",\"fraction\":").append(c.fraction()).append('}');
        }
        JsonNode numpy = NumpyOracle.run(SCRIPT, json.append(']').toString());
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Split split = new Split(c.fraction(), c.seed());
            Split.Indices rows = split.indices("t", "data", c.n());
            assertThat(new NumpyRandom(c.seed()).permutation(c.n())).as("permutation " + c)
                    .containsExactly(ints(numpy.get(i).get("permutation")));
            assertThat(rows.test()).as("test rows " + c).containsExactly(ints(numpy.get(i).get("test")));
            assertThat(rows.train()).as("training rows " + c).containsExactly(ints(numpy.get(i).get("train")));
        }
        assertThat(new Split(0.25, 7).sizes("t", "data", 10)).isEqualTo(new Split.Sizes(3, 7));
    }

    private static int[] ints(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        array.forEach(v -> values.add(v.intValue()));
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
