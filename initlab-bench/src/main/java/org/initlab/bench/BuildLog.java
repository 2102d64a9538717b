package org.initlab.bench;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an {@code initlab:report} build log says about its phases. The plugin logs
 * {@code Running N experiment(s)} before the first experiment, one line per experiment as it
 * finishes ({@code [8/9] t4-mnist: 2 runs in 2657 ms}, or {@code reused ... (12 ms)}),
 * {@code run d/n done} for slow runs, and {@code Report written to ... in T ms} (experiments and
 * site together); experiments run one after another, so their times add up to the experiment phase.
 *
 * @param experiments      how many experiment lines there were
 * @param experimentMs     the sum of their times (run or reused)
 * @param reused           how many were served by the result cache
 * @param reportMs         the report's total, or NaN when the line is missing
 * @param startedAtMs      when {@code Running N experiment(s)} arrived (JVM start, Maven, plugin
 *                         resolution and configuration happen before it), NaN if absent
 * @param lastExperimentAtMs when the last experiment line arrived, NaN if none did
 * @param writtenAtMs      when the {@code Report written} line arrived, NaN if absent
 * @param progressLines    {@code run d/n done} and a sweep's {@code depth d/n reached} announcements
 * @param longestSilenceMs the longest gap between two consecutive lines of output
 */
record BuildLog(int experiments, double experimentMs, int reused, double reportMs, double startedAtMs,
                double lastExperimentAtMs, double writtenAtMs,
                int progressLines, double longestSilenceMs) {

    private static final Pattern EXPERIMENT = Pattern.compile("\\[\\d+/\\d+] \\S+: (?:\\d+ runs? in (\\d+) ms|reused.*\\((\\d+) ms\\))$");
    private static final Pattern WRITTEN = Pattern.compile("initlab: Report written to .* in (\\d+) ms$");
    private static final Pattern PROGRESS = Pattern.compile("\\[\\d+/\\d+] \\S+: (?:run \\d+/\\d+ done|.*: depth \\d+/\\d+ reached in)");

    static BuildLog parse(List<BuildRun.Line> lines) {
        int experiments = 0;
        int reused = 0;
        int progress = 0;
        double experimentMs = 0;
        double reportMs = Double.NaN;
        double started = Double.NaN;
        double written = Double.NaN;
        double lastExperiment = Double.NaN;
        double silence = 0;
        double previous = 0;
        for (BuildRun.Line line : lines) {
            silence = Math.max(silence, line.atMs() - previous);
            previous = line.atMs();
            String text = line.text();
            Matcher m = EXPERIMENT.matcher(text);
            Matcher w = WRITTEN.matcher(text);
            if (m.find()) {
                experiments++;
                lastExperiment = line.atMs();
                if (m.group(2) != null) {
                    reused++;
                }
                experimentMs += Double.parseDouble(m.group(1) != null ? m.group(1) : m.group(2));
            } else if (w.find()) {
                reportMs = Double.parseDouble(w.group(1));
                written = line.atMs();
            } else if (PROGRESS.matcher(text).find()) {
                progress++;
            } else if (Double.isNaN(started) && text.matches(".*initlab: Running \\d+ experiment\\(s\\)$")) {
                started = line.atMs();
            }
        }
        return new BuildLog(experiments, experimentMs, reused, reportMs, started, lastExperiment, written, progress, silence);
    }

    /**
     * From the last experiment to the report in place: the initializer catalogue's checks, history,
     * results.json, pages, assets and the swap into place.
     */
    double siteMs() {
        return writtenAtMs - lastExperimentAtMs;
    }
}
