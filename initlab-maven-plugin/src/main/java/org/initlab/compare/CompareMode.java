package org.initlab.compare;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;

/**
 * How a comparison decides that a figure moved.
 *
 * <ul>
 *   <li>{@link #EXACT}: every run (initializer × activation × seed) figure by figure, within the
 *       {@link Thresholds}: any change of the numbers, one seed's included. For a refactoring that must
 *       keep every number, or a one-seed report.</li>
 *   <li>{@link #STATISTICAL}: for experiments of several seeds on both sides, the summaries over the
 *       seeds: a figure moved only when the current median leaves the baseline's interval (the
 *       interquartile range for per-layer figures and sweep cells, the median's 95 % bootstrap interval
 *       for accuracies and the final cost). For a change expected to move single draws but not the
 *       distribution: another seed list, a library upgrade. Experiments of one seed are compared exactly.</li>
 * </ul>
 */
public enum CompareMode {
    EXACT("exact"), STATISTICAL("statistical");

    private final String text;

    CompareMode(String text) {
        this.text = text;
    }

    /** As written in the POM and in compare.json. */
    @JsonValue
    public String text() {
        return text;
    }

    /**
     * @param setting what to name in the error, e.g. {@code compareMode (property initlab.compareMode)}
     * @throws IllegalArgumentException naming {@code setting} and the valid modes
     */
    public static CompareMode parse(String setting, String text) {
        String wanted = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(m -> m.text.equals(wanted)).findFirst().orElseThrow(() ->
                new IllegalArgumentException(setting + ": expected one of " + String.join(", ", words()) + ", got '"
                        + text + "'"));
    }

    static List<String> words() {
        return Arrays.stream(values()).map(CompareMode::text).toList();
    }
}
