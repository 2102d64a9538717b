package org.initlab.random;

import org.initlab.numeric.NativeUnpacking;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.RandomFactory;
import org.nd4j.linalg.factory.Nd4j;

/**
 * ND4J's own generator ({@code rng=nd4j}), for users who compare with DL4J. Reproducible for a
 * seed, but not numpy's stream.
 */
public final class Nd4jRandom implements RandomSource {
    private final Random random;

    public Nd4jRandom(long seed) {
        this.random = Factory.INSTANCE.getNewRandomInstance(seed);
    }

    /** ND4J starts (and on a new machine unpacks its natives) on the first generator of a JVM. */
    private static final class Factory {
        static final RandomFactory INSTANCE = NativeUnpacking.measured("ND4J", Nd4j::getRandomFactory);
    }

    @Override
    public double gauss() {
        return random.nextGaussian();
    }

    @Override
    public double randomSample() {
        return random.nextDouble();
    }

    @Override
    public void seed(long seed) {
        random.setSeed(seed);
    }
}
