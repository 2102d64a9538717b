package org.initlab.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.initlab.data.Split;
import org.initlab.catalogue.Catalogue;
import org.initlab.claims.ClaimPlan;
import org.initlab.settings.ConfigException;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.settings.Problems;
import org.initlab.config.Suites;
import org.initlab.experiment.ExperimentRunner;
import org.initlab.files.DirectoryKind;
import org.initlab.files.OwnedDirectory;
import org.initlab.layers.PlannedLayer;
import org.initlab.history.History;
import org.initlab.history.HistoryException;
import org.initlab.history.HistoryReader;
import org.initlab.net.Timeout;
import org.initlab.experiment.ResultCache;
import org.initlab.experiment.ProgressListener;
import org.initlab.nn.Kernels;
import org.initlab.results.ExperimentResult;
import org.initlab.results.Generator;
import org.initlab.results.ReportResults;
import org.initlab.site.BuildInfo;
import org.initlab.site.ClaimCitations;
import org.initlab.site.Explained;
import org.initlab.site.SiteBuilder;
import org.initlab.site.SitePublisher;

/** The report pipeline, read aloud: configure → run experiments → summarise → render → publish. */
public final class ReportBuilder {
    /** The catalogue's fixed shape: non-square so fan-in, fan-out and their average all differ. */
    static final int CATALOGUE_ROWS = 256;
    static final int CATALOGUE_COLS = 512;
    static final String OUTPUT_SETTING = "outputDirectory (property initlab.outputDirectory)";
    static final String CACHE_SETTING = "cacheDirectory (property initlab.cacheDirectory)";
    private final ProgressListener progress;

    public ReportBuilder(ProgressListener progress) {
        this.progress = progress;
    }

    /**
     * What {@link #build} would run, checked: every setting, data set, claim and explanation, and the
     * folders it would replace. Reads configuration and files only; computes and writes nothing.
     */
    public static Plan plan(ReportRequest request) {
        Map<String, Split.Sizes> splits = new LinkedHashMap<>();
        return new Plan(configure(request, true, splits), splits);
    }

    /** Runs and publishes the report; empty when the report in place was made from the same inputs and is kept. */
    public Optional<ReportResults> build(ReportRequest request) throws IOException {
        long start = System.nanoTime();
        BuildInfo build = BuildInfo.load();
        // With the cache on and no history to extend, a report made from exactly these inputs is left as it is. The
        // inputs are compared as written, before they are parsed and checked: the build that wrote the report checked
        // these very inputs, and an unchanged re-run should cost little more than Maven's own start.
        String inputs = request.cacheDirectory() == null || hasHistory(request) || !settingProblems(request).isEmpty() ? null
                : UnchangedReport.fingerprint(request, build);
        Optional<UnchangedReport> unchanged = inputs == null ? Optional.empty()
                : UnchangedReport.read(request.outputDirectory(), inputs);
        if (unchanged.isPresent()) {
            progress.info(String.format(Locale.ROOT, "Report up to date: %s (configuration, data, explanations, templates,"
                    + " commit and plugin build unchanged since it was written; -Dinitlab.cache=false rebuilds it) in %d ms",
                    request.outputDirectory().resolve("index.html"), (System.nanoTime() - start) / 1_000_000));
            logClaims(unchanged.get().summary(), unchanged.get().broken(), request);
            return Optional.empty();
        }
        // before anything runs: a typo or a mistyped outputDirectory costs milliseconds, not the run or the project
        List<ExperimentSpec> specs = configure(request, false, new LinkedHashMap<>());
        Path base = request.datasets().baseDirectory();
        OwnedDirectory output = new OwnedDirectory(request.outputDirectory(), DirectoryKind.REPORT, OUTPUT_SETTING, base);
        ResultCache cache = request.cacheDirectory() == null ? null : new ResultCache(
                new OwnedDirectory(request.cacheDirectory(), DirectoryKind.CACHE, CACHE_SETTING, base),
                build.version() + " " + build.timestamp());
        // the citations were checked when the kept report was built from these same explanations; now they are due
        Map<String, Set<String>> cited = ClaimCitations.check(explained(specs), request.sources(), request.allowRawHtml());
        History previous = previousHistory(request); // before anything runs: an unreadable one fails in seconds
        progress.info("Running " + specs.size() + " experiment(s)");
        List<ExperimentResult> experiments = new ExperimentRunner(Kernels.named(request.kernel(), progress::info), request.datasets(), progress,
                cache, request.threads()).runAll(specs);
        ReportResults results = new ReportResults(ReportResults.SCHEMA, new Generator("initlab", build.version()),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), request.commit(), experiments);
        Catalogue catalogue = Catalogue.measure(CATALOGUE_ROWS, CATALOGUE_COLS, 0, request.threads());
        History history = previous == null ? null : previous.append(results);
        List<String> broken = brokenClaims(results, cited);
        int total = results.experiments().stream().mapToInt(e -> e.claims().size()).sum();
        int citedCount = cited.values().stream().mapToInt(Set::size).sum();
        long citedBroken = broken.stream().filter(l -> l.endsWith(CITED)).count();
        String summary = String.format(Locale.ROOT, "Claims: %d checked, %d as expected; %d cited in the explanations, %s%s",
                total, total - broken.size(), citedCount,
                citedBroken == 0 ? "none contradicted" : citedBroken + " shown as contradicted",
                broken.isEmpty() ? "" : "; not as stated:");
        SiteBuilder site = new SiteBuilder(request.sources(), build, request.allowRawHtml());
        new SitePublisher(progress::info).publish(output, staging -> {
            site.write(results, catalogue, history, staging);
            ClaimsJunitXml.write(results, staging.resolve(ClaimsJunitXml.FOLDER));
            if (inputs != null) {
                new UnchangedReport(inputs, summary, broken).write(staging);
            }
        });
        progress.info(String.format(Locale.ROOT, "Report written to %s in %d ms",
                request.outputDirectory().resolve("index.html"), (System.nanoTime() - start) / 1_000_000));
        logClaims(summary, broken, request);
        return Optional.of(results);
    }

    private static boolean hasHistory(ReportRequest request) {
        return request.history() != null && !request.history().isBlank();
    }

    /** Logs the claims' summary and names every broken claim; fails when asked to and one is broken. */
    private void logClaims(String summary, List<String> broken, ReportRequest request) {
        progress.info(summary);
        broken.forEach(b -> progress.info("  " + b)); // named, so nobody has to open the report to find them
        if (!broken.isEmpty() && request.failOnBrokenClaim()) {
            throw new BrokenClaimsException(broken);
        }
    }

    /**
     * The published history to extend: empty when there is none yet, the old one when it can be read;
     * when it cannot, {@link HistoryOnError} decides — fail, go on without a history (null), or restart.
     */
    private History previousHistory(ReportRequest request) {
        if (request.history() == null || request.history().isBlank()) {
            return History.empty();
        }
        try {
            var previous = new HistoryReader(request.datasets().baseDirectory(), request.historyTimeout(),
                    request.outputDirectory()).read(request.history());
            if (previous.isEmpty()) {
                progress.info("History: no history.json at " + request.history() + " yet; starting a new history");
            }
            return previous.orElse(History.empty());
        } catch (HistoryException e) {
            return switch (request.historyOnError()) {
                case FAIL -> throw e;
                case KEEP -> {
                    progress.info("WARNING History: cannot read " + e.getMessage() + "; historyOnError=keep: this report has"
                            + " no history.json, so it does not replace the published one");
                    yield null;
                }
                case RESTART -> {
                    progress.info("WARNING History: cannot read " + e.getMessage() + "; historyOnError=restart: starting a"
                            + " new history, which replaces the old one once published");
                    yield History.empty();
                }
            };
        }
    }

    /** One line per claim whose verdict is not the expected one; a claim an explanation cites says so. */
    static List<String> brokenClaims(ReportResults results, Map<String, Set<String>> cited) {
        List<String> broken = new ArrayList<>();
        for (ExperimentResult e : results.experiments()) {
            Set<String> citedHere = cited.getOrDefault(e.id(), Set.of());
            e.claims().stream().filter(c -> !c.passed())
                    .forEach(c -> broken.add(e.id() + " [claim:" + c.id() + "]: \"" + c.text() + "\" " + ClaimsJunitXml.verdict(c)
                            + (citedHere.contains(c.id()) ? CITED : "")));
        }
        return broken;
    }

    /** The end of a broken claim's line when an explanation relies on it. */
    private static final String CITED = "; an explanation cites it";

    /** What the site checks of each experiment's explanation. */
    private static List<Explained> explained(List<ExperimentSpec> specs) {
        return specs.stream().map(s -> new Explained(s.id(), s.explanation(), Suites.isBuiltIn(s.definition()),
                s.claims().stream().map(ExperimentDefinition.ClaimDefinition::id).toList())).toList();
    }

    /** Fails, naming the setting, when initlab may not replace {@code directory}; reads only. */
    private static void owned(Path directory, DirectoryKind kind, String setting, Path base) {
        try {
            new OwnedDirectory(directory, kind, setting, base).check();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot inspect " + directory + " (" + setting + ")", e);
        }
    }

    /**
     * The plan: every experiment validated before anything runs, so a typo fails the build in
     * milliseconds. Every problem of every experiment is reported in one failure.
     */
    static List<ExperimentSpec> configure(ReportRequest request) {
        return configure(request, true, new LinkedHashMap<>());
    }

    /** The settings of the build itself (not of an experiment), which no fingerprint covers: checked even when nothing runs. */
    private static Problems settingProblems(ReportRequest request) {
        Problems problems = new Problems();
        settingProblems(request, problems);
        return problems;
    }

    private static void settingProblems(ReportRequest request, Problems problems) {
        if (!Kernels.NAMES.contains(request.kernel())) {
            problems.add("kernel: expected one of " + Kernels.NAMES + ", got '" + request.kernel() + "'");
        }
        try {
            new Timeout(request.historyTimeout(), HistoryReader.TIMEOUT_SETTING); // checks it is positive
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        if (request.threads() < 1) {
            problems.add("threads: expected a positive integer, got " + request.threads());
        }
    }

    /**
     * @param citations whether to check the explanations' citations too; they are checked anyway when
     *                  anything else is wrong, so that one failure still lists every problem
     */
    private static List<ExperimentSpec> configure(ReportRequest request, boolean citations, Map<String, Split.Sizes> splits) {
        Problems problems = new Problems();
        List<ExperimentDefinition> definitions = new ArrayList<>(Suites.named(request.suite()));
        definitions.addAll(request.experiments());
        settingProblems(request, problems);
        List<ExperimentSpec> specs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < definitions.size(); i++) {
            String where = "experiments[" + (i + 1) + "]";
            ExperimentDefinition d = definitions.get(i);
            if (d.id() != null && !ids.add(d.id().strip())) {
                problems.add(where + ".id: '" + d.id().strip() + "' is used twice; ids name the pages and must be unique");
            }
            ExperimentSpec spec = ExperimentSpec.of(where, d, problems);
            if (spec != null) {
                Map<String, List<PlannedLayer>> networks = new HashMap<>();
                Split.Sizes split = PlannedData.check(spec, request.datasets(), problems, networks);
                if (split != null) {
                    splits.put(spec.id(), split);
                }
                ClaimPlan.check(spec, networks.get(spec.id()), problems); // claims name runs, layers and cells that will exist
                specs.add(spec);
            }
        }
        if (definitions.isEmpty()) {
            problems.add("experiments: nothing to run; with <suite>none</suite> configure at least one <experiment>");
        }
        request.sources().check(explained(specs), problems); // templates and explanations exist and lie inside the build
        if (citations || !problems.isEmpty()) { // rendering every explanation is the plan's slowest step
            problems.check(() -> ClaimCitations.check(explained(specs), request.sources(), request.allowRawHtml())); // citations name claims
        }
        Path base = request.datasets().baseDirectory();
        problems.check(() -> owned(request.outputDirectory(), DirectoryKind.REPORT, OUTPUT_SETTING, base));
        if (request.cacheDirectory() != null) {
            problems.check(() -> owned(request.cacheDirectory(), DirectoryKind.CACHE, CACHE_SETTING, base));
        }
        problems.throwIfAny();
        return specs;
    }
}
