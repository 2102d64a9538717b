package org.initlab.random;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.initlab.numeric.Nd4jProvision;

/** The generators the setting {@code rng} names: each makes a fresh {@link RandomSource} from a seed. */
public enum Generator {
    /** numpy's legacy {@code RandomState} (MT19937 + polar Box–Muller), bit for bit. */
    NUMPY("numpy", NumpyRandom::new),
    /** ND4J's own generator, for comparison with DL4J. */
    ND4J("nd4j", seed -> {
        // before Nd4jRandom loads: its ND4J classes may only now be put on the class path
        Nd4jProvision.require("rng");
        return new Nd4jRandom(seed);
    });

    private final String text;
    private final LongFunction<RandomSource> factory;

    Generator(String text, LongFunction<RandomSource> factory) {
        this.text = text;
        this.factory = factory;
    }

    public String text() {
        return text;
    }

    public RandomSource create(long seed) {
        return factory.apply(seed);
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Generator::text).toList();
    }

    public static Optional<Generator> named(String text) {
        return Arrays.stream(values()).filter(g -> g.text.equals(text)).findFirst();
    }
}
