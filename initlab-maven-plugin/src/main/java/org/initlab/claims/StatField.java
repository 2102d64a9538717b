package org.initlab.claims;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.initlab.results.Stats;

/**
 * Which number of a {@link Stats} a {@code <stat>.<field>} metric reads: the part after the dot.
 * {@code var} is not stored but is what the variance derivations predict, so claims can compare
 * it with {@code predictedVar} without squaring by hand.
 */
public enum StatField {
    COUNT("count", Stats::count),
    MEAN("mean", Stats::mean),
    STD("std", Stats::std),
    VAR("var", Stats::variance),
    /** √(mean² + std²), the root mean square: what an orthogonal map keeps, though it moves the mean. */
    RMS("rms", Stats::rms),
    MIN("min", Stats::min),
    MAX("max", Stats::max),
    NAN("nan", Stats::nan),
    INFINITE("infinite", Stats::infinite),
    ZERO_FRACTION("zeroFraction", Stats::zeroFraction);

    private final String word;
    private final ToDoubleFunction<Stats> read;

    StatField(String word, ToDoubleFunction<Stats> read) {
        this.word = word;
        this.read = read;
    }

    public String word() {
        return word;
    }

    double of(Stats stats) {
        return read.applyAsDouble(stats);
    }

    static List<String> words() {
        return Arrays.stream(values()).map(StatField::word).toList();
    }

    static StatField named(String word) {
        return Arrays.stream(values()).filter(f -> f.word.equals(word)).findFirst().orElse(null);
    }
}
