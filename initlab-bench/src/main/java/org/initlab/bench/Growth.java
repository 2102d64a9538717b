package org.initlab.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.initlab.config.ExperimentDefinition;

/**
 * How cost grows: cold builds of one {@code activations} experiment (ReLU, He, one forward pass
 * with every layer's statistics and histograms) as the width grows at depth 5, as the depth grows
 * at width 100 and as the seeds grow at width 100, depth 5 ({@code <seeds>}), then a sweep of width
 * 2048 up to depth 100 under a fixed heap limit. Each point reports wall time, the experiment phase, the peak Java heap (from the GC log) and the
 * peak resident memory (heap plus ND4J's native buffers).
 */
final class Growth {
    private final MavenBuild maven;
    private final Path work;
    private final String pluginVersion;
    private final List<Integer> widths;
    private final List<Integer> depths;
    private final List<Integer> seeds;
    private final int rows;
    private final String sweepDepths;
    private final int sweepRows;
    private final String sweepHeap;

    Growth(MavenBuild maven, Path work, String pluginVersion, List<Integer> widths, List<Integer> depths, List<Integer> seeds,
           int rows, String sweepDepths, int sweepRows, String sweepHeap) {
        this.maven = maven;
        this.work = work;
        this.pluginVersion = pluginVersion;
        this.widths = widths;
        this.depths = depths;
        this.seeds = seeds;
        this.rows = rows;
        this.sweepDepths = sweepDepths;
        this.sweepRows = sweepRows;
        this.sweepHeap = sweepHeap;
    }

    void run() throws IOException {
        Path first = project("growth-seed", forward(64, 1));
        maven.seed(first);
        System.out.printf(Locale.ROOT, "%nHow cost grows (one cold build per point; activations experiment, ReLU, "
                + "kaiming_normal, gaussian(rows=%d), threads = processors; heap = peak Java heap at a GC or exit):%n%n", rows);
        System.out.println("| network | build, s | experiment, s | peak heap, MB | peak RSS, MB |");
        System.out.println("|---|---|---|---|---|");
        for (int w : widths) {
            point("width " + w + ", depth 5", project("growth-w" + w, forward(w, 5)), "");
        }
        for (int d : depths) {
            point("width 100, depth " + d, project("growth-d" + d, forward(100, d)), "");
        }
        for (int n : seeds) {
            point("width 100, depth 5, " + n + (n == 1 ? " seed" : " seeds"), project("growth-s" + n, onSeeds(forward(100, 5), n)),
                    "");
        }
        String[] all = sweepDepths.split(",");
        String shortSweep = String.join(",", List.of(all).subList(0, Math.max(1, all.length / 2)));
        System.out.printf(Locale.ROOT, "%nSweep of width 2048 (gaussian(rows=%d), ReLU, xavier_normal and kaiming_normal, "
                + "one network per depth), MAVEN_OPTS=-Xmx%s:%n%n", sweepRows, sweepHeap);
        System.out.println("| depths | build, s | experiment, s | peak heap, MB | peak RSS, MB | progress lines | longest silence in the log, s |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String depthList : List.of(shortSweep, sweepDepths)) {
            Path p = project("growth-sweep-" + depthList.replace(',', '-'), sweep(depthList));
            Measured m = measure(p, "-Xmx" + sweepHeap);
            if (m.run.failed()) {
                System.out.printf(Locale.ROOT, "| %s | fails after %.1f s: %s | — | %.0f | %.0f | %d | %.1f |%n", depthList,
                        m.run.wallMs() / 1e3, m.run.error(), m.heapMb, m.run.peakRssKb() / 1024.0, m.log.progressLines(),
                        m.log.longestSilenceMs() / 1e3);
                continue;
            }
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.0f | %.0f | %d | %.1f |%n", depthList, m.run.wallMs() / 1e3,
                    m.log.experimentMs() / 1e3, m.heapMb, m.run.peakRssKb() / 1024.0, m.log.progressLines(),
                    m.log.longestSilenceMs() / 1e3);
        }
    }

    private void point(String label, Path project, String opts) throws IOException {
        Measured m = measure(project, opts);
        if (m.run.failed()) {
            System.out.printf(Locale.ROOT, "| %s | fails after %.1f s: %s | — | %.0f | %.0f |%n", label, m.run.wallMs() / 1e3,
                    m.run.error(), m.heapMb, m.run.peakRssKb() / 1024.0);
            return;
        }
        System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.0f | %.0f |%n", label, m.run.wallMs() / 1e3,
                m.log.experimentMs() / 1e3, m.heapMb, m.run.peakRssKb() / 1024.0);
    }

    private Measured measure(Path project, String opts) throws IOException {
        ColdProject.clean(project);
        Path gc = project.resolve("gc.log");
        BuildRun run = maven.attempt(project, (opts + " " + GcLog.options(gc)).strip(), "initlab:report");
        return new Measured(run, run.log(), GcLog.peakMb(gc));
    }

    private record Measured(BuildRun run, BuildLog log, double heapMb) {
    }

    private Path project(String name, ExperimentDefinition experiment) throws IOException {
        return ColdProject.write(work.resolve("growth").resolve(name), name, pluginVersion, "none", List.of(experiment));
    }

    ExperimentDefinition forward(int width, int depth) {
        return ExperimentDefinition.of("w" + width + "-d" + depth)
                .with("type", "activations")
                .with("dataset", "gaussian(rows=" + rows + ", cols=" + width + ", seed=0)")
                .with("layers", String.join(",", Collections.nCopies(depth, Integer.toString(width))))
                .with("activation", "relu")
                .with("seed", "1")
                .withInitializers("kaiming_normal(nonlinearity=relu)");
    }

    /**
     * {@code d} on {@code count} seeds from its own seed on ({@code <seeds>first..first+count-1</seeds>}),
     * so the one-seed point runs exactly what the depth-5 point of the same width runs.
     */
    static ExperimentDefinition onSeeds(ExperimentDefinition d, int count) {
        long first = Long.parseLong(d.settings().get("seed"));
        return Workload.reseeded(d, "seeds", first + ".." + (first + count - 1));
    }

    private ExperimentDefinition sweep(String depthList) {
        return ExperimentDefinition.of("sweep-2048")
                .with("type", "sweep")
                .with("dataset", "gaussian(rows=" + sweepRows + ", cols=2048, seed=0)")
                .with("width", "2048")
                .with("depths", depthList)
                .with("activation", "relu")
                .with("seed", "1")
                .withInitializers("xavier_normal", "kaiming_normal(nonlinearity=relu)");
    }
}
