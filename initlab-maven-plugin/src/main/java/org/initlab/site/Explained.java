package org.initlab.site;

import java.util.List;

/**
 * What the site needs to know of an experiment before anything runs, to check its explanation:
 * where the markdown comes from and which claim ids a citation may name.
 *
 * @param explanation the configured markdown path, or null
 * @param builtIn     whether it is a built-in suite's own experiment (only those get the built-in explanation)
 * @param claimIds    the ids of its claims, in order
 */
public record Explained(String id, String explanation, boolean builtIn, List<String> claimIds) {
    public Explained {
        claimIds = List.copyOf(claimIds);
    }
}
