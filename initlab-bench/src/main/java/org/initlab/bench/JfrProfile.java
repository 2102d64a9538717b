package org.initlab.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a cold build's time goes: one cold classic-suite build under Java Flight Recorder
 * ({@code settings=profile}: a Java stack sample every 10 ms per running thread, native ones every
 * 20 ms), each sample put in the first {@link Cost} its stack matches, plus the JIT's compile time
 * and the GC's pauses, which run on threads the samples do not see.
 */
final class JfrProfile {

    /** A place in the build, recognised by any frame of a stack (checked in this order). */
    enum Cost {
        IDLE("idle threads (waiting on I/O or a selector)", f -> f.startsWith("sun.nio.ch.EPoll.wait")
                || f.startsWith("sun.nio.ch.Net.poll") || f.startsWith("java.net.SocketInputStream.socketRead")),
        ND4J_LOADING("ND4J loading (natives, backend, first-use set-up)", f -> f.startsWith("org.bytedeco.javacpp.Loader")
                || f.startsWith("org.nd4j.linalg.factory.Nd4j.<clinit>") || f.startsWith("org.nd4j.linalg.factory.Nd4jBackend")
                || f.startsWith("org.nd4j.linalg.factory.Nd4j.initContext") || f.startsWith("org.nd4j.nativeblas.NativeOpsHolder")),
        ASSET_COPIES("asset copies (ECharts, KaTeX, fonts)", f -> f.startsWith("org.initlab.site.Assets")),
        SITE_RENDERING("site rendering (Thymeleaf pages, markdown, charts)", f -> f.startsWith("org.initlab.site.")
                || f.startsWith("org.thymeleaf.") || f.startsWith("com.vladsch.flexmark.")),
        RESULTS("results.json, claims, history, cache files", f -> f.startsWith("org.initlab.results.")
                || f.startsWith("org.initlab.claims.") || f.startsWith("org.initlab.history.")
                || f.startsWith("org.initlab.experiment.ResultCache") || f.startsWith("com.fasterxml.jackson.")),
        CATALOGUE("initializer catalogue checks (measured in every build)", f -> f.startsWith("org.initlab.catalogue.")),
        EXPERIMENTS("experiments (kernels, statistics, data sets)", f -> f.startsWith("org.initlab.")),
        MAVEN("Maven start-up, model building and plugin resolution", f -> f.startsWith("org.apache.maven.")
                || f.startsWith("org.eclipse.aether.") || f.startsWith("org.codehaus.plexus.") || f.startsWith("org.eclipse.sisu.")
                || f.startsWith("com.google.inject.")),
        OTHER("other (JDK, class loading outside the above)", f -> true);

        final String label;
        final Predicate<String> frame;

        Cost(String label, Predicate<String> frame) {
            this.label = label;
            this.frame = frame;
        }

        static Cost of(List<RecordedFrame> stack) {
            if (!stack.isEmpty() && IDLE.frame.test(name(stack.get(0)))) {
                return IDLE; // only the top frame says a thread is waiting
            }
            for (Cost c : values()) {
                if (c == IDLE) {
                    continue;
                }
                for (RecordedFrame f : stack) {
                    if (f.getMethod() != null && c.frame.test(name(f))) {
                        return c;
                    }
                }
            }
            return OTHER;
        }

        private static String name(RecordedFrame f) {
            return f.getMethod() == null ? "" : f.getMethod().getType().getName() + "." + f.getMethod().getName();
        }
    }

    /** The JVM options that record {@code file} (deep stacks: Thymeleaf's are deeper than the default 64 frames). */
    static String options(Path file) {
        return "-XX:StartFlightRecording=filename=" + file.toAbsolutePath() + ",settings=profile"
                + " -XX:FlightRecorderOptions=stackdepth=512";
    }

    private JfrProfile() {
    }

    /** Prints the summary of the recording at {@code file}. */
    static void summarise(Path file, BuildRun build) throws IOException {
        Map<Cost, int[]> samples = new LinkedHashMap<>();
        for (Cost c : Cost.values()) {
            samples.put(c, new int[2]);
        }
        Duration compile = Duration.ZERO;
        Duration gc = Duration.ZERO;
        int compilations = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            switch (e.getEventType().getName()) {
                case "jdk.ExecutionSample" -> samples.get(Cost.of(e.getStackTrace().getFrames()))[0]++;
                case "jdk.NativeMethodSample" -> samples.get(Cost.of(e.getStackTrace().getFrames()))[1]++;
                case "jdk.Compilation" -> {
                    compile = compile.plus(e.getDuration());
                    compilations++;
                }
                case "jdk.GarbageCollection" -> gc = gc.plus(e.getDuration());
                default -> { }
            }
        }
        BuildLog log = build.log();
        System.out.printf(Locale.ROOT, "%nWhere a cold classic-suite build goes (one build under JFR, %.1f s wall; "
                + "until the first experiment %.1f s, experiments %.1f s, catalogue/results/pages/assets %.1f s):%n%n", build.wallMs() / 1e3,
                log.startedAtMs() / 1e3, log.experimentMs() / 1e3, log.siteMs() / 1e3);
        int java = samples.values().stream().mapToInt(s -> s[0]).sum();
        int nat = samples.values().stream().mapToInt(s -> s[1]).sum();
        int idleNative = samples.get(Cost.IDLE)[1];
        System.out.println("| where | Java samples (every 10 ms) | ≈ thread-s in Java | share | native samples (every 20 ms) "
                + "| ≈ thread-s in native code | share (busy) |");
        System.out.println("|---|---|---|---|---|---|---|");
        samples.forEach((c, s) -> System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.0f %% | %d | %.1f | %s |%n", c.label, s[0],
                s[0] * 0.010, 100.0 * s[0] / Math.max(1, java), s[1], s[1] * 0.020,
                c == Cost.IDLE ? "—" : String.format(Locale.ROOT, "%.0f %%", 100.0 * s[1] / Math.max(1, nat - idleNative))));
        System.out.printf(Locale.ROOT, "%nJIT: %d compilations over JFR's 100 ms threshold, %.1f s of compiler-thread time; "
                + "GC pauses %.2f s; recording %s (open it in JDK Mission Control, or `jfr print`)%n",
                compilations, compile.toMillis() / 1e3, gc.toMillis() / 1e3, file);
    }
}
