package org.initlab.config;

import org.initlab.settings.Problems;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.initlab.config.ExperimentDefinition.ClaimDefinition;

/**
 * The ids explanations cite claims by. A claim without {@code <id>} is numbered by its position in
 * its experiment ({@code c1}, {@code c2}, …), so the default never changes while the claims keep
 * their order; an id of one's own survives reordering and is the one to cite.
 */
public final class ClaimIds {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private ClaimIds() {
    }

    /** The id of the claim at {@code index} (0-based) when it has none of its own: {@code c1} for the first. */
    public static String defaultId(int index) {
        return "c" + (index + 1);
    }

    /** The claims with every id filled in and checked; {@code at} names the experiment in errors. */
    static List<ClaimDefinition> assign(String at, List<ClaimDefinition> claims, Problems problems) {
        List<ClaimDefinition> assigned = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < claims.size(); i++) {
            ClaimDefinition c = claims.get(i);
            String where = at + " <claims>[" + (i + 1) + "]";
            String id = c.id() == null || c.id().isBlank() ? defaultId(i) : c.id().strip();
            if (!ID.matcher(id).matches()) {
                problems.add(where + " <id>: expected lower-case letters, digits and '-' ([a-z0-9-]+), got '" + id + "'");
            } else if (!seen.add(id)) {
                problems.add(where + " <id>: '" + id + "' is used twice in this experiment; explanations cite claims"
                        + " by id, so ids must be unique" + (id.matches("c\\d+") ? " (c<n> is the default id of the n-th claim)" : ""));
            }
            if (c.unreadableExpected() != null) {
                // Maven would read anything but "true" as false and silently flip the claim
                problems.add(where + " <expected>: expected true or false, got '" + c.unreadableExpected() + "'");
            }
            if (c.unreadableMinFraction() != null) {
                problems.add(where + " <minFraction>: expected a number between 0 and 1 (the fraction of seeds the claim"
                        + " must hold in), got '" + c.unreadableMinFraction() + "'");
            } else if (!(c.minFraction() >= 0 && c.minFraction() <= 1)) {
                problems.add(where + " <minFraction>: expected a number between 0 and 1 (the fraction of seeds the claim"
                        + " must hold in), got " + c.minFraction());
            }
            assigned.add(new ClaimDefinition(id, c.text(), c.check(), c.expected(), null, c.minFraction(), null));
        }
        return List.copyOf(assigned);
    }
}
