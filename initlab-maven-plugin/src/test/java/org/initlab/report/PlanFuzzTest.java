package org.initlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.initlab.settings.ConfigException;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentDefinition.ClaimDefinition;
import org.initlab.site.SiteSources;
import org.initlab.testing.SharedDatasets;

/**
 * Whatever the POM holds, the plan builder answers with a plan or a {@link ConfigException} — never
 * another exception and never a hang (reliability review F10–F12). Configurations are assembled from
 * real setting names with valid, near-valid and hostile values, so that most tries get deep into
 * validation rather than failing at the first key.
 */
class PlanFuzzTest {
    private static Path dir;
    private static ExecutorService executor;

    @BeforeContainer
    static void setUp() throws IOException {
        dir = Files.createTempDirectory("initlab-plan-fuzz");
        Files.writeString(dir.resolve("ok.csv"), "a,b,y\n1,2,0\n3,4,1\n");
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "plan-fuzz");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterContainer
    static void tearDown() {
        executor.shutdownNow();
    }

    @Property(tries = 1500)
    void anyConfigurationPlansOrFailsWithANamedError(@ForAll("experiments") List<ExperimentDefinition> experiments)
            throws Exception {
        ReportRequest request = new ReportRequest("none", experiments, dir.resolve("out"), new SiteSources(null, null, dir),
                false, "auto", null, SharedDatasets.none(dir), false, null, 2);
        Future<Object> planned = executor.submit(() -> {
            try {
                return ReportBuilder.configure(request);
            } catch (ConfigException e) {
                return e;
            }
        });
        Object outcome;
        try {
            outcome = planned.get(10, TimeUnit.SECONDS); // an ExecutionException here is the failure this test is for
        } finally {
            planned.cancel(true);
        }
        if (outcome instanceof ConfigException e) {
            assertThat(e.getMessage()).as("a named error").isNotBlank();
        }
    }

    @Provide
    Arbitrary<List<ExperimentDefinition>> experiments() {
        return experiment().list().ofMinSize(0).ofMaxSize(3);
    }

    private static final Map<String, List<String>> VALUES = new LinkedHashMap<>();

    static {
        VALUES.put("type", List.of("activations", "gradients", "training", "sweep", "sweeep", ""));
        VALUES.put("dataset", List.of("gaussian(rows=20, cols=4, seed=0)", "gaussian(rows=1e400, cols=4, seed=0)",
                "gaussain(rows=2, cols=2, seed=0)", "gaussian(colz=4)", "circles(samples=20, noise=0.1, seed=1)",
                "csv(path=ok.csv)", "csv(path=ok.csv, target=none)", "csv(path=../../etc/passwd)", "csv(path=missing.csv)",
                "mnist(split=test, limit=10)", "abalone(sex=onehot)", "gaussian(rows=2, cols=2, seed=-1)", "gaussian(",
                "gaussian(rows=2,,cols=3)", "((((", "gaussian(rows=2, cols=2, seed=0, seed=1)", "gaussian(rows=٣, cols=2, seed=0)"));
        VALUES.put("testDataset", List.of("gaussian(rows=5, cols=4, seed=1)", "circles(samples=10, noise=0, seed=2)",
                "mnist(split=test, limit=5)", "csv(path=ok.csv)", "nope"));
        VALUES.put("layers", List.of("4", "4,4", "4,1", "4,2", "0", "-1", "4,,4", "1000000,1000000", "x", "2147483648", ""));
        VALUES.put("activation", List.of("tanh", "relu", "tanh,relu", "sigmoid", "relu,relu", "tahn", ",", ""));
        VALUES.put("seed", List.of("0", "7", "-1", "4294967296", "1e3", "x"));
        VALUES.put("rng", List.of("numpy", "torch", "mt", ""));
        VALUES.put("reseed", List.of("once", "per-layer", "never"));
        VALUES.put("layout", List.of("in-out", "out-in", "diagonal"));
        VALUES.put("dtype", List.of("float64", "float32", "float16"));
        VALUES.put("bias", List.of("none", "zeros", "normal(std=0.1)", "normal(std=NaN)", "nope"));
        VALUES.put("bins", List.of("30", "0", "4294967297", "-5", "x"));
        VALUES.put("range", List.of("-1,1", "1,-1", "-1e308,1e308", "NaN,1", "1", "a,b"));
        VALUES.put("plot", List.of("post", "pre", "gradient", "weights"));
        VALUES.put("explanation", List.of("missing.md", "../../../etc/passwd", "ok.csv"));
        VALUES.put("loss", List.of("bce", "ce", "mse", "half-squared-error", "random-projection", "l1"));
        VALUES.put("outputActivation", List.of("sigmoid", "softmax", "linear", "tanh"));
        VALUES.put("optimizer", List.of("gd", "adam", "momentum", "sgd"));
        VALUES.put("learningRate", List.of("0.01", "0", "-1", "Infinity", "NaN", "x"));
        VALUES.put("iterations", List.of("10", "0", "-3", "99999999999"));
        VALUES.put("epochs", List.of("1", "0", "x"));
        VALUES.put("batchSize", List.of("8", "0", "100000000000"));
        VALUES.put("recordEvery", List.of("1", "0", "-1", "5"));
        VALUES.put("depths", List.of("1,2", "1,300", "0", "2,2", "x", "1001"));
        VALUES.put("width", List.of("4", "0", "100001"));
        VALUES.put("widths", List.of("4,8", "4,4", ""));
        VALUES.put("statistic", List.of("post.std@last", "gradientRatio", "median"));
        VALUES.put("colour", List.of("red"));
    }

    private static Arbitrary<ExperimentDefinition> experiment() {
        Arbitrary<String> id = Arbitraries.of("a", "b", "history", "catalogue", "Bad Id", "", "x".repeat(300), "t2-tanh");
        Arbitrary<Map<String, String>> settings = Arbitraries.of(new ArrayList<>(VALUES.keySet())).list().ofMaxSize(12)
                .flatMap(keys -> {
                    List<Arbitrary<String>> values = keys.stream().map(k -> Arbitraries.of(VALUES.get(k))).toList();
                    return Combinators.combine(values).as(vs -> {
                        Map<String, String> m = new LinkedHashMap<>();
                        m.put("dataset", "gaussian(rows=20, cols=4, seed=0)");
                        m.put("layers", "4,4");
                        m.put("activation", "tanh");
                        for (int i = 0; i < keys.size(); i++) {
                            m.put(keys.get(i), vs.get(i));
                        }
                        return m;
                    });
                });
        Arbitrary<List<String>> inits = Arbitraries.of("xavier_normal", "kaiming_normal(nonlinearity=relu)", "normal(std=NaN)",
                "lsuv", "lsuv(base=kaiming_normal(mode=fan_out, nonlinearity=relu))", "xavier_nromal", "", "  ",
                "normal(std=1e400)", "trunc_normal(a=-Infinity)", "pretrained(path=missing.npy)", "keras:orthogonal",
                "orthogonal(gain=", "sparse(sparsity=NaN)", "xavier_normal").list().ofMaxSize(4);
        Arbitrary<List<ClaimDefinition>> claims = Arbitraries.of(
                "post.std(init=xavier_normal, layer=1) > 0", "post.std(init=xavier_normal, layer=9) > 0",
                "testAccuracy(init=xavier_normal) > 0.5", "cost(init=xavier_normal, at=5) < 1", "cell(init=xavier_normal, depth=2) < 1",
                "post.std(init=nope, layer=1) > 0", "((((((1", "1 < ٣", "meanFieldVar(init=xavier_normal, layer=last) > 0",
                "distinctUnits(init=xavier_normal, layer=1) == 1", "gradient.std(init=xavier_normal, layer=1) > 0")
                .flatMap(check -> Arbitraries.of("true", "false", "maybe").map(e -> ClaimDefinition.written(null, "s", check, e)))
                .list().ofMaxSize(3);
        return Combinators.combine(id, settings, inits, claims).as(ExperimentDefinition::new);
    }
}
