package org.initlab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.initlab.config.ExperimentDefinition;
import org.initlab.data.DatasetContext;
import org.initlab.data.DatasetListener;
import org.initlab.site.SiteSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachedRebuildTest {
    @TempDir
    Path dir;

    private final ExperimentDefinition activations = ExperimentDefinition.of("small")
            .with("dataset", "csv(path=data.csv)").with("layers", "6,6").with("activation", "tanh,relu")
            .withInitializers("xavier_normal", "normal(std=3)")
            .claim("tanh stays in (-1, 1)", "post.max(init=xavier_normal, act=tanh, layer=2) < 1", true);
    private final ExperimentDefinition training = ExperimentDefinition.of("circles").with("type", "training")
            .with("dataset", "circles(samples=60, noise=0.05, seed=1)").with("layers", "5,1").with("activation", "relu")
            .with("iterations", "200").with("recordEvery", "50").withInitializers("normal(std=10)", "zeros");

    @Test
    void anUnchangedRebuildReusesEveryResultAndWritesTheSameBytesButTheTimestamp() throws Exception {
        Files.writeString(dir.resolve("data.csv"), "a,b,c,y\n1,2,3,0\n4,5,6,1\n7,8,9,0\n0.5,0.1,-2,1\n");
        Path out = dir.resolve("site");
        List<String> first = new ArrayList<>();
        new ReportBuilder(first::add).build(request(out, List.of(activations, training)));
        String before = withoutTimestamp(Files.readString(out.resolve("results.json")));
        assertThat(before).contains("\"Infinity\"", "\"boundary\"");

        String firstBytes = Files.readString(out.resolve("results.json"));
        List<String> unchanged = new ArrayList<>();
        assertThat(new ReportBuilder(unchanged::add).build(request(out, List.of(activations, training)))).isEmpty();
        assertThat(unchanged).as("nothing changed: the report is kept as it is")
                .anyMatch(l -> l.startsWith("Report up to date: ")).noneMatch(l -> l.startsWith("Running"))
                .contains("Claims: 1 checked, 1 as expected; 0 cited in the explanations, none contradicted");
        assertThat(Files.readString(out.resolve("results.json"))).as("not even rewritten").isEqualTo(firstBytes);

        List<String> second = new ArrayList<>();
        new ReportBuilder(second::add).build(request(out, List.of(activations, training), "a-new-commit"));
        assertThat(second).as("a new commit re-renders the report, from cached results")
                .filteredOn(l -> l.contains("reused, unchanged since the last build")).hasSize(2);
        assertThat(withoutTimestamp(Files.readString(out.resolve("results.json"))).replace("\"commit\" : \"a-new-commit\"", "\"commit\" : null"))
                .isEqualTo(before);
        assertThat(before).contains("\"text\" : \"tanh stays in (-1, 1)\"");

        Files.writeString(dir.resolve("data.csv"), "a,b,c,y\n1,2,3,0\n4,5,6,1\n7,8,9,0\n0.5,0.1,-2,2\n");
        List<String> third = new ArrayList<>();
        new ReportBuilder(third::add).build(request(out, List.of(activations, training)));
        assertThat(third).as("the CSV's content changed under the same name").anyMatch(l -> l.startsWith("[1/2] small: 4 runs in"))
                .anyMatch(l -> l.startsWith("[2/2] circles: reused"));

        List<String> fourth = new ArrayList<>();
        new ReportBuilder(fourth::add).build(request(out, List.of(activations, training.with("seed", "9"))));
        assertThat(fourth).as("a setting changed").anyMatch(l -> l.startsWith("[1/2] small: reused"))
                .anyMatch(l -> l.startsWith("[2/2] circles: 2 runs in"));
    }

    @Test
    void anUnchangedRebuildStillFailsOnABrokenClaimAndAnyChangedInputRebuilds() throws Exception {
        Files.writeString(dir.resolve("data.csv"), "a,b,c,y\n1,2,3,0\n4,5,6,1\n");
        Path explanations = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(explanations.resolve("small.md"), "One layer.\n");
        Path out = dir.resolve("site");
        ExperimentDefinition broken = activations.claim("wrong", "post.max(init=xavier_normal, act=tanh, layer=2) > 1", true);
        ReportRequest failing = new ReportRequest("none", List.of(broken), out, new SiteSources(null, explanations, dir), false,
                "auto", null, new DatasetContext(dir.resolve("datasets"), true, dir, DatasetListener.SILENT), true,
                dir.resolve("cache"), 2);
        assertThatThrownBy(() -> new ReportBuilder(l -> { }).build(failing)).isInstanceOf(BrokenClaimsException.class);
        List<String> again = new ArrayList<>();
        assertThatThrownBy(() -> new ReportBuilder(again::add).build(failing)).as("kept, and still failing")
                .isInstanceOf(BrokenClaimsException.class).hasMessageContaining("wrong");
        assertThat(again).anyMatch(l -> l.startsWith("Report up to date")).anyMatch(l -> l.contains("[claim:c2]: \"wrong\""));

        Files.writeString(explanations.resolve("small.md"), "One layer, edited.\n");
        List<String> edited = new ArrayList<>();
        assertThatThrownBy(() -> new ReportBuilder(edited::add).build(failing)).isInstanceOf(BrokenClaimsException.class);
        assertThat(edited).as("an edited explanation re-renders").anyMatch(l -> l.startsWith("Report written to"));
        assertThat(Files.readString(out.resolve("experiments/small.html"))).contains("One layer, edited.");

        Files.delete(out.resolve("index.html"));
        List<String> damaged = new ArrayList<>();
        assertThatThrownBy(() -> new ReportBuilder(damaged::add).build(failing)).isInstanceOf(BrokenClaimsException.class);
        assertThat(damaged).as("an incomplete report is rebuilt").anyMatch(l -> l.startsWith("Report written to"));
        assertThat(out.resolve("index.html")).exists();
    }

    @Test
    void anUnchangedRebuildIsRecognisedBeforeTheExperimentsAreParsedOrChecked() throws Exception {
        Files.writeString(dir.resolve("data.csv"), "a,b,c,y\n1,2,3,0\n4,5,6,1\n");
        new ReportBuilder(l -> { }).build(request(dir.resolve("site"), List.of(activations, training)));

        // the re-run in classes of its own, as a fresh build's JVM would load them: what it loads is what it costs
        try (FreshClasses fresh = new FreshClasses(getClass().getClassLoader())) {
            var rebuild = fresh.loadClass(CachedRebuildTest.class.getName()).getDeclaredMethod("rebuild", Path.class);
            rebuild.setAccessible(true); // another loader's package-private class
            Object lines = rebuild.invoke(null, dir);
            assertThat((List<?>) lines).anyMatch(l -> l.toString().startsWith("Report up to date: "));
            assertThat(fresh.loaded).contains(ReportBuilder.class.getName())
                    .doesNotContain("org.initlab.config.ExperimentSpec", "org.initlab.claims.ClaimPlan",
                            "org.initlab.site.ClaimCitations");
        }
    }

    @Test
    void anUnchangedRebuildStillRefusesABadBuildSettingNamingIt() throws Exception {
        Files.writeString(dir.resolve("data.csv"), "a,b,c,y\n1,2,3,0\n4,5,6,1\n");
        Path out = dir.resolve("site");
        ReportRequest good = request(out, List.of(activations));
        new ReportBuilder(l -> { }).build(good);
        ReportRequest noThreads = new ReportRequest(good.suite(), good.experiments(), out, good.sources(), false, "auto", null,
                good.datasets(), false, good.cacheDirectory(), 0);
        assertThatThrownBy(() -> new ReportBuilder(l -> { }).build(noThreads)).as("threads are not part of the fingerprint")
                .hasMessageContaining("threads: expected a positive integer, got 0");
    }

    /** The unchanged re-run of the test above; called in {@link FreshClasses}. */
    static List<String> rebuild(Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        CachedRebuildTest test = new CachedRebuildTest();
        test.dir = dir;
        new ReportBuilder(lines::add).build(test.request(dir.resolve("site"), List.of(test.activations, test.training)));
        return lines;
    }

    /** initlab's classes loaded afresh (everything else shared), recording which were loaded. */
    private static final class FreshClasses extends ClassLoader implements AutoCloseable {
        final java.util.Set<String> loaded = java.util.concurrent.ConcurrentHashMap.newKeySet();

        FreshClasses(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("org.initlab.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    try (var in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                        if (in == null) {
                            throw new ClassNotFoundException(name);
                        }
                        byte[] bytes = in.readAllBytes();
                        c = defineClass(name, bytes, 0, bytes.length);
                        loaded.add(name);
                    } catch (java.io.IOException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                }
                return c;
            }
        }

        @Override
        public void close() {
        }
    }

    private ReportRequest request(Path out, List<ExperimentDefinition> experiments) {
        return request(out, experiments, null);
    }

    private ReportRequest request(Path out, List<ExperimentDefinition> experiments, String commit) {
        return new ReportRequest("none", experiments, out, SiteSources.builtIn(), false, "auto", commit,
                new DatasetContext(dir.resolve("datasets"), true, dir, DatasetListener.SILENT), false, dir.resolve("cache"), 2);
    }

    private static String withoutTimestamp(String json) {
        return json.replaceFirst("\"generated\" : \"[^\"]*\"", "\"generated\" : \"…\"");
    }
}
