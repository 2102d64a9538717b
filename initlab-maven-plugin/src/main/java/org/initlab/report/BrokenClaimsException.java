package org.initlab.report;

import java.util.List;

/** Thrown after the report is written when {@code failOnBrokenClaim} is set and a claim's verdict was not the expected one. */
public final class BrokenClaimsException extends RuntimeException {
    private final List<String> claims;

    public BrokenClaimsException(List<String> claims) {
        super(claims.size() + " claim(s) did not come out as expected:\n  " + String.join("\n  ", claims));
        this.claims = List.copyOf(claims);
    }

    public List<String> claims() {
        return claims;
    }
}
