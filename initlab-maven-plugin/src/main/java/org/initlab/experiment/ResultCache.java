package org.initlab.experiment;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.initlab.results.ExperimentResult;
import org.initlab.results.ResultsJson;

/**
 * Experiments whose configuration, data and plugin build are unchanged are not recomputed: their
 * results are kept as JSON under a key that hashes all three. Claims are not cached; they are
 * re-checked on every build. A cache file that cannot be read is ignored and recomputed.
 */
public final class ResultCache {
    private static final ObjectMapper READER = ResultsJson.mapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path directory;
    private final String build;

    /**
     * @param build identifies the plugin build (version and build time), so a rebuilt plugin never
     *              reuses numbers an older build computed
     */
    public ResultCache(Path directory, String build) {
        this.directory = directory;
        this.build = build;
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
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(ResultsJson.writeCompact(material).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    Optional<ExperimentResult> load(String id, String key) {
        Path file = file(id, key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(READER.readValue(file.toFile(), ExperimentResult.class));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable or from an incompatible build: recompute
        }
    }

    void store(String id, String key, ExperimentResult result) {
        try {
            Path folder = directory.resolve(id);
            Files.createDirectories(folder);
            // one result per experiment id: the previous key's is replaced, so the cache does not grow
            try (var old = Files.newDirectoryStream(folder, "*.json")) {
                for (Path p : old) {
                    Files.deleteIfExists(p);
                }
            }
            Path file = file(id, key);
            Path tmp = Files.createTempFile(folder, "result-", ".part");
            Files.writeString(tmp, ResultsJson.write(result.withClaims(List.of())), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // a cache that cannot be written only costs time on the next build
        }
    }

    private Path file(String id, String key) {
        return directory.resolve(id).resolve(key + ".json");
    }
}
