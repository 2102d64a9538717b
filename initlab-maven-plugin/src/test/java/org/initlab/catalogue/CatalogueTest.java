package org.initlab.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.experiment.ExperimentRunner;
import org.initlab.experiment.ProgressListener;
import org.initlab.init.InitializerCatalog;
import org.initlab.nn.Kernels;
import org.initlab.results.ExperimentResult;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    @Test
    void everyMeasuredEntryAgreesWithItsFormula() {
        Catalogue catalogue = Catalogue.measure(256, 512, 0);
        assertThat(catalogue.entries()).hasSize(InitializerCatalog.entries().size());
        assertThat(catalogue.entries()).filteredOn(r -> r.holds() != null)
                .hasSizeGreaterThan(40)
                .allSatisfy(r -> assertThat(r.holds()).as(r.qualifiedName() + " measured std " + r.measuredStd()
                        + " vs " + r.theoreticalStd()).isTrue());
        assertThat(catalogue.entries()).filteredOn(r -> r.holds() == null)
                .extracting(CatalogueRow::qualifiedName).containsExactly("initlab:pretrained");
    }

    @Test
    void lsuvIsCheckedByItsDefiningPropertyOnAStandardNormalBatch() {
        CatalogueRow lsuv = Catalogue.measure(256, 512, 0).entries().stream()
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
        DialectGroup lecun = Catalogue.measure(256, 512, 0).dialects().stream()
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
        List<String> specs = catalogue.entries().stream().filter(r -> r.holds() != null).map(CatalogueRow::spec).toList();
        ExperimentDefinition d = ExperimentDefinition.of("all").with("dataset", "gaussian(rows=20, cols=16, seed=0)")
                .with("layers", "16,16").with("activation", "tanh").with("seed", "1").withInitializers(specs);
        ExperimentResult result = new ExperimentRunner(Kernels.named("java"), ProgressListener.SILENT)
                .run(ExperimentSpec.of("all", d));
        assertThat(result.runs()).hasSize(specs.size());
        assertThat(result.runs()).allSatisfy(r -> assertThat(r.layers()).hasSize(2));
    }
}
