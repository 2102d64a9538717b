package org.initlab.claims;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.initlab.config.ExperimentDefinition.ClaimDefinition;
import org.initlab.config.ExperimentSpec;

/**
 * Which runs' weights an experiment compares element by element: exactly the pairs its claims read
 * with {@code weights.maxRelDiff(init=A, other=B)}. Re-drawing another initializer's weights costs
 * as much as drawing them (a QR per layer for an orthogonal one), so no other pair is drawn. The
 * experiment and the claim plan both ask this class, so they agree on what will be recorded.
 */
public final class ComparedWeights {
    private ComparedWeights() {
    }

    /** Initializer name or label (blanks removed), as the claims write it → the names or labels of the initializers its weights are compared with. */
    public static Map<String, Set<String>> of(ExperimentSpec spec) {
        Map<String, Set<String>> pairs = new HashMap<>();
        for (ClaimDefinition c : spec.claims()) {
            Claim claim;
            try {
                claim = ClaimParser.parse("experiment '" + spec.id() + "'", c.check());
            } catch (ClaimException e) {
                continue; // the plan reports it
            }
            claim.metrics().stream().filter(m -> m.name().measure() == Measure.WEIGHTS_MAX_REL_DIFF && m.other() != null)
                    .forEach(m -> pairs.computeIfAbsent(compact(m.init().value()), k -> new HashSet<>())
                            .add(compact(m.other().value())));
        }
        return pairs;
    }

    /** Whether a run of {@code init} is compared with {@code other} under {@code pairs}; claims may use either's name or spec. */
    public static boolean compared(Map<String, Set<String>> pairs, ExperimentSpec.Labeled init, ExperimentSpec.Labeled other) {
        for (String i : List.of(compact(init.label()), init.name())) {
            Set<String> others = pairs.getOrDefault(i, Set.of());
            if (others.contains(compact(other.label())) || others.contains(other.name())) {
                return true;
            }
        }
        return false;
    }

    static String compact(String label) {
        return label.replaceAll("\\s+", "");
    }
}
