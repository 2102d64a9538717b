package org.initlab.results;

import java.util.List;

/**
 * The whole of {@code results.json}.
 *
 * @param generated ISO-8601 instant, UTC
 * @param commit    the project's git commit, or null outside a git checkout
 */
public record ReportResults(int schema, Generator generator, String generated, String commit,
                            List<ExperimentResult> experiments) {
    public static final int SCHEMA = 1;

    public ReportResults {
        experiments = List.copyOf(experiments);
    }
}
