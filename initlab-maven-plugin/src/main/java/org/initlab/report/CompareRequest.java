package org.initlab.report;

import java.nio.file.Path;
import java.time.Duration;
import org.initlab.compare.CompareMode;
import org.initlab.compare.Thresholds;
import org.initlab.site.SiteSources;

/**
 * Everything one comparison needs, already separated from Maven.
 *
 * @param baseline        a report directory, a results.json file, a file: URL or an http(s) URL of a published report
 * @param outputDirectory the current report; its results.json is compared, the result goes to {@code compare/}
 * @param baseDirectory   where a relative baseline path starts (the project directory)
 * @param timeout         how long to wait for a baseline over http(s)
 * @param mode            exact (every run) or statistical (medians against the baseline's intervals)
 */
public record CompareRequest(String baseline, Path outputDirectory, Path baseDirectory, Thresholds thresholds,
                             Duration timeout, SiteSources sources, CompareMode mode) {

    /** An exact comparison. */
    public CompareRequest(String baseline, Path outputDirectory, Path baseDirectory, Thresholds thresholds,
                          Duration timeout, SiteSources sources) {
        this(baseline, outputDirectory, baseDirectory, thresholds, timeout, sources, CompareMode.EXACT);
    }
}
