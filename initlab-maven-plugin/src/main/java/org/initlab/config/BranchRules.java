package org.initlab.config;

import java.util.List;
import org.initlab.init.BranchInitializer;
import org.initlab.init.BranchRule;
import org.initlab.layers.Branch;
import org.initlab.layers.Network;
import org.initlab.settings.Problems;

/**
 * The plan's check of the initializers that carry a {@link BranchRule} ({@code fixup(base=…)},
 * {@code zero_branch(base=…)}): they mean something only in a network of residual blocks whose
 * branches have the weighted layers the rule scales, so anything else is an error before anything runs.
 */
final class BranchRules {
    private BranchRules() {
    }

    static void check(String at, Network network, List<ExperimentSpec.Labeled> initializers, Problems problems) {
        List<Branch> branches = network.branches();
        for (int i = 0; i < initializers.size(); i++) {
            ExperimentSpec.Labeled init = initializers.get(i);
            BranchRule rule = init.initializer().branchRule();
            if (rule == BranchRule.NONE) {
                continue;
            }
            String field = at + " <initializers>[" + (i + 1) + "]: '" + init.label() + "'";
            if (branches.isEmpty()) {
                String base = init.initializer() instanceof BranchInitializer b ? " '" + b.base().spec() + "'" : "";
                problems.add(field + " scales the layers inside residual branches, but the network has no residual block;"
                        + " expected a network with residual(block=…) blocks, or the base" + base + " alone");
                continue;
            }
            for (Branch branch : branches) {
                if (branch.weightedLayers() < rule.minLayers()) {
                    problems.add(field + " needs at least " + rule.minLayers() + " weighted layer"
                            + (rule.minLayers() == 1 ? "" : "s") + " (dense, conv2d, convtranspose2d) in every residual"
                            + " branch" + (rule == BranchRule.FIXUP ? " (its factor L^(-1/(2m-2)) is undefined for m = 1;"
                            + " zero_branch takes one-layer branches)" : " (it zeroes the branch's last one)")
                            + ", but " + branch.label() + " has " + branch.weightedLayers());
                    break;
                }
            }
        }
    }
}
