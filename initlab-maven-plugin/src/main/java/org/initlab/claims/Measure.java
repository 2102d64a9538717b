package org.initlab.claims;

import java.util.Arrays;
import java.util.List;

/**
 * The families of metrics and the arguments each takes. Every metric needs {@code init} (which
 * run) and accepts {@code act} (needed only when that initializer ran with several activations);
 * per-layer metrics need {@code layer}; {@code cost} accepts {@code at}.
 */
public enum Measure {
    /** {@code <stat>.<field>}: a number from one layer's {@link org.initlab.results.Stats}. */
    LAYER_STATISTIC("<stat>.<field>", true, false),
    POST_UNIT_STD("postUnitStd", true, false),
    /** The variance derivation's prediction of Var(pre) for the layer. */
    PREDICTED_VAR("predictedVar", true, false),
    TRAIN_ACCURACY("trainAccuracy", false, false),
    TEST_ACCURACY("testAccuracy", false, false),
    COST("cost", false, true),
    /** {@code layer} counts hidden layers, from 1. */
    DISTINCT_UNITS("distinctUnits", true, false);

    static final String INIT = "init";
    static final String ACT = "act";
    static final String LAYER = "layer";
    static final String AT = "at";

    private final String word;
    private final boolean perLayer;
    private final boolean atIteration;

    Measure(String word, boolean perLayer, boolean atIteration) {
        this.word = word;
        this.perLayer = perLayer;
        this.atIteration = atIteration;
    }

    /** The metric's name as written ({@code <stat>.<field>} for the statistics family). */
    public String word() {
        return word;
    }

    public boolean perLayer() {
        return perLayer;
    }

    /** The argument names this metric accepts, in the order they are usually written. */
    public List<String> keys() {
        if (perLayer) {
            return List.of(INIT, ACT, LAYER);
        }
        return atIteration ? List.of(INIT, ACT, AT) : List.of(INIT, ACT);
    }

    /** The argument names this metric cannot do without. */
    public List<String> requiredKeys() {
        return perLayer ? List.of(INIT, LAYER) : List.of(INIT);
    }

    /** The names a claim may use without a dot, for "did you mean" and the list of valid metrics. */
    static List<String> plainWords() {
        return Arrays.stream(values()).filter(m -> m != LAYER_STATISTIC).map(Measure::word).toList();
    }

    static Measure named(String word) {
        return Arrays.stream(values()).filter(m -> m != LAYER_STATISTIC && m.word.equals(word)).findFirst().orElse(null);
    }
}
