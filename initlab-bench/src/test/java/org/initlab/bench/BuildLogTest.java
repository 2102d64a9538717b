package org.initlab.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildLogTest {

    /** Lines as a cold classic-suite build prints them, stamped at the given milliseconds. */
    private static List<BuildRun.Line> lines(Object... atAndText) {
        List<BuildRun.Line> lines = new ArrayList<>();
        for (int i = 0; i < atAndText.length; i += 2) {
            lines.add(new BuildRun.Line(((Number) atAndText[i]).doubleValue(), (String) atAndText[i + 1]));
        }
        return lines;
    }

    @Test
    void sumsTheExperimentLinesAndTimesThePhasesAroundThem() {
        BuildLog log = BuildLog.parse(lines(
                900, "[INFO] --- initlab-maven-plugin:0.1.0-SNAPSHOT:report (default-cli) @ t ---",
                2000, "[INFO] initlab: Running 3 experiment(s)",
                5000, "[INFO] initlab: [1/3] t2-sigmoid: normal(std=0.01) × sigmoid, seed 1, width 5: depth 2/3 reached in 3100 ms",
                6000, "[INFO] initlab: [1/3] t2-sigmoid: run 1/4 done (normal(std=0.01) × sigmoid) in 4854 ms",
                7000, "[INFO] initlab: [1/3] t2-sigmoid: 4 runs in 4986 ms",
                8000, "[INFO] initlab: [2/3] t4-mnist-pixels: 1 run in 974 ms",
                8100, "[INFO] initlab: [3/3] t2-relu: 4 runs in 1053 ms",
                9600, "[INFO] initlab: Report written to /tmp/p/target/initlab/index.html in 7600 ms",
                9700, "[INFO] initlab: Claims: 10 checked, 10 as expected"));

        assertThat(log.experiments()).isEqualTo(3);
        assertThat(log.experimentMs()).isEqualTo(4986 + 974 + 1053);
        assertThat(log.reused()).isZero();
        assertThat(log.progressLines()).isEqualTo(2);
        assertThat(log.reportMs()).isEqualTo(7600);
        assertThat(log.startedAtMs()).isEqualTo(2000);
        assertThat(log.siteMs()).isCloseTo(1500, within(1e-9)); // last experiment at 8100, report at 9600
        assertThat(log.longestSilenceMs()).isEqualTo(3000);
    }

    @Test
    void countsReusedExperimentsWithTheirTimes() {
        BuildLog log = BuildLog.parse(lines(
                10, "[INFO] initlab: Running 2 experiment(s)",
                20, "[INFO] initlab: [1/2] t2-sigmoid: reused, unchanged since the last build (12 ms)",
                30, "[INFO] initlab: [2/2] t1-circles: reused, unchanged since the last build (3 ms)"));

        assertThat(log.experiments()).isEqualTo(2);
        assertThat(log.reused()).isEqualTo(2);
        assertThat(log.experimentMs()).isEqualTo(15);
        assertThat(log.reportMs()).isNaN();
    }

    @Test
    void aLogWithoutInitlabLinesHasNoPhases() {
        BuildLog log = BuildLog.parse(lines(5, "[INFO] BUILD SUCCESS"));

        assertThat(log.experiments()).isZero();
        assertThat(log.startedAtMs()).isNaN();
        assertThat(log.siteMs()).isNaN();
    }
}
