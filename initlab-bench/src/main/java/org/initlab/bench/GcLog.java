package org.initlab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The peak Java heap of a build, read from its unified GC log ({@link #OPTIONS}): the largest heap
 * occupancy seen before a collection ({@code Pause Young ... 120M->30M(256M)}) or at exit
 * ({@code garbage-first heap total 262144K, used 12345K}). Sampled at those moments, so a
 * lower bound of the true peak, and the figure that shows whether memory stays bounded.
 */
final class GcLog {
    /** The JVM options that write the log this class reads to {@code file}. */
    static String options(Path file) {
        return "-Xlog:gc,gc+heap+exit:file=" + file.toAbsolutePath();
    }

    static final String OPTIONS = "-Xlog:gc,gc+heap+exit:file=<path>";

    private static final Pattern BEFORE = Pattern.compile("\\s(\\d+)([KMG])->\\d+[KMG]\\(");
    private static final Pattern EXIT_USED = Pattern.compile("heap\\s+total \\d+[KMG], used (\\d+)([KMG])");

    private GcLog() {
    }

    /** Peak heap in MiB of the log at {@code file}; NaN when it has no figure. */
    static double peakMb(Path file) throws IOException {
        return Files.exists(file) ? peakMb(Files.readAllLines(file)) : Double.NaN;
    }

    static double peakMb(List<String> lines) {
        double peak = Double.NaN;
        for (String line : lines) {
            for (Pattern p : List.of(BEFORE, EXIT_USED)) {
                Matcher m = p.matcher(line);
                while (m.find()) {
                    double mb = Double.parseDouble(m.group(1)) * switch (m.group(2)) {
                        case "K" -> 1.0 / 1024;
                        case "G" -> 1024.0;
                        default -> 1.0;
                    };
                    peak = Double.isNaN(peak) ? mb : Math.max(peak, mb);
                }
            }
        }
        return peak;
    }
}
