package org.initlab.claims;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.initlab.results.LayerResult;
import org.initlab.results.Stats;

/** Which of a layer's recorded statistics a {@code <stat>.<field>} metric reads: the part before the dot. */
public enum Statistic {
    WEIGHTS("weights", LayerResult::weights),
    PRE("pre", LayerResult::pre),
    POST("post", LayerResult::post),
    GRADIENT("gradient", LayerResult::gradient),
    ACTIVATION_GRADIENT("activationGradient", LayerResult::activationGradient);

    private final String word;
    private final Function<LayerResult, Stats> read;

    Statistic(String word, Function<LayerResult, Stats> read) {
        this.word = word;
        this.read = read;
    }

    public String word() {
        return word;
    }

    /** The layer's statistics, or null when the experiment type did not record them. */
    Stats of(LayerResult layer) {
        return read.apply(layer);
    }

    static List<String> words() {
        return Arrays.stream(values()).map(Statistic::word).toList();
    }

    static Statistic named(String word) {
        return Arrays.stream(values()).filter(s -> s.word.equals(word)).findFirst().orElse(null);
    }
}
