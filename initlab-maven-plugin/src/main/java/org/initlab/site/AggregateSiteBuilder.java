package org.initlab.site;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.initlab.files.DirectoryKind;
import org.initlab.files.Marker;
import org.initlab.files.OwnedDirectory;
import org.initlab.results.ResultsJson;

/**
 * Writes the reactor's aggregate page: one {@code index.html} that links every module's report
 * (relative links, so the tree can be moved or published as a whole) with the counts read from
 * each module's {@code results.json}, and the assets the shared layout loads. The folder carries
 * initlab's {@link Marker} ({@link DirectoryKind#AGGREGATE}): a folder of someone else's files at
 * that path is refused, never written into.
 */
public final class AggregateSiteBuilder {
    /** How errors name the folder: it is no setting, but where the plugin puts the page. */
    static final String SETTING = "the multi-module aggregate page (the top-level project's target/initlab-aggregate)";

    private final BuildInfo build;
    private final SiteSources sources;
    private final PageRenderer pages;

    public AggregateSiteBuilder(SiteSources sources, BuildInfo build) {
        this.build = build;
        this.sources = sources;
        this.pages = new PageRenderer(sources);
    }

    /** One row of the page: a module with its report's counts, or a skipped module. */
    public record Row(String module, String href, int experiments, int claims, int claimsAsStated) {
        public boolean skipped() {
            return href == null;
        }
    }

    /**
     * Writes {@code directory/index.html} for these modules, in this order. The page is written
     * to a temporary file and moved into place, so a browser never sees half of it.
     *
     * @throws org.initlab.files.NotOwnedException the folder exists and is not initlab's aggregate
     *                                             page (nothing is written then)
     */
    public Path write(String title, List<ModuleReport> modules, Path directory) throws IOException {
        Path dir = directory.toAbsolutePath().normalize();
        List<Row> rows = new ArrayList<>();
        for (ModuleReport m : modules) {
            rows.add(row(m, dir));
        }
        claim(dir);
        new Assets(build, sources).copyTo(dir);
        Map<String, Object> v = new HashMap<>();
        v.put("root", "");
        v.put("title", title);
        v.put("rows", rows);
        v.put("build", build);
        Path index = dir.resolve("index.html");
        // not createTempFile: its 0600 would make the published page unreadable to a web server
        Path tmp = dir.resolve(".index-" + UUID.randomUUID() + ".html");
        try {
            Files.writeString(tmp, pages.render("aggregate", v), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            Files.move(tmp, index, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return index;
    }

    /** Makes the folder initlab's, or refuses it; the marker goes first, so a killed build leaves it recognisable. */
    private static void claim(Path dir) throws IOException {
        OwnedDirectory.Standing standing = new OwnedDirectory(dir, DirectoryKind.AGGREGATE, SETTING, null).check();
        if (standing == OwnedDirectory.Standing.ABSENT) {
            Files.createDirectories(dir);
        }
        if (standing != OwnedDirectory.Standing.MARKED) {
            Marker.write(dir, DirectoryKind.AGGREGATE);
        }
    }

    static Row row(ModuleReport module, Path aggregateDirectory) throws IOException {
        if (module.isSkipped()) {
            return new Row(module.module(), null, 0, 0, 0);
        }
        Path results = module.directory().resolve("results.json");
        JsonNode root;
        try {
            root = ResultsJson.mapper().readTree(results.toFile());
        } catch (IOException e) {
            throw new IOException("module " + module.module() + ": cannot read " + results + " for the aggregate page: "
                    + e.getMessage(), e);
        }
        int experiments = 0;
        int claims = 0;
        int asStated = 0;
        for (JsonNode experiment : root.path("experiments")) {
            experiments++;
            for (JsonNode claim : experiment.path("claims")) {
                claims++;
                asStated += claim.path("passed").asBoolean(false) ? 1 : 0;
            }
        }
        return new Row(module.module(), href(aggregateDirectory, module.directory()), experiments, claims, asStated);
    }

    /** The link from the aggregate page to a module's {@code index.html}, with forward slashes on any OS. */
    static String href(Path aggregateDirectory, Path report) {
        String relative = aggregateDirectory.relativize(report).toString().replace('\\', '/');
        return relative.isEmpty() ? "index.html" : relative + "/index.html";
    }
}
