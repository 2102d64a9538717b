package org.initlab.report;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.initlab.config.ExperimentDefinition;
import org.initlab.data.DatasetContext;
import org.initlab.history.HistoryOnError;
import org.initlab.history.HistoryReader;
import org.initlab.site.SiteSources;

/**
 * Everything one report needs, already separated from Maven.
 *
 * @param suite       built-in suite to run before the configured experiments ({@code classic} or {@code none})
 * @param experiments the user's own experiments, as written
 * @param kernel      {@code auto}, {@code java} or {@code nd4j}
 * @param commit      the project's git commit, or null
 * @param datasets    where file-based data sets are cached and whether they may be downloaded
 * @param failOnBrokenClaim fail (after writing the report) when a claim's verdict is not the expected one
 * @param cacheDirectory    where unchanged experiments' results are kept between builds, or null for no cache
 * @param threads           how many runs may execute at once
 * @param history           where the previously published report is (its history.json is extended), or null
 * @param historyTimeout    the deadline of fetching that history over http(s)
 * @param historyOnError    what to do when that history is there but cannot be read
 */
public record ReportRequest(String suite, List<ExperimentDefinition> experiments, Path outputDirectory,
                            SiteSources sources, boolean allowRawHtml, String kernel, String commit,
                            DatasetContext datasets, boolean failOnBrokenClaim, Path cacheDirectory, int threads,
                            String history, Duration historyTimeout, HistoryOnError historyOnError) {

    public ReportRequest {
        experiments = List.copyOf(experiments);
    }

    /** A request that reads its history with the default timeout and fails when it cannot be read. */
    public ReportRequest(String suite, List<ExperimentDefinition> experiments, Path outputDirectory, SiteSources sources,
                         boolean allowRawHtml, String kernel, String commit, DatasetContext datasets,
                         boolean failOnBrokenClaim, Path cacheDirectory, int threads, String history) {
        this(suite, experiments, outputDirectory, sources, allowRawHtml, kernel, commit, datasets, failOnBrokenClaim,
                cacheDirectory, threads, history, HistoryReader.DEFAULT_TIMEOUT, HistoryOnError.FAIL);
    }

    /** A request that starts a new history. */
    public ReportRequest(String suite, List<ExperimentDefinition> experiments, Path outputDirectory, SiteSources sources,
                         boolean allowRawHtml, String kernel, String commit, DatasetContext datasets,
                         boolean failOnBrokenClaim, Path cacheDirectory, int threads) {
        this(suite, experiments, outputDirectory, sources, allowRawHtml, kernel, commit, datasets, failOnBrokenClaim,
                cacheDirectory, threads, null, HistoryReader.DEFAULT_TIMEOUT, HistoryOnError.FAIL);
    }
}
