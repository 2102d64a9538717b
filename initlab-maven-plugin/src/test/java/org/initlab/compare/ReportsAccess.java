package org.initlab.compare;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The test reports, for tests in other packages. */
public final class ReportsAccess {
    private ReportsAccess() {
    }

    public static ObjectNode sample(String... ids) {
        return Reports.sample(ids);
    }
}
