package org.initlab.claims;

import java.util.LinkedHashSet;
import java.util.Set;
import org.initlab.config.ExperimentDefinition.ClaimDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.tensor.Reference;

/**
 * Which comparisons of a layer's output with a reference an experiment records: exactly those its claims read
 * with {@code pre.maxRelDiff(…, ref=R, border=b)}, for every run and every layer they fit, so that a claim can name
 * any run and results.json carries nothing no claim asked for. The experiment and the claim plan both ask this
 * class, so they agree on what will be recorded.
 */
public final class ComparedReferences {
    private ComparedReferences() {
    }

    /** The comparisons in the order the claims first name them. */
    public static Set<Reference.Check> of(ExperimentSpec spec) {
        Set<Reference.Check> checks = new LinkedHashSet<>();
        for (ClaimDefinition c : spec.claims()) {
            try {
                ClaimParser.parse("experiment '" + spec.id() + "'", c.check()).metrics().stream()
                        .filter(m -> m.name().measure() == Measure.PRE_MAX_REL_DIFF)
                        .forEach(m -> checks.add(m.check()));
            } catch (ClaimException e) {
                // the plan reports it
            }
        }
        return checks;
    }
}
