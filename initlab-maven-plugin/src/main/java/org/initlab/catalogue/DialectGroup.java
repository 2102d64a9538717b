package org.initlab.catalogue;

import java.util.List;

/**
 * Schemes that share a name (or a paper) across libraries, drawn on one shape and binned on
 * shared edges, so their histograms can be overlaid.
 */
public record DialectGroup(String title, String note, double[] edges, List<Member> members) {

    /** One library's version: its spec, its measured std and its histogram counts on the shared edges. */
    public record Member(String spec, String library, double std, long[] counts) {
    }

    public DialectGroup {
        edges = edges.clone();
        members = List.copyOf(members);
    }

    @Override
    public double[] edges() {
        return edges.clone();
    }
}
