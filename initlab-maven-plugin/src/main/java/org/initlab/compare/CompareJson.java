package org.initlab.compare;

import org.initlab.results.ResultsJson;

/** {@code compare.json}: the comparison in the same JSON dialect as results.json (non-finite numbers as strings). */
public final class CompareJson {
    private CompareJson() {
    }

    public static String write(Comparison comparison) {
        return ResultsJson.write(comparison);
    }
}
