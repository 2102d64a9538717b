package org.initlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.initlab.claims.Claim;
import org.initlab.claims.ClaimEvaluator;
import org.initlab.claims.ClaimException;
import org.initlab.claims.ClaimParser;
import org.initlab.claims.Metric;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentDefinition.ClaimDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.init.DataDependentInitializer;
import org.initlab.config.Suites;
import org.initlab.nn.Kernels;
import org.initlab.results.ExperimentResult;
import org.initlab.testing.SharedDatasets;
import org.junit.jupiter.api.Test;

/**
 * Every claim of the classic suite that names one initializer must say something about that
 * initializer: evaluated with each other initializer of its experiment put in its place, it must
 * come out differently for at least one of them. A claim that holds whatever the weights, or one
 * expected to be refuted that is refuted whatever the weights, is a claim about all of them, and
 * must say so by naming them all.
 */
class ClassicClaimsDiscriminateTest {

    private final ExperimentRunner runner = new ExperimentRunner(Kernels.named("auto"), SharedDatasets.context(Path.of(".")),
            ProgressListener.SILENT);

    @Test
    void noClaimAboutOneInitializerHoldsForEveryInitializerOfItsExperiment() {
        List<String> indiscriminate = new ArrayList<>();
        int compared = 0;
        for (ExperimentDefinition d : Suites.named("classic")) {
            Comparison c = compare(d);
            indiscriminate.addAll(c.indiscriminate());
            compared += c.compared();
        }
        assertThat(compared).as("claims compared with the other initializers").isGreaterThan(30);
        assertThat(indiscriminate).as("claims that name one initializer but come out the same for all of them").isEmpty();
    }

    @Test
    void aClaimThatHoldsWhateverTheWeightsIsCaught() {
        ExperimentDefinition relu = Suites.named("classic").stream().filter(d -> d.id().equals("t2-relu")).findFirst().orElseThrow();
        ExperimentDefinition vague = new ExperimentDefinition(relu.id(), relu.settings(), relu.initializers(), List.of())
                .claim("xavier-zeros", "Xavier leaves many zeros", "post.zeroFraction(init=xavier_normal, layer=5) > 0.4", true)
                .claim("he-broad", "He keeps the breadth", "post.std(init=kaiming_normal(nonlinearity=relu), layer=5) > 0.5", true);
        assertThat(compare(vague).indiscriminate()).containsExactly(
                "t2-relu [claim:xavier-zeros] holds for every initializer: post.zeroFraction(init=xavier_normal, layer=5) > 0.4");
    }

    @Test
    void aClaimExpectedToBeRefutedThatIsRefutedWhateverTheWeightsIsCaught() {
        ExperimentDefinition relu = Suites.named("classic").stream().filter(d -> d.id().equals("t2-relu")).findFirst().orElseThrow();
        ExperimentDefinition vague = new ExperimentDefinition(relu.id(), relu.settings(), relu.initializers(), List.of())
                .claim("xavier-no-zeros", "Xavier leaves no zeros", "post.zeroFraction(init=xavier_normal, layer=5) < 0.1", false)
                .claim("xavier-broad", "Xavier keeps the breadth", "post.std(init=xavier_normal, layer=5) > 0.5", false);
        assertThat(compare(vague).indiscriminate()).containsExactly(
                "t2-relu [claim:xavier-no-zeros] is refuted for every initializer: post.zeroFraction(init=xavier_normal, layer=5) < 0.1");
    }

    private record Comparison(int compared, List<String> indiscriminate) {
    }

    /** Each claim naming one initializer, evaluated with every other initializer of the experiment in its place. */
    private Comparison compare(ExperimentDefinition d) {
        ExperimentSpec spec = ExperimentSpec.of(d.id(), d);
        // Weights are compared only for the pairs some claim names: the swapped comparisons ride along
        // as extra claims so that the build records them; only the original claims are judged below.
        ExperimentDefinition withSwapped = d;
        for (ClaimDefinition c : spec.claims()) {
            for (Metric m : ClaimParser.parse(d.id(), c.check()).metrics()) {
                if (m.other() == null) {
                    continue;
                }
                for (ExperimentSpec.Labeled other : spec.initializers()) {
                    if (!other.label().equals(m.other().value()) && !(other.initializer() instanceof DataDependentInitializer)) {
                        withSwapped = withSwapped.claim("swapped", c.check().replace("init=" + m.init().value(),
                                "init='" + other.label() + "'"), true);
                    }
                }
            }
        }
        ExperimentResult result = runner.run(ExperimentSpec.of(d.id(), withSwapped));
        Set<String> labels = new LinkedHashSet<>();
        spec.initializers().forEach(i -> labels.add(i.label()));
        List<String> indiscriminate = new ArrayList<>();
        int compared = 0;
        for (ClaimDefinition c : spec.claims()) {
            Claim claim = ClaimParser.parse(d.id(), c.check());
            Set<String> named = new LinkedHashSet<>();
            claim.metrics().stream().map(Metric::init).forEach(a -> named.add(a.value()));
            if (named.size() != 1 || labels.size() < 2) {
                continue; // about several (or all) initializers, or nothing to compare with
            }
            String own = named.iterator().next();
            // as stated (holds when expected to, is refuted when expected not to) for its own initializer and all the others
            boolean asStatedForAll = holds(claim, result) == c.expected();
            for (String other : labels) {
                if (other.equals(own) || !asStatedForAll) {
                    continue;
                }
                try {
                    Claim swapped = ClaimParser.parse(d.id(), c.check().replace("init=" + own, "init='" + other + "'"));
                    asStatedForAll = holds(swapped, result) == c.expected();
                } catch (ClaimException e) {
                    // that initializer did not run with the claim's activation: nothing to compare
                }
            }
            compared++;
            if (asStatedForAll) {
                indiscriminate.add(d.id() + " [claim:" + c.id() + "] " + (c.expected() ? "holds" : "is refuted")
                        + " for every initializer: " + c.check());
            }
        }
        return new Comparison(compared, indiscriminate);
    }

    private static boolean holds(Claim claim, ExperimentResult result) {
        return ClaimEvaluator.evaluate(claim, null, true, result).holds();
    }
}
