package org.initlab.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.initlab.compare.CompareJson;
import org.initlab.compare.Comparison;
import org.initlab.compare.Thresholds;
import org.initlab.results.ResultsJson;

/**
 * Writes the comparison into a directory that sits inside a report ({@code compare/}):
 * {@code index.html}, the overlay charts' data as {@code data.js} (a script, never a fetch) and
 * {@code compare.json}. Pages link to the report's assets one level up.
 */
public final class CompareSiteBuilder {
    private final BuildInfo build;
    private final PageRenderer pages;

    public CompareSiteBuilder(SiteSources sources, BuildInfo build) {
        this.build = build;
        this.pages = new PageRenderer(sources);
    }

    public void write(Comparison comparison, String baselineSource, Thresholds thresholds, Path directory) throws IOException {
        Files.createDirectories(directory);
        ComparePage page = ComparePage.of(comparison, baselineSource, thresholds);
        write(directory.resolve("compare.json"), CompareJson.write(comparison));
        write(directory.resolve("data.js"), dataScript(page.overlays()));
        Map<String, Object> v = new HashMap<>();
        v.put("root", "../");
        v.put("title", "Compared with a baseline");
        v.put("page", page);
        v.put("results", comparison.current()); // the layout's footer: commit and time of the current report
        v.put("build", build);
        v.put("fmt", new Format());
        write(directory.resolve("index.html"), pages.render("compare", v));
    }

    /** The overlays' histograms as a script that sets {@code window.initlabCompare}, indexed like the charts. */
    static String dataScript(List<ComparePage.Overlay> overlays) {
        return "window.initlabCompare = " + ResultsJson.writeCompact(overlays) + ";\n";
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
