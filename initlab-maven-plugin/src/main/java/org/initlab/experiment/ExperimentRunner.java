package org.initlab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.initlab.claims.ClaimChecker;
import org.initlab.config.ExperimentSpec;
import org.initlab.data.Dataset;
import org.initlab.data.DatasetCatalog;
import org.initlab.data.DatasetContext;
import org.initlab.data.DatasetFingerprint;
import org.initlab.data.Split;
import org.initlab.nn.Activation;
import org.initlab.numeric.MatrixKernel;
import org.initlab.results.ExperimentResult;
import org.initlab.results.RunResult;

/** Runs validated experiments one after another and reports each one's time. */
public final class ExperimentRunner {
    /** Runs at least this long get a progress line of their own. */
    private static final long SLOW_RUN_MILLIS = 2000;
    private final MatrixKernel kernel;
    private final DatasetContext datasets;
    private final ProgressListener progress;
    private final ResultCache cache;
    private final RunPool pool;
    private final long slowRunMillis;

    public ExperimentRunner(MatrixKernel kernel, ProgressListener progress) {
        this(kernel, DatasetContext.defaults(), progress);
    }

    public ExperimentRunner(MatrixKernel kernel, DatasetContext datasets, ProgressListener progress) {
        this(kernel, datasets, progress, null, 1);
    }

    /**
     * @param cache   reuses unchanged experiments' results, or null to compute everything
     * @param threads how many runs of an experiment may execute at once; each run owns its generator,
     *                so the numbers do not depend on it
     */
    public ExperimentRunner(MatrixKernel kernel, DatasetContext datasets, ProgressListener progress, ResultCache cache,
                            int threads) {
        this(kernel, datasets, progress, cache, threads, SLOW_RUN_MILLIS);
    }

    /** @param slowRunMillis runs at least this long are announced one by one as they finish */
    ExperimentRunner(MatrixKernel kernel, DatasetContext datasets, ProgressListener progress, ResultCache cache,
                     int threads, long slowRunMillis) {
        this.slowRunMillis = slowRunMillis;
        this.kernel = kernel;
        this.datasets = datasets;
        this.progress = progress;
        this.cache = cache;
        this.pool = new RunPool(threads);
    }

    public List<ExperimentResult> runAll(List<ExperimentSpec> specs) {
        List<ExperimentResult> results = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            ExperimentSpec spec = specs.get(i);
            long start = System.nanoTime();
            String key = cache == null ? null : cacheKey(spec);
            ResultCache.Lookup cached = key == null ? ResultCache.Lookup.NONE : cache.load(spec, key);
            if (cached.miss() != null) {
                progress.info(String.format(Locale.ROOT, "[%d/%d] %s: %s; recomputing", i + 1, specs.size(), spec.id(),
                        cached.miss()));
            }
            ExperimentResult result;
            if (cached.result() != null) {
                result = ClaimChecker.withClaims(cached.result(), spec.claims(), "experiment '" + spec.id() + "'")
                        .withConfiguration(RecordedConfiguration.of(spec, datasets));
                progress.info(String.format(Locale.ROOT, "[%d/%d] %s: reused, unchanged since the last build (%d ms)",
                        i + 1, specs.size(), spec.id(), (System.nanoTime() - start) / 1_000_000));
            } else {
                result = run(spec, String.format(Locale.ROOT, "[%d/%d] %s", i + 1, specs.size(), spec.id()));
                if (key != null) {
                    cache.store(spec.id(), key, result);
                }
                int runs = result.runs().size();
                progress.info(String.format(Locale.ROOT, "[%d/%d] %s: %d %s in %d ms", i + 1, specs.size(), spec.id(),
                        runs, runs == 1 ? "run" : "runs", (System.nanoTime() - start) / 1_000_000));
            }
            results.add(result);
        }
        return results;
    }

    private String cacheKey(ExperimentSpec spec) {
        String at = "experiment '" + spec.id() + "'";
        List<String> data = new ArrayList<>();
        data.add(DatasetFingerprint.of(at + " <dataset>", spec.dataset(), datasets));
        if (spec.training() != null && spec.training().testDataset() != null) {
            data.add(DatasetFingerprint.of(at + " <testDataset>", spec.training().testDataset(), datasets));
        }
        return cache.key(spec.id(), spec.definition().settings(), spec.definition().keyedInitializers(), data, kernel.name());
    }

    public ExperimentResult run(ExperimentSpec spec) {
        return run(spec, spec.id());
    }

    /** @param prefix how progress lines name the experiment, e.g. {@code [8/9] t4-mnist} */
    private ExperimentResult run(ExperimentSpec spec, String prefix) {
        String at = "experiment '" + spec.id() + "'";
        Dataset loaded = DatasetCatalog.load(at + " <dataset>", spec.dataset(), datasets);
        String testSpec = spec.training() == null ? null : spec.training().testDataset();
        Optional<Split> split = testSpec == null ? Optional.empty() : Split.of(at + " <testDataset>", testSpec);
        Split.Parts parts = split.map(s -> s.apply(at + " <testDataset>", loaded)).orElse(null);
        Dataset data = parts != null ? parts.train() : loaded;
        Dataset test = parts != null ? parts.test()
                : testSpec == null ? null : DatasetCatalog.load(at + " <testDataset>", testSpec, datasets);
        // one experiment per seed, each the single-seed experiment with that seed, all on the data loaded once
        List<Experiment> perSeed = new ArrayList<>();
        RunProgress within = new RunProgress(message -> {
            synchronized (progress) { // runs report on pool threads; listeners need not be thread-safe
                progress.info(prefix + ": " + message);
            }
        }, slowRunMillis);
        for (long seed : spec.seeds()) {
            perSeed.add(Experiment.of(spec.withSeed(seed), data, () -> test, kernel, within));
        }
        List<Callable<RunResult>> runs = new ArrayList<>();
        for (ExperimentSpec.Labeled init : spec.initializers()) {
            for (Activation activation : spec.activations()) { // configuration order: initializers outer, seeds inner
                for (Experiment experiment : perSeed) {
                    runs.add(() -> experiment.run(init, activation));
                }
            }
        }
        ExperimentResult result = new ExperimentResult(spec.id(), spec.type().text(), spec.title(), data.spec(), spec.seed(),
                RecordedConfiguration.of(spec, datasets), pool.runAll(reportingSlowRuns(runs, prefix, spec.seeds().size() > 1)),
                List.of());
        return ClaimChecker.withClaims(result, spec.claims(), at);
    }

    /**
     * Runs that take a while (training on MNIST, long sweeps) announce themselves as they finish,
     * so a long experiment shows progress; quick ones stay silent and the log keeps one line per
     * experiment.
     */
    private List<Callable<RunResult>> reportingSlowRuns(List<Callable<RunResult>> runs, String prefix, boolean severalSeeds) {
        AtomicInteger finished = new AtomicInteger();
        List<Callable<RunResult>> reporting = new ArrayList<>();
        for (Callable<RunResult> run : runs) {
            reporting.add(() -> {
                long start = System.nanoTime();
                RunResult result = run.call();
                long millis = (System.nanoTime() - start) / 1_000_000;
                synchronized (progress) { // runs finish on pool threads; listeners need not be thread-safe
                    int done = finished.incrementAndGet();
                    if (millis >= slowRunMillis) {
                        progress.info(String.format(Locale.ROOT, "%s: run %d/%d done (%s × %s%s) in %d ms", prefix, done,
                                runs.size(), result.initializer(), result.activation(),
                                severalSeeds ? ", seed " + result.seed() : "", millis));
                    }
                }
                return result;
            });
        }
        return reporting;
    }
}
