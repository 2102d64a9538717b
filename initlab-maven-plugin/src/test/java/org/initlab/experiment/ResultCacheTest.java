package org.initlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.data.DatasetContext;
import org.initlab.files.DirectoryKind;
import org.initlab.files.Marker;
import org.initlab.files.NotOwnedException;
import org.initlab.files.OwnedDirectory;
import org.initlab.nn.Kernels;
import org.initlab.results.ExperimentResult;
import org.initlab.results.ResultsJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCacheTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final ExperimentSpec spec = ExperimentSpec.of("experiments[1]", ExperimentDefinition.of("tiny")
            .with("dataset", "gaussian(rows=50, cols=8, seed=0)").with("layers", "8,8").with("activation", "tanh")
            .withInitializers("xavier_normal"));

    @Test
    void anUntouchedEntryIsReusedAndTheRootCarriesTheMarker() throws IOException {
        Path cache = dir.resolve("cache");
        ExperimentResult first = run(cache, new ArrayList<>());
        List<String> log = new ArrayList<>();
        ExperimentResult second = run(cache, log);
        assertThat(log).anyMatch(l -> l.contains("tiny: reused"));
        assertThat(ResultsJson.write(second.withClaims(List.of()))).isEqualTo(ResultsJson.write(first.withClaims(List.of())));
        assertThat(Marker.read(cache)).contains(DirectoryKind.CACHE);
    }

    @Test
    void anEditedStdIsCaughtByTheContentHashAndRecomputed() throws IOException {
        Path cache = dir.resolve("cache");
        ExperimentResult fresh = run(cache, new ArrayList<>());
        edit(cache, false, e -> ((ObjectNode) e.get("runs").get(0).get("layers").get(1).get("post")).put("std", 123.456));

        List<String> log = new ArrayList<>();
        ExperimentResult again = run(cache, log);
        assertThat(log).anyMatch(l -> l.contains("tiny: cached result ") && l.endsWith(
                " not used: its content does not match its SHA-256 (edited or damaged); recomputing"));
        assertThat(again.runs().get(0).layers().get(1).post().std()).isEqualTo(fresh.runs().get(0).layers().get(1).post().std())
                .isNotEqualTo(123.456);
        assertThat(run(cache, log = new ArrayList<>()).id()).isEqualTo("tiny");
        assertThat(log).as("the recomputed entry replaced the bad one").anyMatch(l -> l.contains("tiny: reused"));
    }

    @Test
    void anEntryWhoseHashFitsButWhoseShapeIsNotTheExperimentsIsAMissSayingWhy() throws IOException {
        check(e -> ((ArrayNode) e.get("runs")).removeAll(), "its runs [] are not the experiment's [xavier_normal × tanh (seed 0)]");
        check(e -> e.put("id", "other"), "it is the result of experiment 'other'");
        check(e -> e.put("type", "sweep"), "its type is 'sweep', the experiment's is 'activations'");
        check(e -> {
            ArrayNode layers = (ArrayNode) e.get("runs").get(0).get("layers");
            while (layers.size() < 20000) {
                layers.add(layers.get(0).deepCopy());
            }
        }, "run xavier_normal × tanh (seed 0) has 20000 layers, the experiment 2");
        check(e -> ((ObjectNode) e.get("runs").get(0).get("layers").get(1)).put("fanOut", 9),
                "layer 2 of run xavier_normal × tanh (seed 0) has 9 units, the experiment 8");
        check(e -> ((ObjectNode) e.get("runs").get(0)).put("seed", 5),
                "its runs [xavier_normal × tanh (seed 5)] are not the experiment's [xavier_normal × tanh (seed 0)]");
    }

    @Test
    void aMultiSeedEntryIsReusedWithEverySeedsRunAndAMissingSeedIsAMiss() throws IOException {
        ExperimentSpec seeds = ExperimentSpec.of("experiments[1]", spec.definition().with("seeds", "0..2"));
        Path cache = dir.resolve("cache");
        ExperimentResult first = run(seeds, cache, new ArrayList<>());
        assertThat(first.runs()).extracting(r -> r.seed()).containsExactly(0L, 1L, 2L);
        List<String> log = new ArrayList<>();
        assertThat(ResultsJson.write(run(seeds, cache, log))).isEqualTo(ResultsJson.write(first));
        assertThat(log).anyMatch(l -> l.contains("tiny: reused"));

        edit(cache, true, e -> ((ArrayNode) e.get("runs")).remove(2));
        run(seeds, cache, log = new ArrayList<>());
        assertThat(log).anyMatch(l -> l.endsWith(" not used: its runs [xavier_normal × tanh (seed 0), xavier_normal × tanh"
                + " (seed 1)] are not the experiment's [xavier_normal × tanh (seed 0), xavier_normal × tanh (seed 1),"
                + " xavier_normal × tanh (seed 2)]; recomputing"));
    }

    @Test
    void aRootThatIsNotTheCachesIsRefusedAndNoUsersJsonIsDeleted() throws IOException {
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("pom.xml"), "<project/>");
        Files.writeString(dir.resolve("src/package.json"), "{}");
        ResultCache atBase = new ResultCache(new OwnedDirectory(dir, DirectoryKind.CACHE, "cacheDirectory", dir), "b");
        assertThatThrownBy(atBase::checkOwnership).isInstanceOf(NotOwnedException.class)
                .hasMessage("cacheDirectory: " + dir + " is the project's base directory; initlab replaces this folder as"
                        + " a whole, so it must be a folder of its own, such as target/initlab");
        ResultCache atSrc = new ResultCache(new OwnedDirectory(dir.resolve("src"), DirectoryKind.CACHE, "cacheDirectory", dir),
                "b");
        assertThatThrownBy(atSrc::checkOwnership).hasMessageContaining("contains package.json");

        atSrc.store("x", "0".repeat(64), run(null, new ArrayList<>()));
        assertThat(dir.resolve("src/package.json")).hasContent("{}");
        assertThat(names(dir.resolve("src"))).containsExactly("package.json");
    }

    @Test
    void storeReplacesOnlyTheEntriesItWroteInAFolderItOwns() throws IOException {
        Path cache = dir.resolve("cache");
        run(cache, new ArrayList<>());
        Path folder = cache.resolve("tiny");
        Files.writeString(folder.resolve("notes.json"), "mine");
        String stale = "a".repeat(64) + ".json";
        Files.writeString(folder.resolve(stale), "an older key's entry");

        new ResultCache(cache, "another build").store("tiny", "b".repeat(64), run(null, new ArrayList<>()));

        assertThat(names(folder)).containsExactly("b".repeat(64) + ".json", "notes.json");
        assertThat(folder.resolve("notes.json")).hasContent("mine");
    }

    @Test
    void aCacheWrittenByAnOlderInitlabIsAcceptedAndMarked() throws IOException {
        Path cache = Files.createDirectories(dir.resolve("cache/tiny"));
        Files.writeString(cache.resolve("c".repeat(64) + ".json"), "{}");
        ResultCache legacy = new ResultCache(new OwnedDirectory(dir.resolve("cache"), DirectoryKind.CACHE, "cacheDirectory",
                dir), "b");
        legacy.checkOwnership();
        legacy.store("tiny", "d".repeat(64), run(null, new ArrayList<>()));
        assertThat(Marker.read(dir.resolve("cache"))).contains(DirectoryKind.CACHE);
        assertThat(names(cache)).containsExactly("d".repeat(64) + ".json");
    }

    /** Edits the entry, re-hashes it so only the shape check can notice, and expects a miss that says why. */
    private void check(Consumer<ObjectNode> change, String why) throws IOException {
        Path cache = Files.createTempDirectory(dir, "cache");
        run(cache, new ArrayList<>());
        edit(cache, true, change);
        List<String> log = new ArrayList<>();
        ExperimentResult again = run(cache, log);
        assertThat(log).anyMatch(l -> l.endsWith(" not used: " + why + "; recomputing"));
        assertThat(again.id()).isEqualTo("tiny");
        assertThat(again.runs()).hasSize(1);
        assertThat(again.runs().get(0).layers()).hasSize(2);
    }

    private void edit(Path cache, boolean rehash, Consumer<ObjectNode> change) throws IOException {
        Path file;
        try (Stream<Path> files = Files.list(cache.resolve("tiny"))) {
            file = files.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        ObjectNode entry = (ObjectNode) JSON.readTree(file.toFile());
        change.accept((ObjectNode) entry.get("result"));
        if (rehash) {
            entry.put("sha256", sha256(entry.get("key").asText() + "\n" + JSON.writeValueAsString(entry.get("result"))));
        }
        Files.writeString(file, JSON.writeValueAsString(entry));
    }

    private ExperimentResult run(Path cache, List<String> log) {
        return run(spec, cache, log);
    }

    private static ExperimentResult run(ExperimentSpec experiment, Path cache, List<String> log) {
        ResultCache c = cache == null ? null : new ResultCache(cache, "build 1");
        return new ExperimentRunner(Kernels.named("java"), DatasetContext.defaults(), log::add, c, 1)
                .runAll(List.of(experiment)).get(0);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
