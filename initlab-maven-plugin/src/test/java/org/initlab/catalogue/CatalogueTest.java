package org.initlab.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.experiment.ExperimentRunner;
import org.initlab.experiment.ProgressListener;
import org.initlab.init.BranchRule;
import org.initlab.init.Initializer;
import org.initlab.init.InitializerCatalog;
import org.initlab.init.Layout;
import org.initlab.init.WeightShape;
import org.initlab.nn.Kernels;
import org.initlab.random.NumpyRandom;
import org.initlab.results.ExperimentResult;
import org.initlab.results.Stats;
import org.junit.jupiter.api.Test;

class CatalogueTest {
    /** Measured once: the rows on the report's 256 × 512 shape. */
    private static final Catalogue SHARED = Catalogue.measure(256, 512, 0);

    @Test
    void everyMeasuredEntryAgreesWithItsFormula() {
        Catalogue catalogue = SHARED;
        assertThat(catalogue.entries()).hasSize(InitializerCatalog.entries().size());
        assertThat(catalogue.entries()).filteredOn(r -> r.holds() != null)
                .hasSizeGreaterThan(40)
                .allSatisfy(r -> assertThat(r.holds()).as(r.qualifiedName() + " measured std " + r.measuredStd()
                        + " vs " + r.theoreticalStd()).isTrue());
        assertThat(catalogue.entries()).filteredOn(r -> r.holds() == null)
                .extracting(CatalogueRow::qualifiedName).containsExactly("initlab:pretrained");
    }

    /** Rows are measured in parallel in a build; each draws from its own generator, so the threads change nothing. */
    @Test
    void threeThreadsMeasureTheSameCatalogueInTheSameOrderAsOne() {
        Catalogue parallel = Catalogue.measure(256, 512, 0, 3);
        assertThat(parallel).usingRecursiveComparison().withComparatorForType(Double::compare, Double.class)
                .isEqualTo(SHARED); // bit for bit (NaN equal to NaN), arrays element by element
    }

    @Test
    void lsuvIsCheckedByItsDefiningPropertyOnAStandardNormalBatch() {
        CatalogueRow lsuv = SHARED.entries().stream()
                .filter(r -> r.qualifiedName().equals("initlab:lsuv")).findFirst().orElseThrow();
        assertThat(lsuv.holds()).isTrue();
        assertThat(lsuv.note()).startsWith("checked on a standard normal 1000 × 256 batch: Var(x·W) = ")
                .endsWith("target 1 ± 0.1");
        // Var(x·W) = 1 on unit-variance inputs asks E[w²] ≈ 1/256 (orthogonal alone gives 1/512)
        assertThat(lsuv.measuredStd() * Math.sqrt(256)).isBetween(0.95, 1.05);
        assertThat(lsuv.theoreticalStd()).isEqualTo(1 / 16.0);
    }

    @Test
    void dialectGroupsShowDl4jLecunUniformWithThreeTimesKerasVariance() {
        DialectGroup lecun = SHARED.dialects().stream()
                .filter(g -> g.title().startsWith("LeCun")).findFirst().orElseThrow();
        double keras = lecun.members().get(0).std();
        double dl4j = lecun.members().get(1).std();
        assertThat(dl4j * dl4j / (keras * keras)).isBetween(2.9, 3.1);
        assertThat(lecun.edges()).hasSize(41);
        lecun.members().forEach(m -> assertThat(Arrays.stream(m.counts()).sum()).isEqualTo(256L * 512));
    }

    @Test
    void everyNameRunsInAnActivationsExperiment() {
        Catalogue catalogue = Catalogue.measure(16, 16, 0);
        List<String> measured = catalogue.entries().stream().filter(r -> r.holds() != null).map(CatalogueRow::spec).toList();
        // a branch rule (fixup, zero_branch) scales residual branches, so it runs in a residual network
        List<String> branch = measured.stream()
                .filter(s -> InitializerCatalog.parse("t", s).branchRule() != BranchRule.NONE).toList();
        List<String> specs = measured.stream().filter(s -> !branch.contains(s)).toList();
        assertThat(branch).containsExactly("initlab:fixup", "initlab:zero_branch");
        ExperimentDefinition d = ExperimentDefinition.of("all").with("dataset", "gaussian(rows=20, cols=16, seed=0)")
                .with("layers", "16,16").with("activation", "tanh").with("seed", "1").withInitializers(specs);
        ExperimentResult result = new ExperimentRunner(Kernels.named("java"), ProgressListener.SILENT)
                .run(ExperimentSpec.of("all", d));
        assertThat(result.runs()).hasSize(specs.size());
        assertThat(result.runs()).allSatisfy(r -> assertThat(r.layers()).hasSize(2));
        ExperimentResult residual = new ExperimentRunner(Kernels.named("java"), ProgressListener.SILENT)
                .run(ExperimentSpec.of("all", d.with("layers", "dense(n=16), residual(block='dense(n=16), dense(n=16)')")
                        .withInitializers(branch)));
        assertThat(residual.runs()).hasSize(2).allSatisfy(r -> assertThat(r.layers()).hasSize(4));
    }

    @Test
    void theCatalogueShowsEachDefaultWithItsBias() {
        Catalogue c = Catalogue.measure(64, 96, 0);
        assertThat(c.entries()).filteredOn(r -> r.name().equals("default")).extracting(CatalogueRow::qualifiedName,
                CatalogueRow::bias, CatalogueRow::holds).containsExactly(
                org.assertj.core.groups.Tuple.tuple("torch:default", "U(±1/√fan_in)", true),
                org.assertj.core.groups.Tuple.tuple("keras:default", "zeros", true),
                org.assertj.core.groups.Tuple.tuple("dl4j:default", "zeros", true));
        assertThat(c.entries()).filteredOn(r -> !r.name().equals("default")).allSatisfy(r -> assertThat(r.bias()).isEmpty());
        DialectGroup unasked = c.dialects().stream().filter(g -> g.title().equals("Choosing nothing")).findFirst().orElseThrow();
        double torch = unasked.members().get(0).std();
        double keras = unasked.members().get(1).std();
        // 64 → 96: torch's variance 1/(3·64), Glorot's 2/160
        assertThat(torch * torch * 192).isBetween(0.95, 1.05);
        assertThat(keras * keras * 80).isBetween(0.95, 1.05);
    }

    @Test
    void branchRulesAreCheckedAsTheirBaseAndShowTheFactorsTheirRuleComputes() {
        Catalogue c = Catalogue.measure(64, 96, 0);
        CatalogueRow fixup = row(c, "initlab:fixup");
        CatalogueRow zero = row(c, "initlab:zero_branch");
        for (CatalogueRow r : List.of(fixup, zero)) {
            assertThat(r.holds()).as(r.qualifiedName()).isTrue();
            assertThat(r.signature()).isEqualTo(r.name() + "(base=kaiming_normal(nonlinearity=relu))");
            assertThat(r.theoreticalStd()).isEqualTo(Math.sqrt(2.0 / 64));
        }
        // the very numbers of its base, drawn with the catalogue's seed
        assertThat(fixup.measuredStd()).isEqualTo(zero.measuredStd()).isEqualTo(Stats.of(InitializerCatalog
                .parse("t", "kaiming_normal(nonlinearity=relu)").sample(WeightShape.of(64, 96, Layout.IN_OUT), new NumpyRandom(0)),
                1, null).std());
        assertThat(fixup.quirk()).contains("in 16 blocks of two layers: 0.25 and 0.");
        assertThat(zero.quirk()).contains("in 16 blocks of two layers: 1 and 0.");
        assertThat(fixup.formula()).contains("L^{-1/(2m-2)}").contains("kaiming\\_normal");
    }

    private static CatalogueRow row(Catalogue catalogue, String qualifiedName) {
        return catalogue.entries().stream().filter(r -> r.qualifiedName().equals(qualifiedName)).findFirst().orElseThrow();
    }

    /** The fans as the formulas write them, valued on the catalogue's 256 × 512 shape. */
    private static final Map<String, Double> FANS = Map.of(
            "n_\\text{in}", 256.0, "n_\\text{out}", 512.0, "n_\\text{in} + n_\\text{out}", 768.0,
            "\\tfrac{n_\\text{in} + n_\\text{out}}{2}", 384.0);
    private static final String NUM = "([0-9.]+)";
    private static final String FAN = "(n_\\\\text\\{in\\}|n_\\\\text\\{out\\}|n_\\\\text\\{in\\} \\+ n_\\\\text\\{out\\}"
            + "|\\\\tfrac\\{n_\\\\text\\{in\\} \\+ n_\\\\text\\{out\\}\\}\\{2\\})";
    /** w ~ N(0, k/fan). */
    private static final Pattern NORMAL = Pattern.compile(
            "w \\\\sim \\\\mathcal\\{N\\}\\\\left\\(0,\\\\ \\\\tfrac\\{" + NUM + "\\}\\{" + FAN + "\\}\\\\right\\)");
    /** w ~ U(±c/√fan). */
    private static final Pattern UNIFORM_OVER_ROOT = Pattern.compile(
            "w \\\\sim \\\\mathcal\\{U\\}\\\\left\\(\\\\pm \\\\tfrac\\{" + NUM + "\\}\\{\\\\sqrt\\{" + FAN + "\\}\\}\\\\right\\)");
    /** w ~ U(±c·√(k/fan)), c omitted when 1. */
    private static final Pattern UNIFORM_ROOT = Pattern.compile(
            "w \\\\sim \\\\mathcal\\{U\\}\\\\left\\(\\\\pm ([0-9.]*)\\\\sqrt\\{\\\\tfrac\\{" + NUM + "\\}\\{" + FAN + "\\}\\}\\\\right\\)");

    /**
     * The formula a DL4J row shows, read back as numbers, gives the standard deviation the row's
     * weights were drawn with (dl4j:NORMAL rendered N(0, n_in) while drawing N(0, 1/n_in)).
     */
    @Test
    void everyDl4jFormulaShowsTheSpreadItsWeightsHave() {
        Catalogue catalogue = SHARED;
        List<String> read = new ArrayList<>();
        for (CatalogueRow r : catalogue.entries()) {
            if (!r.qualifiedName().startsWith("dl4j:") || r.formula().contains("cut at") || r.theoreticalStd() == 0
                    || r.qualifiedName().equals("dl4j:IDENTITY")) {
                continue;
            }
            double std = stdFromFormula(r.formula().replaceFirst(",\\\\quad b = .*$", "")); // dl4j:default's bias rule
            assertThat(std).as(r.qualifiedName() + ": " + r.formula()).isCloseTo(r.theoreticalStd(), org.assertj.core.api.Assertions.within(1e-12));
            assertThat(r.measuredStd() / std).as(r.qualifiedName() + " measured").isBetween(0.98, 1.02);
            read.add(r.qualifiedName());
        }
        assertThat(read).hasSize(15).contains("dl4j:NORMAL", "dl4j:LECUN_UNIFORM", "dl4j:SIGMOID_UNIFORM", "dl4j:default");
        assertThat(row(catalogue, "dl4j:NORMAL").formula())
                .isEqualTo("w \\sim \\mathcal{N}\\left(0,\\ \\tfrac{1}{n_\\text{in}}\\right)");
        assertThat(row(catalogue, "dl4j:NORMAL").measuredStd() * 16).isBetween(0.98, 1.02);
    }

    private static double stdFromFormula(String formula) {
        Matcher m = NORMAL.matcher(formula);
        if (m.matches()) {
            return Math.sqrt(Double.parseDouble(m.group(1)) / FANS.get(m.group(2)));
        }
        m = UNIFORM_OVER_ROOT.matcher(formula);
        if (m.matches()) {
            return Double.parseDouble(m.group(1)) / Math.sqrt(FANS.get(m.group(2))) / Math.sqrt(3);
        }
        m = UNIFORM_ROOT.matcher(formula);
        if (m.matches()) {
            double c = m.group(1).isEmpty() ? 1 : Double.parseDouble(m.group(1));
            return c * Math.sqrt(Double.parseDouble(m.group(2)) / FANS.get(m.group(3))) / Math.sqrt(3);
        }
        throw new AssertionError("formula not in a form this test reads: " + formula);
    }

    /**
     * The catalogue's defaults column is the factories' defaults: every row's signature, with each
     * default written out, draws exactly what the bare name draws (same weights, formula and std).
     */
    @Test
    void everyRenderedDefaultIsTheDefaultTheFactoryUses() {
        Catalogue catalogue = Catalogue.measure(64, 96, 0);
        int compared = 0;
        for (CatalogueRow r : catalogue.entries()) {
            if (r.holds() == null || r.signature().contains("…")) {
                continue;
            }
            String prefix = r.qualifiedName().substring(0, r.qualifiedName().indexOf(':') + 1);
            Initializer bare = InitializerCatalog.parse("t", r.qualifiedName());
            Initializer spelled = InitializerCatalog.parse("t", prefix + r.signature());
            WeightShape shape = WeightShape.of(r.rows(), r.cols(), Layout.IN_OUT);
            assertThat(spelled.formula()).as(r.signature()).isEqualTo(bare.formula());
            assertThat(spelled.std(shape)).as(r.signature()).isEqualTo(bare.std(shape));
            assertThat(spelled.sample(shape, new NumpyRandom(9))).as(r.signature())
                    .containsExactly(bare.sample(shape, new NumpyRandom(9)));
            compared += r.signature().contains("=") ? 1 : 0;
        }
        assertThat(compared).as("rows with defaults compared").isGreaterThanOrEqualTo(20);
    }

    @Test
    void seluAdviceAndTf1LawsAreInTheirRows() {
        Catalogue catalogue = SHARED;
        assertThat(row(catalogue, "torch:kaiming_normal").quirk())
                .contains("nonlinearity='linear'").contains("not nonlinearity='selu'");
        CatalogueRow xavier = row(catalogue, "tf1:xavier_initializer");
        assertThat(xavier.signature()).isEqualTo("xavier_initializer(uniform=True, version=1.15)");
        assertThat(xavier.quirk()).contains("√(1.3·2/(n_in + n_out))").contains("legacy").contains("√(3/(n_in + n_out))");
        assertThat(row(catalogue, "tf1:variance_scaling_initializer").quirk()).contains("√(1.3·factor/n)")
                .contains("docstring says truncated_normal(stddev=√(factor/n))");
        assertThat(row(catalogue, "initlab:bilinear").quirk()).contains("variant=caffe-2016").contains("PR #5713");
    }

    /** TensorFlow 1.15's normal xavier: σ² = 1.3/n_avg before the ±2σ cut, 1.3·0.8796²/n_avg after it. */
    @Test
    void tf1NormalsHaveTheirCodesSpreadNotTheDocstrings() {
        WeightShape shape = WeightShape.of(256, 512, Layout.IN_OUT);
        double cut = 0.87962566103423978;
        Initializer xavier = InitializerCatalog.parse("t", "tf1:xavier_initializer(uniform=False)");
        Initializer legacy = InitializerCatalog.parse("t", "tf1:xavier_initializer(uniform=False, version=legacy)");
        Initializer he = InitializerCatalog.parse("t", "tf1:variance_scaling_initializer");
        assertThat(xavier.std(shape)).isCloseTo(cut * Math.sqrt(1.3 / 384), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(legacy.std(shape)).isCloseTo(cut * Math.sqrt(3.0 / 768), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(he.std(shape)).isCloseTo(cut * Math.sqrt(1.3 * 2 / 256), org.assertj.core.api.Assertions.within(1e-9));
        for (Initializer init : List.of(xavier, legacy, he)) {
            double[] w = init.sample(shape, new NumpyRandom(4));
            double ss = 0;
            for (double v : w) {
                ss += v * v;
            }
            assertThat(Math.sqrt(ss / w.length) / init.std(shape)).as(init.spec()).isBetween(0.99, 1.01);
            assertThat(init.bound(shape).getAsDouble()).as(init.spec()).isCloseTo(2 * init.std(shape) / cut,
                    org.assertj.core.api.Assertions.within(1e-12));
        }
    }
}
