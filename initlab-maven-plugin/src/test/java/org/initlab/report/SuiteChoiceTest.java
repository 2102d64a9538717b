package org.initlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuiteChoiceTest {

    @Test
    void aSingleProjectThatConfiguresNothingRunsTheClassicSuite() {
        assertThat(SuiteChoice.resolve(null, false, false)).contains("classic");
        assertThat(SuiteChoice.resolve("  ", false, false)).as("blank counts as unset").contains("classic");
    }

    @Test
    void aModuleThatConfiguresNothingInAReactorIsSkipped() {
        assertThat(SuiteChoice.resolve(null, false, true)).isEmpty();
    }

    @Test
    void configuredExperimentsRunAloneUnlessASuiteIsAskedFor() {
        assertThat(SuiteChoice.resolve(null, true, false)).contains("none");
        assertThat(SuiteChoice.resolve(null, true, true)).contains("none");
        assertThat(SuiteChoice.resolve("classic", true, true)).contains("classic");
    }

    @Test
    void anExplicitSuiteAlwaysRuns() {
        assertThat(SuiteChoice.resolve("classic", false, true)).as("the skip line's advice works").contains("classic");
        assertThat(SuiteChoice.resolve(" none ", false, false)).contains("none");
        assertThat(SuiteChoice.resolve("typo", false, true)).as("validated later, with its own error").contains("typo");
    }
}
