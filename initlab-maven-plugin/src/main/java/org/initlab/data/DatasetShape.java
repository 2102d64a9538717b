package org.initlab.data;

import java.util.OptionalInt;

/**
 * What the plan knows of a data set before it is loaded: its input width (a CSV's from its first
 * row), whether it has targets, which training needs, and its rows where the spec fixes them (a
 * {@link Split}'s sizes are then checked in the plan). Width and rows are optional so that a data set
 * whose size shows only once loaded (a CSV's rows) can still be planned.
 */
public record DatasetShape(OptionalInt features, boolean labelled, OptionalInt rows) {
    public DatasetShape(OptionalInt features, boolean labelled) {
        this(features, labelled, OptionalInt.empty());
    }

    static DatasetShape of(int features, boolean labelled) {
        return new DatasetShape(OptionalInt.of(features), labelled);
    }

    static DatasetShape of(int features, boolean labelled, int rows) {
        return new DatasetShape(OptionalInt.of(features), labelled, OptionalInt.of(rows));
    }
}
