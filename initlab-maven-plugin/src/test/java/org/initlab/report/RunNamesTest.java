package org.initlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.experiment.ExperimentRunner;
import org.initlab.experiment.ProgressListener;
import org.initlab.nn.Kernels;
import org.initlab.results.ExperimentResult;
import org.initlab.results.ResultsJson;
import org.initlab.results.RunResult;
import org.initlab.settings.ConfigException;
import org.initlab.site.SiteSources;
import org.initlab.testing.SharedDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: {@code <initializer name="he">kaiming_normal(nonlinearity=relu)</initializer>} names its runs.
 * The name is checked in the plan with the other settings; claims select the run by it (or by its
 * spec, as before); results carry it beside the spec.
 */
class RunNamesTest {
    @TempDir
    Path dir;

    private static ExperimentDefinition named(String... names) {
        return ExperimentDefinition.of("names").with("dataset", "gaussian(rows=20, cols=4, seed=0)")
                .with("layers", "4,4").with("activation", "relu")
                .withInitializers("kaiming_normal(nonlinearity=relu)", "xavier_normal").withNames(Arrays.asList(names));
    }

    private ReportRequest request(ExperimentDefinition... experiments) {
        return new ReportRequest("none", List.of(experiments), dir.resolve("out"), new SiteSources(null, null, dir), false,
                "auto", null, SharedDatasets.none(dir), false, null, 2);
    }

    private String problems(ExperimentDefinition... experiments) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> ReportBuilder.configure(request(experiments)));
        assertThat(thrown).as("the plan rejects it").isInstanceOf(ConfigException.class);
        return thrown.getMessage();
    }

    @Test
    void aNamedInitializerIsNamedAndAnUnnamedOneByItsSpec() {
        ExperimentSpec spec = ExperimentSpec.of("e", named("he", null));
        assertThat(spec.initializers()).extracting(ExperimentSpec.Labeled::name).containsExactly("he", "xavier_normal");
        assertThat(spec.initializers()).extracting(ExperimentSpec.Labeled::label)
                .containsExactly("kaiming_normal(nonlinearity=relu)", "xavier_normal");
        assertThat(ReportBuilder.plan(request(named("he", null))).describe())
                .contains("    he = kaiming_normal(nonlinearity=relu) / relu", "    xavier_normal / relu");
    }

    @Test
    void badNamesAreCollectedWithTheOtherProblemsEachNamingItsInitializer() {
        String message = problems(named("He_Normal", "x").with("layers", "0"),
                named("he", "he").with("layers", "4"),
                named(null, "kaiming_normal(nonlinearity=relu)"),
                named("xavier_normal", null), named(" ", null));
        assertThat(message).contains(
                "experiment 'names' <layers>: layer 1 size must be a positive integer, got 0",
                "experiment 'names' <initializers>[1] name: expected lower-case letters, digits and '-' ([a-z0-9-]+), as an"
                        + " experiment id, got 'He_Normal'",
                "experiment 'names' <initializers>[2] name: 'he' is already the name of <initializers>[1]; expected a name"
                        + " of its own for each initializer",
                "experiment 'names' <initializers>[1] name: expected lower-case letters, digits and '-' ([a-z0-9-]+), as an"
                        + " experiment id, got ' '");
        // a name that is another run's spec would make init= ambiguous; underscores are not in a name's charset
        assertThat(message).contains("got 'kaiming_normal(nonlinearity=relu)'", "got 'xavier_normal'");
        ConfigException clash = org.assertj.core.api.Assertions.catchThrowableOfType(() -> ExperimentSpec.of("e",
                ExperimentDefinition.of("clash").with("dataset", "gaussian(rows=20, cols=4, seed=0)").with("layers", "4")
                        .with("activation", "relu").withInitializers("xavier_normal", "orthogonal")
                        .withNames(Arrays.asList("orthogonal", null))), ConfigException.class);
        assertThat(clash).hasMessageContaining("experiment 'clash' <initializers>[1] name: 'orthogonal' is the spec of"
                + " <initializers>[2], so init=orthogonal would select two runs; expected another name");
    }

    @Test
    void claimsSelectANamedRunByNameOrSpecAndResultsCarryTheName() throws Exception {
        ExperimentDefinition d = named("he", null)
                .claim("by-name", "He keeps ReLU's signal", "post.std(init=he, layer=2) > 0.1", true)
                .claim("by-spec", "the spec still selects it", "post.std(init=kaiming_normal(nonlinearity=relu), layer=2)"
                        + " == post.std(init=he, layer=2)", true)
                .claim("weights", "He against Xavier", "weights.maxRelDiff(init=he, other=xavier_normal) > 0", true);
        ReportBuilder.plan(request(d)); // the claims are valid against the plan's runs
        ExperimentSpec spec = ExperimentSpec.of("e", d);
        ExperimentResult result = new ExperimentRunner(Kernels.named("auto"), SharedDatasets.none(dir),
                ProgressListener.SILENT, null, 1).run(spec);
        assertThat(org.initlab.claims.ClaimChecker.check(result, spec.claims(), "experiment 'names'"))
                .extracting(org.initlab.results.ClaimResult::passed).containsExactly(true, true, true);
        assertThat(result.runs()).extracting(RunResult::name).containsExactly("he", "xavier_normal");
        JsonNode runs = ResultsJson.mapper().readTree(ResultsJson.write(result)).get("runs");
        assertThat(runs.get(0).get("name").asText()).isEqualTo("he");
        assertThat(runs.get(0).get("initializer").asText()).isEqualTo("kaiming_normal(nonlinearity=relu)");
        assertThat(runs.get(1).get("name").asText()).isEqualTo("xavier_normal");
        assertThat(result.runs().get(0).layers().get(0).weightsMaxRelDiff()).containsKey("xavier_normal");
    }
}
