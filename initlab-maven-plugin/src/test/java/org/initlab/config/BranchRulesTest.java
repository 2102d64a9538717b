package org.initlab.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.initlab.init.BranchInitializer;
import org.initlab.init.BranchRule;
import org.initlab.init.Initializer;
import org.initlab.init.InitializerCatalog;
import org.initlab.init.Layout;
import org.initlab.init.WeightShape;
import org.initlab.random.NumpyRandom;
import org.initlab.settings.ConfigException;
import org.junit.jupiter.api.Test;

/**
 * {@code fixup(base=…)} and {@code zero_branch(base=…)} as a user writes them: typed from the spec to the
 * network pass, and refused by name, before anything runs, where their rule means nothing.
 */
class BranchRulesTest {
    private static final String HE = "kaiming_normal(nonlinearity=relu)";

    private static ExperimentDefinition net(String layers, String... initializers) {
        return ExperimentDefinition.of("r").with("dataset", "gaussian(rows=4, cols=6, seed=0)").with("layers", layers)
                .with("activation", "relu").withInitializers(initializers);
    }

    @Test
    void theSpecCarriesItsRuleAndDrawsExactlyAsItsBase() {
        Initializer fixup = InitializerCatalog.parse("f", "fixup(base=kaiming_normal(mode=fan_out, nonlinearity=relu))");
        Initializer base = InitializerCatalog.parse("f", "kaiming_normal(mode=fan_out, nonlinearity=relu)");
        assertThat(fixup.branchRule()).isEqualTo(BranchRule.FIXUP);
        assertThat(((BranchInitializer) fixup).base().spec()).isEqualTo(base.spec());
        WeightShape shape = WeightShape.of(30, 20, Layout.IN_OUT);
        assertThat(fixup.sample(shape, new NumpyRandom(3))).containsExactly(base.sample(shape, new NumpyRandom(3)));
        assertThat(fixup.std(shape)).isEqualTo(base.std(shape)).isEqualTo(Math.sqrt(2.0 / 20));
        assertThat(InitializerCatalog.parse("f", "zero_branch").branchRule()).isEqualTo(BranchRule.ZERO_BRANCH);
        assertThat(((BranchInitializer) InitializerCatalog.parse("f", "initlab:zero_branch")).base().spec())
                .as("the default base is He's, as in the papers").isEqualTo(HE);
        assertThat(InitializerCatalog.parse("f", HE).branchRule()).isEqualTo(BranchRule.NONE);
        // torch:default's bias comes along: outside branches the wrapper is its base in every respect
        assertThat(InitializerCatalog.parse("f", "zero_branch(base=torch:default)").defaultBias())
                .isEqualTo(InitializerCatalog.parse("f", "torch:default").defaultBias()).isPresent();
    }

    @Test
    void aResidualNetworkTakesBothRulesAndRecordsTheSpecAsWritten() {
        ExperimentSpec spec = ExperimentSpec.of("r", net("dense(n=6), residual(block='dense(n=6), dense(n=6)')",
                "fixup(base=" + HE + ")", "zero_branch(base=" + HE + ")"));
        assertThat(spec.initializers()).extracting(ExperimentSpec.Labeled::label)
                .containsExactly("fixup(base=" + HE + ")", "zero_branch(base=" + HE + ")");
        assertThat(spec.initializers()).extracting(i -> i.initializer().branchRule())
                .containsExactly(BranchRule.FIXUP, BranchRule.ZERO_BRANCH);
        // a one-layer branch is fine for a zero branch
        ExperimentSpec.of("r", net("dense(n=6), residual(block=dense(n=6))", "zero_branch"));
    }

    @Test
    void aNetworkWithoutResidualBlocksIsANamedPlanError() {
        assertThatThrownBy(() -> ExperimentSpec.of("r", net("6,6", HE, "fixup(base=" + HE + ")")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("experiment 'r' <initializers>[2]: 'fixup(base=" + HE + ")' scales the layers inside"
                        + " residual branches, but the network has no residual block; expected a network with residual(block=…)"
                        + " blocks, or the base '" + HE + "' alone");
        assertThatThrownBy(() -> ExperimentSpec.of("r", net("dense(n=6), batchnorm", "zero_branch")))
                .hasMessageContaining("<initializers>[1]: 'zero_branch' scales the layers inside residual branches");
        // the dense-only experiment types have no residual blocks either
        assertThatThrownBy(() -> ExperimentSpec.of("r", ExperimentDefinition.of("r").with("type", "sweep")
                .with("dataset", "gaussian(rows=4, cols=6, seed=0)").with("depths", "1,2").with("width", "6")
                .with("activation", "relu").withInitializers("fixup")))
                .hasMessageContaining("'fixup' scales the layers inside residual branches, but the network has no residual block");
    }

    @Test
    void fixupOnAOneLayerBranchAndAnyRuleOnABranchWithoutWeightsAreNamedPlanErrors() {
        assertThatThrownBy(() -> ExperimentSpec.of("r", net("dense(n=6), residual(block='dense(n=6), dense(n=6)'),"
                + " residual(block='dense(n=6), batchnorm')", "fixup")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("experiment 'r' <initializers>[1]: 'fixup' needs at least 2 weighted layers (dense,"
                        + " conv2d, convtranspose2d) in every residual branch (its factor L^(-1/(2m-2)) is undefined for m = 1;"
                        + " zero_branch takes one-layer branches), but layer 3 residual(block='dense(n=6), batchnorm') has 1");
        assertThatThrownBy(() -> ExperimentSpec.of("r", net("dense(n=6), residual(block=batchnorm)", "zero_branch")))
                .hasMessageContaining("'zero_branch' needs at least 1 weighted layer (dense, conv2d, convtranspose2d) in every"
                        + " residual branch (it zeroes the branch's last one), but layer 2 residual(block=batchnorm) has 0");
    }

    @Test
    void aBaseThatCannotCarryTheRuleIsNamed() {
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "fixup(base=lsuv)"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("f: 'fixup' key 'base' must draw without data and carry no branch rule of its own, got 'lsuv'");
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "zero_branch(base=fixup)"))
                .hasMessage("f: 'zero_branch' key 'base' must draw without data and carry no branch rule of its own, got 'fixup'");
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "fixup(base=kaiming_normal(nonlinearity=reLu))"))
                .hasMessageStartingWith("f: 'fixup' key 'base'").hasMessageContaining("key 'nonlinearity' expects one of");
        assertThatThrownBy(() -> InitializerCatalog.parse("f", "fixup(bas=" + HE + ")"))
                .hasMessageContaining("'fixup' has no key 'bas'");
    }
}
