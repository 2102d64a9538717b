package org.initlab.bench;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One finished {@code mvn} process as seen from outside.
 *
 * @param wallMs    start to exit, milliseconds
 * @param lines     its output, each line with the time it arrived (milliseconds after start)
 * @param peakRssKb the JVM's peak resident memory (heap, ND4J's native buffers, code), or -1 if unknown
 * @param exit      the process's exit status
 */
record BuildRun(double wallMs, List<Line> lines, long peakRssKb, int exit) {

    /** One line of output and when it arrived. */
    record Line(double atMs, String text) {
    }

    boolean failed() {
        return exit != 0;
    }

    /** The first {@code [ERROR]} line's message (Maven's summary of why the build failed), or "". */
    String error() {
        return lines.stream().map(Line::text).filter(t -> t.startsWith("[ERROR] ")).findFirst()
                .map(t -> t.substring("[ERROR] ".length()).replace(" -> [Help 1]", "")).orElse("");
    }

    BuildLog log() {
        return BuildLog.parse(lines);
    }

    String tail(int n) {
        return lines.subList(Math.max(0, lines.size() - n), lines.size()).stream().map(Line::text)
                .collect(Collectors.joining("\n"));
    }
}
