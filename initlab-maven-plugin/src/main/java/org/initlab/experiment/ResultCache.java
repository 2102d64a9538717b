package org.initlab.experiment;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.initlab.config.ExperimentSpec;
import org.initlab.files.DirectoryKind;
import org.initlab.files.Marker;
import org.initlab.files.OwnedDirectory;
import org.initlab.results.ExperimentResult;
import org.initlab.results.ResultsJson;

/**
 * Experiments whose configuration, data and plugin build are unchanged are not recomputed: their
 * results are kept as JSON under a key that hashes all three. Claims are not cached; they are
 * re-checked on every build.
 *
 * <p>Each entry records its key and a SHA-256 of the key and the result, and is checked on
 * read: against both hashes, then against the experiment's id, type, runs and layers
 * ({@link CachedResultCheck}). An entry that fails any check, or cannot be read, is a miss and is
 * recomputed, and the miss says why. The cache root carries initlab's marker, and the cache
 * deletes only the files it names itself, in a root it owns.
 */
public final class ResultCache {
    /**
     * The entry layout; entries of any other are misses. 3: figures that do not exist are absent
     * instead of "NaN", and sweeps record their repeated layer; 4: every run records its seed.
     */
    static final int FORMAT = 4;
    private static final ObjectMapper READER = ResultsJson.mapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    /** Hashes are taken over this mapper's compact text of the JSON tree, the same when written and when read. */
    private static final ObjectMapper CANONICAL = new ObjectMapper();

    private final OwnedDirectory root;
    private final String build;

    /**
     * What the cache has for an experiment.
     *
     * @param result the reusable result, or null
     * @param miss   why an entry that was there is not reused, or null
     */
    public record Lookup(ExperimentResult result, String miss) {
        static final Lookup NONE = new Lookup(null, null);

        static Lookup miss(String why) {
            return new Lookup(null, why);
        }
    }

    /** A cache in {@code directory}, with no project base directory to protect (tools, tests). */
    public ResultCache(Path directory, String build) {
        this(new OwnedDirectory(directory, DirectoryKind.CACHE, "cacheDirectory", null), build);
    }

    /**
     * @param root  where the cache lives, with the setting that names it in errors
     * @param build identifies the plugin build (version and build time), so a rebuilt plugin never
     *              reuses numbers an older build computed
     */
    public ResultCache(OwnedDirectory root, String build) {
        this.root = root;
        this.build = build;
    }

    /**
     * Fails, naming the setting and what is in the way, unless the root is absent, empty or a
     * cache initlab wrote; checked before anything runs.
     */
    public void checkOwnership() throws IOException {
        root.check();
    }

    /** The key of an experiment: a SHA-256 over everything that can change its numbers. */
    public String key(String id, Map<String, String> settings, List<String> initializers, List<String> dataFingerprints,
                      String kernel) {
        Map<String, Object> material = new TreeMap<>();
        material.put("build", build);
        material.put("id", id);
        Map<String, String> relevant = new TreeMap<>(settings);
        relevant.remove("explanation"); // changes the page, not the numbers
        material.put("settings", relevant);
        material.put("initializers", initializers);
        material.put("data", dataFingerprints);
        material.put("kernel", kernel);
        return sha256(ResultsJson.writeCompact(material));
    }

    Lookup load(ExperimentSpec spec, String key) {
        Path file = file(spec.id(), key);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Lookup.NONE;
        }
        String at = "cached result " + file + " not used: ";
        try {
            JsonNode entry = READER.readTree(file.toFile());
            if (entry == null || entry.path("format").asInt() != FORMAT || !entry.path("result").isObject()) {
                return Lookup.miss(at + "it is not a cache entry of this initlab");
            }
            if (!key.equals(entry.path("key").asText())) {
                return Lookup.miss(at + "it records another configuration key than its name");
            }
            JsonNode content = entry.get("result");
            if (!contentHash(key, content).equals(entry.path("sha256").asText())) {
                return Lookup.miss(at + "its content does not match its SHA-256 (edited or damaged)");
            }
            ExperimentResult result = READER.treeToValue(content, ExperimentResult.class);
            Optional<String> mismatch = CachedResultCheck.mismatch(spec, result);
            return mismatch.map(why -> Lookup.miss(at + why)).orElseGet(() -> new Lookup(result, null));
        } catch (IOException | RuntimeException e) {
            return Lookup.miss(at + "it cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    void store(String id, String key, ExperimentResult result) {
        try {
            claimRoot();
            Path folder = root.path().resolve(id);
            if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                return; // not a folder the cache made
            }
            Files.createDirectories(folder);
            JsonNode content = READER.readTree(ResultsJson.write(result.withClaims(List.of())));
            ObjectNode entry = READER.createObjectNode();
            entry.put("format", FORMAT);
            entry.put("key", key);
            entry.put("sha256", contentHash(key, content));
            entry.set("result", content);
            Path file = file(id, key);
            Path tmp = Files.createTempFile(folder, "result-", ".part");
            Files.writeString(tmp, READER.writerWithDefaultPrettyPrinter().writeValueAsString(entry), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            removeOthers(folder, file);
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written only costs time on the next build
        }
    }

    /** Marks the root as initlab's before the first entry goes in; refuses a root that is not. */
    private void claimRoot() throws IOException {
        root.check();
        Files.createDirectories(root.path());
        if (Marker.read(root.path()).isEmpty()) {
            Marker.write(root.path(), DirectoryKind.CACHE);
        }
    }

    /** One entry per experiment id: the previous key's goes, so the cache does not grow; nothing else is touched. */
    private static void removeOthers(Path folder, Path keep) throws IOException {
        try (var entries = Files.newDirectoryStream(folder, p -> !p.equals(keep)
                && DirectoryKind.CACHE_FILE.matcher(p.getFileName().toString()).matches()
                && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))) {
            for (Path p : entries) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String contentHash(String key, JsonNode content) throws IOException {
        return sha256(key + "\n" + CANONICAL.writeValueAsString(content));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private Path file(String id, String key) {
        return root.path().resolve(id).resolve(key + ".json");
    }
}
