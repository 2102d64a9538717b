package org.initlab.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.Suites;

/**
 * What a user waits for: per sample a fresh {@code mvn initlab:report} process on a generated
 * project (target deleted first: no report, no result cache), timed from outside and, through its
 * log, the experiment phase inside it; in the same repetition the same work as a fresh
 * {@code python3} process with numpy and with PyTorch, timed from outside and by the script itself.
 * The sides alternate sample by sample, so load from other processes hits them alike. Then the
 * unchanged re-run (cache on) against {@code mvn validate} on the same project.
 */
final class ColdBench {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The cold workloads: the warm harness's names plus the whole classic suite. */
    private static final Map<String, List<String>> WORKLOADS = new LinkedHashMap<>();

    static {
        WORKLOADS.put("t1", List.of("t1-circles"));
        WORKLOADS.put("t2", List.of("t2-sigmoid", "t2-tanh", "t2-relu"));
        WORKLOADS.put("mnist", List.of("t4-mnist-pixels"));
        WORKLOADS.put("conv", List.of()); // CONV below: a convolutional forward pass, issue 16's speed check
        WORKLOADS.put("suite", List.of()); // the built-in classic suite, as `suite` = classic (ten seeds, claims)
        WORKLOADS.put("suite1", List.of()); // a copy of its experiments, each on its own seed only, no claims
        WORKLOADS.put("suite10", List.of()); // a copy of its experiments on their ten seeds, no claims
    }

    /**
     * A conv forward pass of the size a user's small CNN meets: 64 images of 16×32×32 through four 3×3
     * convolutions of 16 channels (padding 1), ReLU, He, no bias; the scripts' {@code conv()} compute the
     * same from the same numpy draws (data {@code randn(64, 16, 32, 32)} after seed 0, each kernel
     * {@code randn(16, 16, 3, 3)·√(2/144)} after seed 1) with the same statistics.
     */
    static final ExperimentDefinition CONV = ExperimentDefinition.of("conv-forward")
            .with("title", "Four 3×3 convolutions on 64 images of 16×32×32")
            .with("type", "activations")
            .with("dataset", "gaussian(rows=64, channels=16, height=32, width=32, seed=0)")
            .with("layers", String.join(", ", java.util.Collections.nCopies(4, "conv2d(out=16, kernel=3, padding=1)")))
            .with("activation", "relu")
            .with("layout", "out-in")
            .with("bias", "none")
            .with("seed", "1")
            .withInitializers("kaiming_normal(nonlinearity=relu)");

    private final MavenBuild maven;
    private final Path work;
    private final String pluginVersion;
    private final int warmup;
    private final int reps;
    private final String python;
    private final Path datasets;
    private final int torchThreads;
    private final List<String> selected;

    ColdBench(MavenBuild maven, Path work, String pluginVersion, int warmup, int reps, String python, Path datasets,
              int torchThreads, List<String> selected) {
        this.maven = maven;
        this.work = work;
        this.pluginVersion = pluginVersion;
        this.warmup = warmup;
        this.reps = reps;
        this.python = python;
        this.datasets = datasets;
        this.torchThreads = torchThreads;
        this.selected = selected;
    }

    /** The project that runs {@code name} (one of t1, t2, mnist, suite), written under the work directory. */
    Path project(String name) throws IOException {
        List<ExperimentDefinition> defs = name.equals("suite10") ? Suites.named("classic").stream().map(ColdBench::withoutClaims).toList()
                : name.equals("suite1") ? Suites.named("classic").stream().map(d -> withoutClaims(Workload.firstSeed(d))).toList()
                : name.equals("conv") ? List.of(CONV)
                : WORKLOADS.get(name).stream().map(Workload::find).toList();
        return ColdProject.write(work.resolve("cold").resolve(name), "cold-" + name, pluginVersion,
                name.equals("suite") ? "classic" : "none", defs);
    }

    /** {@code d} with its claims dropped, as for every cold workload but {@code suite}. */
    static ExperimentDefinition withoutClaims(ExperimentDefinition d) {
        return new ExperimentDefinition(d.id(), d.settings(), d.initializers(), List.of(), d.names());
    }

    void run() throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String name : WORKLOADS.keySet()) {
            if (selected.contains(name)) {
                rows.put(name, new Row(name, project(name)));
            }
        }
        if (rows.isEmpty()) {
            System.out.println("cold: no cold workload among bench.workloads (t1, t2, mnist, conv, suite, suite1, suite10)");
            return;
        }
        maven.seed(rows.values().iterator().next().project);
        boolean numpy = PythonProcess.available(python, "numpy", "python3-numpy");
        boolean torch = PythonProcess.available(python, "torch", "python3-torch");
        System.out.printf(Locale.ROOT, "cold: %d warm-up + %d timed samples per workload; each sample a fresh process per side "
                + "(initlab: mvn -o initlab:report, threads = processors, kernel=auto; numpy: default BLAS threads; "
                + "PyTorch: %d intra-op thread(s)), all float64%n", warmup, reps, torchThreads);
        for (int i = 0; i < warmup + reps; i++) {
            boolean timed = i >= warmup;
            for (Row row : rows.values()) {
                ColdProject.clean(row.project);
                BuildRun build = maven.run(row.project, "", "initlab:report");
                BuildLog log = build.log();
                PythonSample np = numpy && row.hasPython() ? python("numpy_bench.py", row.name) : null;
                PythonSample pt = torch && row.hasPython() ? python("torch_bench.py", row.name) : null;
                if (timed) {
                    row.build.add(build.wallMs());
                    row.experiments.add(log.experimentMs());
                    row.started.add(log.startedAtMs());
                    row.site.add(log.siteMs());
                    row.after.add(build.wallMs() - log.writtenAtMs());
                    row.check = check(row);
                    if (np != null) {
                        row.numpyProcess.add(np.wallMs);
                        row.numpyWork.add(np.workMs);
                        row.numpyCheck = np.check;
                    }
                    if (pt != null) {
                        row.torchProcess.add(pt.wallMs);
                        row.torchWork.add(pt.workMs);
                        row.torchCheck = pt.check;
                    }
                }
                System.out.printf(Locale.ROOT, "  %s %s: initlab build %.0f ms (experiments %.0f)%s%s%n", row.name,
                        timed ? "timed" : "warm-up", build.wallMs(), log.experimentMs(),
                        np == null ? "" : String.format(Locale.ROOT, ", numpy %.0f ms (work %.0f)", np.wallMs, np.workMs),
                        pt == null ? "" : String.format(Locale.ROOT, ", PyTorch %.0f ms (work %.0f)", pt.wallMs, pt.workMs));
            }
        }
        print(rows.values());
        // the user's suite if it ran, else the copy of its experiments: the unchanged path is the same
        Row suite = rows.getOrDefault("suite", rows.getOrDefault("suite10", rows.get("suite1")));
        Rerun rerun = suite == null ? null : rerun(suite.project);
        targets(rows, rerun);
    }

    /** Issue 14's targets for a cold build, as ratios of this run. */
    private static void targets(Map<String, Row> rows, Rerun rerun) {
        System.out.println();
        System.out.println("| target (cold build) | measured | met? |");
        System.out.println("|---|---|---|");
        Row t1 = rows.get("t1");
        if (t1 != null) {
            target("T1 ≥ 3× faster than numpy", t1.numpyWork, t1.experiments.median(), 3, false);
            target("T1 ≥ 3× faster than PyTorch", t1.torchWork, t1.experiments.median(), 3, false);
        }
        Row t2 = rows.get("t2");
        if (t2 != null) {
            target("T2 grid faster than PyTorch", t2.torchWork, t2.experiments.median(), 1, true);
        }
        Row mnist = rows.get("mnist");
        if (mnist != null) {
            target("MNIST epoch no slower than PyTorch (float64, one thread per product)", mnist.torchWork,
                    mnist.experiments.median(), 1, false);
        }
        if (rerun != null) {
            double gap = (rerun.again.median() - rerun.validate.median()) / 1e3;
            System.out.printf(Locale.ROOT, "| unchanged re-run within 0.5 s of mvn validate | %+.2f s | %s |%n", gap, gap <= 0.5 ? "yes" : "no");
        }
        Row one = rows.get("suite1");
        Row ten = rows.get("suite10");
        if (one != null && ten != null) {
            double ratio = ten.build.median() / one.build.median();
            System.out.printf(Locale.ROOT, "| classic suite's experiments on 10 seeds ≤ 2× on one seed | %.2f× (build %.2f s vs %.2f s; "
                    + "experiments %.2f s vs %.2f s) | %s |%n", ratio, ten.build.median() / 1e3, one.build.median() / 1e3,
                    ten.experiments.median() / 1e3, one.experiments.median() / 1e3, ratio <= 2 ? "yes" : "no");
        }
    }

    /** {@code other / initlab} against {@code bound}: at least it, or above it when {@code strict}. */
    private static void target(String what, Samples other, double initlab, double bound, boolean strict) {
        if (other.isEmpty()) {
            System.out.printf("| %s | — (side skipped) | — |%n", what);
            return;
        }
        double ratio = other.median() / initlab;
        System.out.printf(Locale.ROOT, "| %s | %.2f× | %s |%n", what, ratio, (strict ? ratio > bound : ratio >= bound) ? "yes" : "no");
    }

    /** The unchanged re-run's samples and {@code mvn validate}'s. */
    private record Rerun(Samples again, Samples validate) {
    }

    /** One cold classic-suite build under JFR, summarised. */
    void profile() throws IOException {
        Path project = project("suite");
        maven.seed(project);
        ColdProject.clean(project);
        Path recording = work.resolve("cold-suite.jfr");
        BuildRun build = maven.run(project, JfrProfile.options(recording), "initlab:report");
        JfrProfile.summarise(recording, build);
    }

    /** A fresh interpreter that runs {@code workload} once: wall time from outside, work time from the script. */
    private PythonSample python(String script, String workload) throws IOException {
        long start = System.nanoTime();
        JsonNode answer;
        try (PythonProcess p = PythonProcess.launch(python, script, datasets, work.resolve("python"),
                script.startsWith("torch") ? new String[] {Integer.toString(torchThreads)} : new String[0])) {
            answer = p.run(workload);
        }
        return new PythonSample((System.nanoTime() - start) / 1e6, answer.get("ms").asDouble(), answer.get("check").asText());
    }

    private record PythonSample(double wallMs, double workMs, String check) {
    }

    /** An unchanged re-run (every result reused) against {@code mvn validate}, alternating, on the suite's project. */
    private Rerun rerun(Path project) throws IOException {
        Samples again = new Samples();
        Samples validate = new Samples();
        Samples setUp = new Samples();
        Samples reused = new Samples();
        Samples site = new Samples();
        maven.run(project, "", "initlab:report"); // the cache now holds this very configuration
        for (int i = 0; i < warmup + reps; i++) {
            BuildRun r = maven.run(project, "", "initlab:report");
            BuildRun v = maven.run(project, "", "validate");
            BuildLog log = r.log();
            if (log.reused() != log.experiments()) {
                throw new IllegalStateException("unchanged re-run reused only " + log.reused() + " of " + log.experiments()
                        + " experiments:\n" + r.tail(30));
            }
            if (i >= warmup) {
                again.add(r.wallMs());
                validate.add(v.wallMs());
                setUp.add(log.startedAtMs());
                reused.add(log.experimentMs());
                site.add(log.siteMs());
            }
        }
        System.out.printf(Locale.ROOT, "%nUnchanged re-run of the classic suite's experiments (cold JVM, every experiment reused): "
                + "mvn initlab:report median %.2f s (min %.2f); mvn validate on the same project median %.2f s (min %.2f); "
                + "difference %.2f s (target: within 0.5 s)%n", again.median() / 1e3, again.min() / 1e3,
                validate.median() / 1e3, validate.min() / 1e3, (again.median() - validate.median()) / 1e3);
        System.out.printf(Locale.ROOT, "re-run phases (medians): until the first experiment %.2f s; reading the reused results "
                + "%.2f s; catalogue checks, results, pages and assets %.2f s%n", setUp.median() / 1e3,
                reused.median() / 1e3, site.median() / 1e3);
        return new Rerun(again, validate);
    }

    private void print(Iterable<Row> rows) {
        System.out.println();
        System.out.println("Cold, as users wait (medians of fresh processes, seconds; ratios > 1 mean initlab is faster):");
        System.out.println();
        System.out.println("| workload | initlab build | initlab experiments | numpy process | numpy work | PyTorch process "
                + "| PyTorch work | numpy work / initlab experiments | PyTorch work / initlab experiments |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (Row r : rows) {
            double phase = r.experiments.median();
            System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %s | %s | %s | %s | %s | %s |%n", r.label(), r.build.median() / 1e3,
                    phase / 1e3, seconds(r.numpyProcess), seconds(r.numpyWork), seconds(r.torchProcess), seconds(r.torchWork),
                    ratio(r.numpyWork, phase), ratio(r.torchWork, phase));
        }
        System.out.println();
        for (Row r : rows) {
            System.out.printf(Locale.ROOT, "%s build phases (medians): JVM start, Maven and plugin set-up until the first experiment "
                    + "%.2f s; experiments %.2f s; catalogue checks, results, pages and assets %.2f s; after the report until exit %.2f s%n",
                    r.name, r.started.median() / 1e3, r.experiments.median() / 1e3, r.site.median() / 1e3, r.after.median() / 1e3);
        }
        for (Row r : rows) {
            if (r.hasPython()) {
                System.out.printf("check %s: initlab %s; numpy %s; PyTorch %s%n", r.name, r.check,
                        r.numpyCheck == null ? "—" : r.numpyCheck, r.torchCheck == null ? "—" : r.torchCheck);
            }
        }
        System.out.println("(initlab's experiment phase includes loading its data sets; the Python work figures exclude it. "
                + "Python process = interpreter start, imports, data loading and the work.)");
    }

    private static String seconds(Samples s) {
        return s.isEmpty() ? "—" : String.format(Locale.ROOT, "%.2f", s.median() / 1e3);
    }

    private static String ratio(Samples other, double initlab) {
        return other.isEmpty() ? "—" : String.format(Locale.ROOT, "%.2f×", other.median() / initlab);
    }

    /** The figure the Python scripts print, read back from the build's results.json. */
    private static String check(Row row) throws IOException {
        if (!row.hasPython()) {
            return "";
        }
        JsonNode experiments = JSON.readTree(row.project.resolve("target/initlab/results.json").toFile()).get("experiments");
        JsonNode runs = experiments.get(experiments.size() - 1).get("runs");
        JsonNode last = runs.get(runs.size() - 1);
        if (row.name.equals("conv")) {
            return String.format(Locale.ROOT, "layer-4 post std %.6f", last.get("layers").get(3).get("post").get("std").asDouble());
        }
        return row.name.equals("t2")
                ? String.format(Locale.ROOT, "relu/He layer-5 post std %.6f", last.get("layers").get(4).get("post").get("std").asDouble())
                : String.format(Locale.ROOT, "He train %.4f test %.4f", last.get("training").get("trainAccuracy").asDouble(),
                        last.get("training").get("testAccuracy").asDouble());
    }

    /** One workload's samples on every side. */
    private static final class Row {
        final String name;
        final Path project;
        final Samples build = new Samples();
        final Samples experiments = new Samples();
        final Samples started = new Samples();
        final Samples site = new Samples();
        final Samples after = new Samples();
        final Samples numpyProcess = new Samples();
        final Samples numpyWork = new Samples();
        final Samples torchProcess = new Samples();
        final Samples torchWork = new Samples();
        String check = "";
        String numpyCheck;
        String torchCheck;

        Row(String name, Path project) {
            this.name = name;
            this.project = project;
        }

        boolean hasPython() {
            return !name.startsWith("suite");
        }

        String label() {
            return switch (name) {
                case "suite" -> "classic suite (" + Suites.named("classic").size() + " experiments, ten seeds each)";
                case "suite1" -> "classic suite's experiments, each on its own seed only (claims left out)";
                case "suite10" -> "classic suite's experiments on their ten seeds (claims left out)";
                case "conv" -> "conv forward: 64×16×32×32, four 3×3 conv2d(16), ReLU";
                default -> Workload.named(name).label();
            };
        }
    }
}
