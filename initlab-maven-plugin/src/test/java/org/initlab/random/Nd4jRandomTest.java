package org.initlab.random;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code rng=nd4j}: ND4J's generator, reproducible for a seed and resettable, though not numpy's stream. */
class Nd4jRandomTest {

    @Test
    void aSeedGivesTheSameStreamAndAnotherSeedAnother() {
        RandomSource a = Generator.ND4J.create(42);
        RandomSource b = Generator.ND4J.create(42);
        RandomSource c = Generator.ND4J.create(43);
        double[] first = {a.gauss(), a.gauss(), a.randomSample()};
        assertThat(new double[] {b.gauss(), b.gauss(), b.randomSample()}).containsExactly(first);
        assertThat(c.gauss()).isNotEqualTo(first[0]);
        a.seed(42);
        assertThat(a.gauss()).isEqualTo(first[0]);
        assertThat(first[0]).isNotEqualTo(new NumpyRandom(42).gauss());
    }
}
