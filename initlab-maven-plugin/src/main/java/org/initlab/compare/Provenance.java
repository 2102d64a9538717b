package org.initlab.compare;

/**
 * Which build wrote a report, as {@code compare.json} records it for each side.
 *
 * @param commit    git sha, or null (outside a git work tree, or not recorded)
 * @param generated ISO-8601 instant, or null when the report does not say
 */
public record Provenance(String commit, String generated) {
}
