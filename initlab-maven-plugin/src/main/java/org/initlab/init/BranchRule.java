package org.initlab.init;

import java.util.Arrays;
import org.initlab.settings.ConfigException;
import org.initlab.settings.Names;

/**
 * How a residual network scales the weights inside its branches at initialization, on top of
 * each layer's own initializer: x + F(x) adds the branches' variances up, so L unscaled branches
 * make the signal grow with depth, and these rules keep it bounded.
 *
 * <p>How a residual block uses it: draw every layer of the branch with its initializer, then
 * multiply weighted layer {@code j} (0-based, in forward order) of a branch of {@code m} weighted
 * layers, in a network of {@code L} residual blocks, by {@link #scale scale(L, m, j)}: its weights
 * and its bias, if it has one, so a factor of 0 means the layer's output starts at exactly zero, as
 * the papers' branches do. The draws still happen, so the generator's sequence does not depend on
 * the rule. The skip path (a projection) is left alone.
 */
public enum BranchRule {
    /** Every branch as its initializers drew it. */
    NONE("none", "1"),
    /**
     * Zhang, Dauphin and Ma (2019), "Fixup Initialization: Residual Learning Without Normalization":
     * every layer of a branch but the last scaled by L^(−1/(2m−2)), the last one zero. Then each
     * branch's update contributes Θ(η/L) to the output, whatever the depth. (Fixup's scalar
     * multipliers and biases start at 1 and 0 and change nothing at initialization.)
     */
    FIXUP("fixup", "W_j \\leftarrow L^{-1/(2m-2)}\\,W_j\\ (j < m),\\quad W_m \\leftarrow 0"),
    /**
     * A branch that starts as zero, the initial state of SkipInit (De and Smith 2020: a scalar
     * multiplier α = 0 on the branch) and ReZero (Bachlechner et al. 2020: x + α·F(x), α = 0): here
     * the branch's last layer is zero, the others are as drawn, so every block starts as the identity.
     */
    ZERO_BRANCH("zero_branch", "W_m \\leftarrow 0");

    private final String text;
    private final String formula;

    BranchRule(String text, String formula) {
        this.text = text;
        this.formula = formula;
    }

    public String text() {
        return text;
    }

    /**
     * The fewest weighted layers a branch needs for the rule to be defined: Fixup's factor
     * L^(−1/(2m−2)) needs m ≥ 2, a zero branch a last layer to zero.
     */
    public int minLayers() {
        return switch (this) {
            case NONE -> 0;
            case ZERO_BRANCH -> 1;
            case FIXUP -> 2;
        };
    }

    /** The rule in LaTeX, for weighted layer j = 1 … m of a branch in a network of L residual blocks. */
    public String formula() {
        return formula;
    }

    /**
     * The factor for layer {@code layerInBranch} (0-based) of a branch of {@code layersPerBranch}
     * layers, in a network of {@code branchCount} residual branches.
     */
    public double scale(int branchCount, int layersPerBranch, int layerInBranch) {
        if (branchCount < 1 || layersPerBranch < 1 || layerInBranch < 0 || layerInBranch >= layersPerBranch) {
            throw new IllegalArgumentException("a branch rule needs branchCount >= 1 and 0 <= layerInBranch < layersPerBranch,"
                    + " got L=" + branchCount + ", m=" + layersPerBranch + ", layer " + layerInBranch);
        }
        boolean last = layerInBranch == layersPerBranch - 1;
        return switch (this) {
            case NONE -> 1.0;
            case ZERO_BRANCH -> last ? 0.0 : 1.0;
            case FIXUP -> {
                if (layersPerBranch < 2) {
                    throw new ConfigException("branch rule 'fixup' needs branches of at least 2 layers (its factor"
                            + " L^(-1/(2m-2)) is undefined for m = 1), got m = 1; use zero_branch for one-layer branches");
                }
                yield last ? 0.0 : Math.pow(branchCount, -1.0 / (2 * layersPerBranch - 2));
            }
        };
    }

    /** The rule named {@code value} in the setting {@code field}, or an error listing the names. */
    public static BranchRule parse(String field, String value) {
        for (BranchRule r : values()) {
            if (r.text.equals(value)) {
                return r;
            }
        }
        String[] names = Arrays.stream(values()).map(BranchRule::text).toArray(String[]::new);
        throw new ConfigException(field + ": expected a branch rule, one of " + String.join(", ", names) + ", got '"
                + value + "'" + Names.suggestion(value, Arrays.asList(names)));
    }
}
