package org.initlab.catalogue;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.initlab.settings.ConfigException;
import org.initlab.init.BiasRule;
import org.initlab.init.DataDependentInitializer;
import org.initlab.init.Initializer;
import org.initlab.init.InitializerCatalog;
import org.initlab.init.Layout;
import org.initlab.init.WeightShape;
import org.initlab.nn.Kernels;
import org.initlab.numeric.Matrix;
import org.initlab.random.NumpyRandom;
import org.initlab.results.Histogram;
import org.initlab.results.Stats;

/**
 * Measures every catalogue entry on one fixed shape, in the build: the report's catalogue page is
 * rendered from these objects, so its formulas and checks cannot drift from the code that runs.
 *
 * @param rows  first dimension of the shape (fan-in, layout in-out)
 * @param cols  second dimension (fan-out); non-square, so Glorot's fan average differs from LeCun's fan-in
 */
public record Catalogue(int rows, int cols, long seed, List<CatalogueRow> entries, List<DialectGroup> dialects) {

    /** Representative values for keys that have no default. */
    private static final Map<String, String> EXAMPLES = Map.of(
            "torch:constant", "constant(val=0.5)",
            "torch:sparse", "sparse(sparsity=0.1)");

    /** Samples in the standard normal batch a data-dependent entry is refined and checked on. */
    static final int BATCH = 1000;

    /** The same scheme under each library's name: where they agree, and where they do not. */
    private static final List<String[]> GROUPS = List.of(
            new String[] {"Glorot / Xavier, normal", "PyTorch draws an untruncated normal; Keras truncates at 2σ and rescales so the std is exact; DL4J's XAVIER is an untruncated normal with Glorot's variance; TensorFlow 1.15 truncates a normal of variance 1.3·2/(n_in + n_out), leaving 2.012/(n_in + n_out).",
                "torch:xavier_normal", "keras:glorot_normal", "dl4j:XAVIER", "tf1:xavier_initializer(uniform=False)"},
            new String[] {"Glorot / Xavier, uniform", "All four use the bound √(6/(n_in + n_out)).",
                "torch:xavier_uniform", "keras:glorot_uniform", "dl4j:XAVIER_UNIFORM", "tf1:xavier_initializer"},
            new String[] {"He / Kaiming, normal", "Same variance 2/n_in, up to TensorFlow 1.15's 1.006; Keras truncates and rescales, TensorFlow 1 truncates a widened normal, PyTorch and DL4J do not truncate.",
                "torch:kaiming_normal(nonlinearity=relu)", "keras:he_normal", "dl4j:RELU", "tf1:variance_scaling_initializer"},
            new String[] {"Orthogonal", "The same (Haar) distribution; Keras draws the Gaussian matrix in its tall shape, PyTorch in the stored shape and transposes it, so one seed gives different matrices on a wide shape.",
                "torch:orthogonal", "keras:orthogonal"},
            new String[] {"Choosing nothing", "What a layer gets unasked. PyTorch's nn.Linear and nn.Conv2d draw U(±1/√n_in), a third of LeCun's variance, and a small random bias; Keras's Dense and DL4J's DenseLayer use Glorot's variance (uniform and normal) and a zero bias.",
                "torch:default", "keras:default", "dl4j:default"},
            new String[] {"LeCun, uniform", "Keras bounds at √(3/n_in) (variance 1/n_in); DL4J bounds at 3/√n_in, three times the variance.",
                "keras:lecun_uniform", "dl4j:LECUN_UNIFORM"});

    public static Catalogue measure(int rows, int cols, long seed) {
        return measure(rows, cols, seed, 1);
    }

    /**
     * Measured on {@code threads} threads: every row and group draws from its own generator, so the
     * numbers do not depend on the thread count, and the rows keep the catalogue's order.
     */
    public static Catalogue measure(int rows, int cols, long seed, int threads) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> new Catalogue(rows, cols, seed,
                    InitializerCatalog.entries().parallelStream().map(e -> row(e, rows, cols, seed)).toList(),
                    GROUPS.parallelStream().map(g -> group(g, rows, cols, seed)).toList())).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring the initializer catalogue", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static CatalogueRow row(InitializerCatalog.Entry entry, int rows, int cols, long seed) {
        String spec = EXAMPLES.getOrDefault(entry.qualifiedName(), entry.qualifiedName());
        boolean needsFile = entry.params().stream().anyMatch(p -> p.isRequired() && p.key().equals("path"));
        if (needsFile) {
            return unmeasured(entry, spec, rows, cols, "needs a weight file (path); nothing to draw");
        }
        Initializer init = InitializerCatalog.parse("catalogue " + entry.qualifiedName(), spec);
        if (init instanceof DataDependentInitializer data) {
            return refined(entry, spec, data, rows, cols, seed);
        }
        WeightShape shape = WeightShape.of(rows, cols, Layout.IN_OUT);
        double[] w;
        try {
            w = init.sample(shape, new NumpyRandom(seed));
        } catch (ConfigException | IllegalArgumentException e) {
            // Some schemes (an identity) are defined for square weights only.
            shape = WeightShape.of(rows, rows, Layout.IN_OUT);
            w = init.sample(shape, new NumpyRandom(seed));
        }
        Stats s = Stats.of(w, 1, null);
        double mean = init.mean(shape);
        double std = init.std(shape);
        OptionalDouble bound = init.bound(shape);
        boolean holds = agrees(s, mean, std, bound, w.length);
        return new CatalogueRow(entry.qualifiedName(), entry.name(), entry.dialect().library(), entry.signature(),
                entry.summary(), entry.quirk(), init.formula(), spec, shape.rows(), shape.cols(), mean, std,
                bound.isPresent() ? bound.getAsDouble() : null, s.mean(), s.std(), s.min(), s.max(), holds, "",
                init.defaultBias().map(BiasRule::text).orElse(""));
    }

    /**
     * A data-dependent entry has no formula for its std: it is checked by its defining property
     * instead. Its weights are drawn on the shape, refined on a standard normal batch
     * ({@value #BATCH} × rows, numpy's generator seeded 0) and the property measured on that batch.
     * The std shown is what Var(x·W) = 1 asks of the weights on such a batch: with E[x²] = 1 and
     * independent inputs Var(x·W) ≈ rows·E[w²], so std ≈ 1/√rows.
     */
    private static CatalogueRow refined(InitializerCatalog.Entry entry, String spec, DataDependentInitializer init,
                                        int rows, int cols, long seed) {
        WeightShape shape = WeightShape.of(rows, cols, Layout.IN_OUT);
        NumpyRandom normal = new NumpyRandom(0);
        double[] batch = new double[BATCH * rows];
        for (int i = 0; i < batch.length; i++) {
            batch[i] = normal.gauss();
        }
        Matrix x = new Matrix(BATCH, rows, batch);
        var kernel = Kernels.named("java");
        double[] w = init.refine(init.sample(shape, new NumpyRandom(seed)), rows, cols, x, kernel);
        DataDependentInitializer.Check check = init.check(w, rows, cols, x, kernel);
        Stats s = Stats.of(w, 1, null);
        return new CatalogueRow(entry.qualifiedName(), entry.name(), entry.dialect().library(), entry.signature(),
                entry.summary(), entry.quirk(), init.formula(), spec, rows, cols, init.mean(shape) == 0 ? 0.0 : Double.NaN,
                1 / Math.sqrt(rows), null,
                s.mean(), s.std(), s.min(), s.max(), check.holds(),
                "checked on a standard normal " + BATCH + " × " + rows + " batch: " + check.text(), "");
    }

    /**
     * The drawn weights agree with the formula when their std is within 2 % of the theoretical one
     * (131 072 draws put the standard error near 0.2 %), their mean within 3 standard errors, and
     * none lies beyond the bound.
     */
    static boolean agrees(Stats s, double mean, double std, OptionalDouble bound, int n) {
        double meanTolerance = 3 * Math.max(std, 1e-12) / Math.sqrt(n) + 1e-12;
        boolean meanOk = Double.isNaN(mean) || Math.abs(s.mean() - mean) <= meanTolerance;
        boolean stdOk = std == 0 ? s.std() == 0 : Math.abs(s.std() / std - 1) <= 0.02;
        boolean boundOk = bound.isEmpty()
                || (s.max() - (Double.isNaN(mean) ? 0 : mean) <= bound.getAsDouble() * (1 + 1e-12)
                    && (Double.isNaN(mean) ? 0 : mean) - s.min() <= bound.getAsDouble() * (1 + 1e-12));
        return meanOk && stdOk && boundOk;
    }

    private static CatalogueRow unmeasured(InitializerCatalog.Entry e, String spec, int rows, int cols, String note) {
        return new CatalogueRow(e.qualifiedName(), e.name(), e.dialect().library(), e.signature(), e.summary(), e.quirk(),
                "", spec, rows, cols, Double.NaN, Double.NaN, null, null, null, null, null, null, note, "");
    }

    private static DialectGroup group(String[] g, int rows, int cols, long seed) {
        WeightShape shape = WeightShape.of(rows, cols, Layout.IN_OUT);
        List<double[]> draws = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 2; i < g.length; i++) {
            double[] w = InitializerCatalog.parse("catalogue", g[i]).sample(shape, new NumpyRandom(seed));
            Stats s = Stats.of(w, 1, null);
            lo = Math.min(lo, s.min());
            hi = Math.max(hi, s.max());
            draws.add(w);
        }
        List<DialectGroup.Member> members = new ArrayList<>();
        double[] edges = null;
        for (int i = 2; i < g.length; i++) {
            double[] w = draws.get(i - 2);
            Histogram h = Histogram.of(w, 40, new double[] {lo, hi});
            edges = h.edges();
            String library = InitializerCatalog.resolve(org.initlab.settings.Spec.parse("catalogue", g[i])).dialect().library();
            members.add(new DialectGroup.Member(g[i], library, Stats.of(w, 1, null).std(), h.counts()));
        }
        return new DialectGroup(g[0], g[1], edges, members);
    }
}
