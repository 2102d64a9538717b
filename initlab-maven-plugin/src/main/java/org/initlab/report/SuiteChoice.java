package org.initlab.report;

import java.util.Optional;

/**
 * Which built-in suite a module runs when {@code <suite>} is left unset. A project that configures
 * nothing gets the classic suite (the documented quick start); configured experiments run alone,
 * so they do not pull the classic suite's data downloads in uninvited. In a reactor of several
 * projects a module that configures nothing — a parent POM, a library module — is skipped instead:
 * running the goal from the root must not put the classic suite on every module.
 */
public final class SuiteChoice {
    public static final String CLASSIC = "classic";
    public static final String NONE = "none";

    /** The log line of a skipped module, after the module's prefix. */
    public static final String SKIPPED = "no experiments configured; skipped. Set <suite>classic</suite> to run the"
            + " built-in suite here";

    private SuiteChoice() {
    }

    /**
     * @param configured          the {@code <suite>} as set (parameter or {@code initlab.suite}), or null when unset
     * @param hasExperiments      whether {@code <experiments>} holds any
     * @param multiProjectReactor whether the build has more than one project
     * @return the suite to run, or empty when the module is to be skipped
     */
    public static Optional<String> resolve(String configured, boolean hasExperiments, boolean multiProjectReactor) {
        if (configured != null && !configured.isBlank()) {
            return Optional.of(configured.strip());
        }
        if (hasExperiments) {
            return Optional.of(NONE);
        }
        return multiProjectReactor ? Optional.empty() : Optional.of(CLASSIC);
    }
}
