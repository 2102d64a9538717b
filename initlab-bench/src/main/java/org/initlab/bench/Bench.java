package org.initlab.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.initlab.config.ExperimentSpec;
import org.initlab.config.Suites;
import org.initlab.data.DatasetCatalog;
import org.initlab.data.DatasetContext;
import org.initlab.data.DatasetListener;
import org.initlab.experiment.ExperimentRunner;
import org.initlab.experiment.ProgressListener;
import org.initlab.experiment.ResultCache;
import org.initlab.nn.Kernels;
import org.initlab.numeric.MatrixKernel;
import org.initlab.results.ExperimentResult;

/**
 * The benchmark's entry point and its warm harness. {@code bench.mode} picks what runs, in this
 * order: {@code cold} ({@link ColdBench}: fresh processes side by side with numpy and PyTorch, and
 * the unchanged re-run), {@code growth} ({@link Growth}), {@code profile} (one cold suite build
 * under JFR, {@link JfrProfile}) and {@code warm} (this class: for each workload, {@code warmup}
 * untimed then {@code reps} timed repetitions in this one JVM, initlab and numpy alternating;
 * medians and minima of {@link System#nanoTime()} (initlab) and {@code time.perf_counter} (numpy)).
 * Settings are system properties ({@code bench.*}), set by the module's POM.
 */
public final class Bench {
    private final Path datasets = Path.of(System.getProperty("bench.datasets", "../shared/datasets"));
    private final Path work = Path.of(System.getProperty("bench.work", "target/bench"));
    private final int warmup = Integer.getInteger("bench.warmup", 1);
    private final int reps = Integer.getInteger("bench.reps", 5);
    private final int suiteReps = Integer.getInteger("bench.suiteReps", 3);
    private final List<String> selected = List.of(System.getProperty("bench.workloads", "t1,t2,t3,mnist,conv,gemm,suite,suite1,suite10").split(","));
    private final int threads = Runtime.getRuntime().availableProcessors();
    private final MatrixKernel kernel = Kernels.named("auto");
    private final DatasetContext context;
    private final List<String> notes = new ArrayList<>();

    private Bench() {
        context = new DatasetContext(datasets, true, Path.of(""), DatasetListener.SILENT);
    }

    private static final List<String> MODES = List.of("cold", "growth", "profile", "warm");

    public static void main(String[] args) throws IOException {
        List<String> modes = List.of(System.getProperty("bench.mode", "cold").split(","));
        for (String m : modes) {
            if (!MODES.contains(m)) {
                throw new IllegalArgumentException("bench.mode: unknown mode '" + m + "'; valid: " + String.join(", ", MODES));
            }
        }
        Bench bench = new Bench();
        System.out.printf(Locale.ROOT, "machine: %d processors, %s, Java %s (%s), data sets %s%n", bench.threads, cpu(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), bench.datasets.toAbsolutePath().normalize());
        if (modes.contains("cold") || modes.contains("growth") || modes.contains("profile")) {
            MavenBuild maven = MavenBuild.prepare(System.getProperty("bench.mvn", "mvn"),
                    Path.of(System.getProperty("bench.repo", "target/bench-repo")),
                    Path.of(System.getProperty("bench.seedRepo", System.getProperty("user.home") + "/.m2/repository")),
                    bench.datasets, bench.work);
            String version = System.getProperty("bench.pluginVersion", "0.1.0-SNAPSHOT");
            ColdBench cold = new ColdBench(maven, bench.work, version, bench.warmup, bench.reps,
                    System.getProperty("bench.python", "/usr/bin/python3"), bench.datasets, Integer.getInteger("bench.torchThreads", 1),
                    bench.selected);
            if (modes.contains("cold")) {
                cold.run();
            }
            if (modes.contains("growth")) {
                new Growth(maven, bench.work, version, ints("bench.widths", "64,256,1024,4096"), ints("bench.depths", "5,20,50,100,200"),
                        ints("bench.seeds", "1,5,10,30"), Integer.getInteger("bench.growthRows", 1000),
                        System.getProperty("bench.sweepDepths", "10,25,50,100"), Integer.getInteger("bench.sweepRows", 256), System.getProperty("bench.sweepHeap", "512m")).run();
            }
            if (modes.contains("profile")) {
                cold.profile();
            }
        }
        if (modes.contains("warm")) {
            System.out.println();
            System.out.println("Warm JVM (in-process, after warm-up; not what a user waits for, see the cold table):");
            bench.run();
        }
    }

    private static List<Integer> ints(String property, String defaults) {
        return List.of(System.getProperty(property, defaults).split(",")).stream().map(String::strip).map(Integer::valueOf).toList();
    }

    private void run() throws IOException {
        System.out.printf(Locale.ROOT, "harness: %d warm-up + %d timed repetitions per workload, initlab and numpy alternating; "
                + "initlab runs with threads=%d, kernel=auto%n", warmup, reps, threads);
        Map<String, Row> rows = new LinkedHashMap<>();
        double firstSuite = Double.NaN;
        if (selected.contains("suite")) {
            firstSuite = suiteCold(); // first thing in a fresh JVM: the real "cold" build
            System.out.printf(Locale.ROOT, "classic suite, first pass in a fresh JVM: %.0f ms%n", firstSuite);
        }
        try (PythonProcess numpy = PythonProcess.numpy(System.getProperty("bench.python", "/usr/bin/python3"), datasets, work)) {
            if (numpy != null) {
                JsonNode hello = numpy.hello();
                System.out.printf("numpy %s, Python %s, BLAS %s%n", hello.get("numpy").asText(), hello.get("python").asText(),
                        hello.get("blas").asText());
            }
            for (String name : Workload.NAMES) {
                if (selected.contains(name)) {
                    rows.put(name, measure(Workload.named(name), numpy));
                }
            }
        }
        Samples gemm = new Samples();
        if (selected.contains("gemm")) {
            for (int i = 0; i < warmup + reps; i++) {
                double ms = GemmBound.once();
                if (i >= warmup) {
                    gemm.add(ms);
                }
            }
        }
        Samples cold = new Samples();
        Samples warm = new Samples();
        if (selected.contains("suite")) {
            for (int i = 0; i < suiteReps; i++) {
                Path cache = freshCache();
                cold.add(Samples.time(() -> suite(cache)));
                warm.add(Samples.time(() -> suite(cache)));
            }
        }
        print(rows, gemm, firstSuite, cold, warm);
    }

    /** One workload, both sides alternating; initlab's data loading is timed on its own as well. */
    private Row measure(Workload w, PythonProcess numpy) throws IOException {
        ExperimentRunner runner = new ExperimentRunner(kernel, context, ProgressListener.SILENT, null, threads);
        Row row = new Row(w);
        for (int i = 0; i < warmup + reps; i++) {
            boolean timed = i >= warmup;
            double data = Samples.time(() -> w.datasets().forEach(d -> DatasetCatalog.load("bench", d, context)));
            List<ExperimentResult> results = new ArrayList<>();
            double initlab = Samples.time(() -> w.specs().forEach(s -> results.add(runner.run(s))));
            JsonNode np = numpy == null ? null : numpy.run(w.name());
            if (timed) {
                row.data.add(data);
                row.initlab.add(initlab);
                if (np != null) {
                    row.numpy.add(np.get("ms").asDouble());
                    row.numpyCheck = np.get("check").asText();
                }
            }
            row.initlabCheck = Checks.of(w.name(), results);
            System.out.printf(Locale.ROOT, "  %s %s: initlab %.0f ms (data %.0f ms)%s%n", w.name(), timed ? "timed" : "warm-up",
                    initlab, data, np == null ? "" : String.format(Locale.ROOT, ", numpy %.0f ms", np.get("ms").asDouble()));
        }
        return row;
    }

    private List<ExperimentSpec> classic() {
        List<ExperimentSpec> specs = new ArrayList<>();
        var definitions = Suites.named("classic");
        for (int i = 0; i < definitions.size(); i++) {
            specs.add(ExperimentSpec.of("classic[" + i + "]", definitions.get(i)));
        }
        return specs;
    }

    private double suiteCold() throws IOException {
        Path cache = freshCache();
        return Samples.time(() -> suite(cache));
    }

    private void suite(Path cache) {
        new ExperimentRunner(kernel, context, ProgressListener.SILENT, new ResultCache(cache, "bench"), threads).runAll(classic());
    }

    private Path freshCache() throws IOException {
        Path cache = work.resolve("result-cache");
        if (Files.exists(cache)) {
            try (Stream<Path> files = Files.walk(cache)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return cache;
    }

    private void print(Map<String, Row> rows, Samples gemm, double firstSuite, Samples cold, Samples warm) {
        System.out.println();
        System.out.println("| workload | initlab median (min), ms | of which data loading, ms | numpy median (min), ms "
                + "| numpy / initlab (without data loading) |");
        System.out.println("|---|---|---|---|---|");
        for (Row r : rows.values()) {
            double compute = r.initlab.median() - r.data.median();
            System.out.printf(Locale.ROOT, "| %s | %.0f (%.0f) | %.0f | %s | %s |%n", r.workload.label(), r.initlab.median(),
                    r.initlab.min(), r.data.median(),
                    r.numpy.isEmpty() ? "—" : String.format(Locale.ROOT, "%.0f (%.0f)", r.numpy.median(), r.numpy.min()),
                    r.numpy.isEmpty() ? "—" : String.format(Locale.ROOT, "%.2f×", r.numpy.median() / compute));
        }
        System.out.println();
        for (Row r : rows.values()) {
            System.out.printf("check %s: initlab %s; numpy %s%n", r.workload.name(), r.initlabCheck,
                    r.numpyCheck == null ? "—" : r.numpyCheck);
        }
        if (!gemm.isEmpty()) {
            double gflops = GemmBound.flops() / (gemm.median() * 1e6);
            System.out.printf(Locale.ROOT, "MNIST epoch GEMM bound (its products alone, OpenBLAS via ND4J, 1 thread): "
                    + "median %.0f ms (min %.0f), %.2f GFLOP for %.1f GFLOP/s%n", gemm.median(), gemm.min(),
                    GemmBound.flops() / 1e9, gflops);
            Row mnist = rows.get("mnist");
            if (mnist != null) {
                System.out.printf(Locale.ROOT, "MNIST epoch / GEMM bound: %.2f× (without data loading)%n",
                        (mnist.initlab.median() - mnist.data.median()) / gemm.median());
            }
        }
        if (!cold.isEmpty()) {
            System.out.printf(Locale.ROOT, "classic suite (%d experiments, threads=%d): first pass in a fresh JVM %.0f ms; "
                    + "cold cache median %.0f ms (min %.0f); unchanged re-run median %.0f ms (min %.0f) = %.1f %% of cold%n",
                    classic().size(), threads, firstSuite, cold.median(), cold.min(), warm.median(), warm.min(),
                    100 * warm.median() / cold.median());
        }
        notes.forEach(System.out::println);
    }

    static String cpu() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.replaceFirst(".*:\\s*", "")).orElse("?");
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch");
        }
    }

    /** One table row's samples. */
    private static final class Row {
        final Workload workload;
        final Samples initlab = new Samples();
        final Samples data = new Samples();
        final Samples numpy = new Samples();
        String initlabCheck = "";
        String numpyCheck;

        Row(Workload workload) {
            this.workload = workload;
        }
    }
}
