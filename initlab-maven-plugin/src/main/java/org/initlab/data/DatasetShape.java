package org.initlab.data;

import java.util.OptionalInt;

/**
 * What the plan knows of a data set before it is loaded: its input width where the spec fixes it
 * (a CSV's shows only once it is read), and whether it has targets, which training needs.
 */
public record DatasetShape(OptionalInt features, boolean labelled) {
    static DatasetShape of(int features, boolean labelled) {
        return new DatasetShape(OptionalInt.of(features), labelled);
    }

    static DatasetShape unknownWidth(boolean labelled) {
        return new DatasetShape(OptionalInt.empty(), labelled);
    }
}
