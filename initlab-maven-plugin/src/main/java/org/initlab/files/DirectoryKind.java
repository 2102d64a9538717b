package org.initlab.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folders initlab writes. Each knows what an older initlab (before the marker) left in it, so
 * such a folder can be recognised and replaced once more, and nothing else can.
 */
public enum DirectoryKind {
    REPORT("report", Set.of("index.html", "results.json", ".nojekyll"),
            Set.of("index.html", "results.json", ".nojekyll", "history.json", "catalogue.html", "assets", "data",
                    "experiments", "compare", "junit", "phase.html")),
    COMPARE("comparison", Set.of("index.html", "compare.json", "data.js"), Set.of("index.html", "compare.json", "data.js")),
    /** The reactor's page linking every module's report, rewritten in place by each module. */
    AGGREGATE("multi-module aggregate page", Set.of("index.html", "assets"), Set.of("index.html", "assets")),
    CACHE("result cache", Set.of(), Set.of());

    /** An experiment id folder of the cache. */
    private static final Pattern CACHE_FOLDER = Pattern.compile("[a-z0-9-]+");
    /** The files the result cache writes into an experiment's folder: one entry per key, and its half-written temporary. */
    public static final Pattern CACHE_FILE = Pattern.compile("[0-9a-f]{64}\\.json|result-[0-9]+\\.part");

    private final String description;
    private final Set<String> required;
    private final Set<String> names;

    DirectoryKind(String description, Set<String> required, Set<String> names) {
        this.description = description;
        this.required = required;
        this.names = names;
    }

    /** How messages name it: "report", "comparison", "multi-module aggregate page", "result cache". */
    public String description() {
        return description;
    }

    /** The marker's spelling of this kind. */
    String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A complete folder of this kind as initlab wrote it before folders carried a marker. */
    boolean isLegacy(Path dir) throws IOException {
        List<Path> entries = entries(dir);
        if (this == CACHE) {
            return !entries.isEmpty() && entries.stream().allMatch(DirectoryKind::isLegacyCacheFolder);
        }
        Set<String> present = Set.copyOf(entries.stream().map(p -> p.getFileName().toString()).toList());
        return present.containsAll(required) && onlyOwnNames(entries);
    }

    /** Every entry is a name initlab writes here: a staging folder left half-written by an older build. */
    public boolean hasOnlyOwnNames(Path dir) throws IOException {
        return this != CACHE && onlyOwnNames(entries(dir));
    }

    private boolean onlyOwnNames(List<Path> entries) {
        return entries.stream().allMatch(p -> names.contains(p.getFileName().toString()));
    }

    private static boolean isLegacyCacheFolder(Path folder) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                || !CACHE_FOLDER.matcher(folder.getFileName().toString()).matches()) {
            return false;
        }
        try {
            return entries(folder).stream().allMatch(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
                    && CACHE_FILE.matcher(f.getFileName().toString()).matches());
        } catch (IOException e) {
            return false;
        }
    }

    static List<Path> entries(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        }
    }
}
