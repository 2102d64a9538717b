package org.initlab.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.initlab.catalogue.Catalogue;
import org.initlab.history.History;
import org.initlab.results.ExperimentConfiguration;
import org.initlab.results.ExperimentResult;
import org.initlab.results.ReportResults;
import org.initlab.results.ResultsJson;

/**
 * Writes a complete site into a directory: {@code index.html}, one page per experiment under
 * {@code experiments/}, each page's data as a script under {@code data/} (pages never fetch, so
 * they work from file://) beside the same data as JSON and CSV downloads, {@code results.json},
 * the assets and {@code .nojekyll}. Every link is
 * relative to the page, so the site works from disk and under any sub-path.
 */
public final class SiteBuilder {
    private final SiteSources sources;
    private final BuildInfo build;
    private final MarkdownRenderer markdown;
    private final PageRenderer pages;

    public SiteBuilder(SiteSources sources, BuildInfo build, boolean allowRawHtml) {
        this.sources = sources;
        this.build = build;
        this.markdown = new MarkdownRenderer(allowRawHtml);
        this.pages = new PageRenderer(sources);
    }

    /**
     * Everything a page shows comes from {@code results}, each experiment's recorded configuration
     * included (where its explanation is, what its page charts), so a results.json alone renders.
     *
     * @param history the history including this build, or null to write none
     */
    public void write(ReportResults results, Catalogue catalogue, History history, Path site) throws IOException {
        if (history != null) { // null: the old history could not be read, and this report must not replace it
            write(site.resolve("history.json"), ResultsJson.write(history));
        }
        History shown = history == null ? History.empty() : history;
        write(site.resolve("data/history.js"), "window.initlabHistory = " + ResultsJson.writeCompact(shown) + ";\n");
        Files.createDirectories(site);
        write(site.resolve("results.json"), ResultsJson.write(results));
        write(site.resolve(".nojekyll"), "");
        new Assets(build, sources).copyTo(site);

        String derivation = markdown.render(sources.builtInMarkdown("derivations/variance.md"));
        List<ExperimentPage> experimentPages = new ArrayList<>();
        for (ExperimentResult e : results.experiments()) {
            ExperimentConfiguration config = e.configuration();
            String path = config == null ? null : config.explanation();
            String md = sources.explanation(e.id(), path, config != null && config.suite() != null);
            String explanation = md == null ? null : ClaimCitations.render(markdown.render(md), e.id(), results.experiments(),
                    sources.explanationName(e.id(), path));
            ExperimentPage page = ExperimentPage.of(e, plot(e), explanation, derivation);
            experimentPages.add(page);
            write(site.resolve("data/" + e.id() + ".js"), dataScript(page.result())); // the charted seed's runs
            if (page.charts() != null) { // every seed, as medians, bands and pooled histograms
                write(site.resolve("data/" + e.id() + ".seeds.js"), "(window.initlabSeeds = window.initlabSeeds || {})["
                        + ResultsJson.writeCompact(e.id()) + "] = " + ResultsJson.writeCompact(page.charts()) + ";\n");
            }
            write(site.resolve("data/" + e.id() + ".json"), ResultsJson.write(e));
            write(site.resolve("data/" + e.id() + ".csv"), ExperimentCsv.of(e));
            write(site.resolve("experiments/" + page.fileName()), pages.render("experiment", variables(results, "../", Map.of(
                    "page", page,
                    "title", e.title()))));
        }
        write(site.resolve("data/catalogue.js"), "window.initlabCatalogue = " + ResultsJson.writeCompact(catalogue) + ";\n");
        write(site.resolve("catalogue.html"), pages.render("catalogue", variables(results, "", Map.of(
                "catalogue", catalogue,
                "explanationHtml", markdown.render(sources.builtInMarkdown("derivations/catalogue.md")),
                "title", "Initializer catalogue"))));
        PhasePage phase = PhasePage.of(results);
        write(site.resolve("data/phase.js"), "window.initlabPhase = " + ResultsJson.writeCompact(phase) + ";\n");
        write(site.resolve("phase.html"), pages.render("phase", variables(results, "", Map.of(
                "phase", phase,
                "phaseSweeps", phase.sweepStatistics(),
                "explanationHtml", markdown.render(sources.builtInMarkdown("derivations/mean-field.md")),
                "title", "Order and chaos"))));
        write(site.resolve("index.html"), pages.render("index", variables(results, "", Map.of(
                "history", shown,
                "experiments", experimentPages,
                "title", "initlab report"))));
    }

    /** What the page charts per layer: as configured, else the type's default. */
    private static String plot(ExperimentResult e) {
        if (e.configuration() != null && e.configuration().plot() != null) {
            return e.configuration().plot();
        }
        return "gradients".equals(e.type()) ? "gradient" : "post";
    }

    private Map<String, Object> variables(ReportResults results, String root, Map<String, Object> extra) {
        Map<String, Object> v = new HashMap<>(extra);
        v.put("root", root);
        v.put("results", results);
        v.put("build", build);
        v.put("javaVersion", System.getProperty("java.version"));
        v.put("fmt", new Format());
        return v;
    }

    /** The experiment's results as a script that registers them on {@code window.initlabData}. */
    static String dataScript(ExperimentResult e) {
        return "(window.initlabData = window.initlabData || {})[" + ResultsJson.writeCompact(e.id()) + "] = "
                + ResultsJson.writeCompact(e) + ";\n";
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
