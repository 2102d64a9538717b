package org.initlab.claims;

import java.util.Arrays;
import java.util.List;

/**
 * The families of metrics and the arguments each takes. Every metric needs {@code init} (which
 * run) and accepts {@code act} (needed only when that initializer ran with several activations);
 * per-layer metrics need {@code layer}; {@code cost} accepts {@code at}; {@code cell} needs
 * {@code depth} and accepts {@code width} (needed only when the sweep has several widths);
 * {@code weights.maxRelDiff} needs {@code other}, the run to compare with, and accepts {@code layer}
 * (without it, the largest over the layers); {@code pre.maxRelDiff} needs {@code ref}, what the layer's output
 * is compared with, and accepts {@code layer} and {@code border}.
 */
public enum Measure {
    /** {@code <stat>.<field>}: a number from one layer's {@link org.initlab.results.Stats}. */
    LAYER_STATISTIC("<stat>.<field>", Arguments.PER_LAYER),
    POST_UNIT_STD("postUnitStd", Arguments.PER_LAYER),
    /** The linear approximation n·Var(w)·E[x²] of Var(pre) for the layer (the variance derivation taken literally). */
    PREDICTED_VAR("predictedVar", Arguments.PER_LAYER),
    /** The mean-field prediction of Var(pre) for the layer. */
    MEAN_FIELD_VAR("meanFieldVar", Arguments.PER_LAYER),
    /** The mean-field backward gain χ = n_out·E[w²]·E[φ′(h)²] of the layer. */
    BACKWARD_GAIN("backwardGain", Arguments.PER_LAYER),
    TRAIN_ACCURACY("trainAccuracy", Arguments.PER_RUN),
    TEST_ACCURACY("testAccuracy", Arguments.PER_RUN),
    /**
     * The share of the test samples whose label is the training set's most frequent one: what a network
     * that always guesses that label scores ({@link org.initlab.results.TrainingSummary#testMajorityShare()}).
     */
    TEST_MAJORITY_SHARE("testMajorityShare", Arguments.PER_RUN),
    COST("cost", Arguments.AT_ITERATION),
    /** {@code layer} counts hidden layers, from 1. */
    DISTINCT_UNITS("distinctUnits", Arguments.PER_LAYER),
    /** One network of a sweep's grid: its {@link org.initlab.results.SweepCell#value() value}. */
    CELL("cell", Arguments.SWEEP_CELL),
    /**
     * max|W − W′| / max(max|W|, max|W′|) between the weights of {@code init} and {@code other}, element
     * by element ({@link org.initlab.results.LayerResult#weightsMaxRelDiff()}); written with a dot, like
     * the statistics it sits beside.
     */
    WEIGHTS_MAX_REL_DIFF("weights.maxRelDiff", Arguments.WEIGHT_PAIR),
    /**
     * max|pre − R(x)| / max(max|pre|, max|R(x)|) between a layer's linear output and a {@link org.initlab.tensor.Reference}
     * R computed from the layer's input x ({@link org.initlab.results.LayerResult#referenceMaxRelDiff()}), optionally
     * leaving out {@code border} pixels at each edge; without {@code layer}, the largest over the layers.
     */
    PRE_MAX_REL_DIFF("pre.maxRelDiff", Arguments.REFERENCE);

    static final String INIT = "init";
    static final String ACT = "act";
    static final String LAYER = "layer";
    static final String AT = "at";
    static final String DEPTH = "depth";
    static final String WIDTH = "width";
    static final String OTHER = "other";
    static final String REF = "ref";
    static final String BORDER = "border";

    /** The argument lists a metric can take: which keys it accepts, and which of them it needs. */
    private enum Arguments {
        PER_RUN(List.of(INIT, ACT), List.of(INIT)),
        PER_LAYER(List.of(INIT, ACT, LAYER), List.of(INIT, LAYER)),
        AT_ITERATION(List.of(INIT, ACT, AT), List.of(INIT)),
        SWEEP_CELL(List.of(INIT, ACT, DEPTH, WIDTH), List.of(INIT, DEPTH)),
        WEIGHT_PAIR(List.of(INIT, OTHER, ACT, LAYER), List.of(INIT, OTHER)),
        REFERENCE(List.of(INIT, ACT, LAYER, REF, BORDER), List.of(INIT, REF));

        private final List<String> keys;
        private final List<String> required;

        Arguments(List<String> keys, List<String> required) {
            this.keys = keys;
            this.required = required;
        }
    }

    private final String word;
    private final Arguments arguments;

    Measure(String word, Arguments arguments) {
        this.word = word;
        this.arguments = arguments;
    }

    /** The metric's name as written ({@code <stat>.<field>} for the statistics family). */
    public String word() {
        return word;
    }

    public boolean perLayer() {
        return arguments == Arguments.PER_LAYER;
    }

    /** The argument names this metric accepts, in the order they are usually written. */
    public List<String> keys() {
        return arguments.keys;
    }

    /** The argument names this metric cannot do without. */
    public List<String> requiredKeys() {
        return arguments.required;
    }

    /** The names a claim may use without a dot, for "did you mean" and the list of valid metrics. */
    static List<String> plainWords() {
        return Arrays.stream(values()).filter(m -> m != LAYER_STATISTIC).map(Measure::word).toList();
    }

    static Measure named(String word) {
        return Arrays.stream(values()).filter(m -> m != LAYER_STATISTIC && m.word.equals(word)).findFirst().orElse(null);
    }
}
