package org.initlab.bench;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One finished {@code mvn} process as seen from outside.
 *
 * @param wallMs    start to exit, milliseconds
 * @param lines     its output, each line with the time it arrived (milliseconds after start)
 * @param peakRssKb the JVM's peak resident memory (heap, ND4J's native buffers, code), or -1 if unknown
 */
record BuildRun(double wallMs, List<Line> lines, long peakRssKb) {

    /** One line of output and when it arrived. */
    record Line(double atMs, String text) {
    }

    BuildLog log() {
        return BuildLog.parse(lines);
    }

    String tail(int n) {
        return lines.subList(Math.max(0, lines.size() - n), lines.size()).stream().map(Line::text)
                .collect(Collectors.joining("\n"));
    }
}
