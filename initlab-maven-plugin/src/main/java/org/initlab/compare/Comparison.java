package org.initlab.compare;

import java.util.List;
import java.util.Locale;

/**
 * The answer, in the shape of {@code compare.json}: which figures moved, and which experiments
 * exist on one side only. Ordered by the current report (experiments, then runs, layers and
 * metrics), so the same two reports always give the same bytes.
 *
 * @param added   experiment ids only in the current report, in its order
 * @param removed experiment ids only in the baseline, in its order
 * @param mode    how figures were compared ({@link CompareMode})
 */
public record Comparison(int schema, Provenance baseline, Provenance current, List<Change> changes,
                         List<String> added, List<String> removed, CompareMode mode) {
    public static final int SCHEMA = 1;

    /** An exact comparison. */
    public Comparison(int schema, Provenance baseline, Provenance current, List<Change> changes, List<String> added,
                      List<String> removed) {
        this(schema, baseline, current, changes, added, removed, CompareMode.EXACT);
    }

    public Comparison {
        changes = List.copyOf(changes);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    /** "3 changes, 1 added, 0 removed". */
    public String summary() {
        return String.format(Locale.ROOT, "%d change%s, %d added, %d removed",
                changes.size(), changes.size() == 1 ? "" : "s", added.size(), removed.size());
    }

    /**
     * The moved figures as a build-failure message: at most {@code maxLines} of them, then how many
     * more there are.
     */
    public String failureMessage(int maxLines) {
        StringBuilder s = new StringBuilder();
        s.append(changes.size()).append(changes.size() == 1 ? " figure moved beyond its threshold"
                : " figures moved beyond their thresholds").append(" against the baseline:");
        changes.stream().limit(maxLines).forEach(c -> s.append("\n  ").append(c.describe()));
        if (changes.size() > maxLines) {
            s.append("\n  … and ").append(changes.size() - maxLines).append(" more");
        }
        return s.toString();
    }
}
