package org.initlab.data;

import java.util.OptionalInt;
import org.initlab.numeric.SampleShape;

/**
 * What the plan knows of a data set before it is loaded: its input width (a CSV's from its first
 * row), whether it has targets, which training needs, its rows where the spec fixes them (a
 * {@link Split}'s sizes are then checked in the plan), and what one row is (an image for the layers
 * that take images). Width and rows are optional so that a data set whose size shows only once loaded
 * (a CSV's rows) can still be planned.
 *
 * @param sample what one row is (flat, or an image C×H×W), or null when the width is not known yet
 */
public record DatasetShape(OptionalInt features, boolean labelled, OptionalInt rows, SampleShape sample) {

    public DatasetShape(OptionalInt features, boolean labelled, OptionalInt rows) {
        this(features, labelled, rows, features.isPresent() ? SampleShape.flat(features.getAsInt()) : null);
    }

    public DatasetShape(OptionalInt features, boolean labelled) {
        this(features, labelled, OptionalInt.empty());
    }

    static DatasetShape of(int features, boolean labelled) {
        return new DatasetShape(OptionalInt.of(features), labelled);
    }

    static DatasetShape of(int features, boolean labelled, int rows) {
        return new DatasetShape(OptionalInt.of(features), labelled, OptionalInt.of(rows));
    }

    /** Rows that are images. */
    static DatasetShape of(SampleShape sample, boolean labelled, int rows) {
        return new DatasetShape(OptionalInt.of(Math.toIntExact(sample.size())), labelled, OptionalInt.of(rows), sample);
    }
}
