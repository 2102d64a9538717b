package org.initlab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BuildRunTest {

    @Test
    void aFailedBuildSaysWhyInMavensFirstErrorLine() {
        BuildRun run = new BuildRun(13010, List.of(
                new BuildRun.Line(100, "[INFO] initlab: Running 1 experiment(s)"),
                new BuildRun.Line(200, "[INFO] BUILD FAILURE"),
                new BuildRun.Line(300, "[ERROR] Java heap space -> [Help 1]"),
                new BuildRun.Line(301, "[ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.")), 900_000, 1);

        assertThat(run.failed()).isTrue();
        assertThat(run.error()).isEqualTo("Java heap space");
        assertThat(run.tail(2)).isEqualTo("[ERROR] Java heap space -> [Help 1]\n"
                + "[ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.");
    }

    @Test
    void aSuccessfulBuildHasNoError() {
        BuildRun run = new BuildRun(1, List.of(new BuildRun.Line(1, "[INFO] BUILD SUCCESS")), -1, 0);

        assertThat(run.failed()).isFalse();
        assertThat(run.error()).isEmpty();
    }
}
