package org.initlab.data;

import java.util.OptionalInt;

/**
 * What the plan knows of a data set before it is loaded: its input width (a CSV's from its first
 * row) and whether it has targets, which training needs. The width is optional so that a data set
 * whose width shows only once loaded can still be planned.
 */
public record DatasetShape(OptionalInt features, boolean labelled) {
    static DatasetShape of(int features, boolean labelled) {
        return new DatasetShape(OptionalInt.of(features), labelled);
    }
}
