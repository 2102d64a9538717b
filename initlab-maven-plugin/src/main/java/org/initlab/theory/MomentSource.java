package org.initlab.theory;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a prediction's weight moments come from. */
public enum MomentSource {
    /** The initializer's formula (exact, before any draw). */
    FORMULA,
    /** The drawn matrix's empirical mean and variance (when no formula fixes them, as for LSUV). */
    DRAWN;

    @JsonValue
    public String text() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
