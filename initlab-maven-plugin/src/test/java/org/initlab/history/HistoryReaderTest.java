package org.initlab.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.initlab.net.LoopbackServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every way a history can be there and unreadable is an error; only a truly absent one is "none yet". */
class HistoryReaderTest {
    private static final String GOOD = "{\"schema\":1,\"builds\":[{\"commit\":\"abc\",\"generated\":\"2026-01-01T00:00:00Z\","
            + "\"experiments\":{\"e\":{\"metric\":\"m\",\"claimsAsStated\":1,\"claims\":2,\"headline\":{\"r\":0.5,\"s\":\"NaN\"}}}}]}";

    @TempDir
    Path dir;

    private HistoryReader reader(Duration timeout) {
        return new HistoryReader(dir, timeout);
    }

    @Test
    void aGoodHistoryReads() throws Exception {
        Files.writeString(dir.resolve("history.json"), GOOD);
        History h = reader(Duration.ofSeconds(1)).read(dir.toString()).orElseThrow();
        assertThat(h.builds()).singleElement().satisfies(b -> {
            assertThat(b.experiments().get("e").claims()).isEqualTo(2);
            assertThat(b.experiments().get("e").headline().get("s")).isNaN();
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            truncated         | {"schema":1,"builds":[{"commit":"a   | is not JSON (truncated?)
            empty             | ''                                    | is empty
            null              | null                                  | expected an object with "schema" and "builds", got null
            array             | []                                    | expected an object with "schema" and "builds", got an array
            null build        | {"schema":1,"builds":[null]}          | builds[0]: expected an object, got null
            no builds         | {"schema":1}                          | "builds": expected an array, got nothing
            schema 9          | {"schema":9,"builds":[]}              | schema 9 is not the one this plugin reads (1)
            no schema         | {"builds":[]}                         | "schema": expected the integer 1, got nothing
            null experiments  | {"schema":1,"builds":[{"experiments":null}]} | builds[0].experiments: expected an object, got null
            null headline     | {"schema":1,"builds":[{"experiments":{"e":{"headline":null}}}]} | builds[0].experiments.e: expected an object with a "headline" object
            count as string   | {"schema":1,"builds":[{"experiments":{"e":{"claims":"3","headline":{}}}}]} | builds[0].experiments.e.claims:
            figure as string  | {"schema":1,"builds":[{"experiments":{"e":{"claims":3,"headline":{"r":"0.5"}}}}]} | builds[0].experiments.e.headline.r:
            commit as number  | {"schema":1,"builds":[{"commit":7,"experiments":{}}]} | builds[0].commit:
            """)
    void anUnreadableFileIsAnErrorNamingWhatIsWrong(String name, String json, String expected) throws Exception {
        Files.writeString(dir.resolve("history.json"), json);
        assertThatThrownBy(() -> reader(Duration.ofSeconds(1)).read(dir.toString()))
                .as(name)
                .isInstanceOf(HistoryException.class)
                .hasMessageStartingWith(dir.resolve("history.json").toString())
                .hasMessageContaining(expected);
    }

    @Test
    void onlyAnExistingDirectoryWithoutHistoryJsonIsAbsent() throws Exception {
        assertThat(reader(Duration.ofSeconds(1)).read(dir.toString())).isEmpty();
        Files.writeString(dir.resolve("results.json"), "{}");
        assertThat(reader(Duration.ofSeconds(1)).read(dir.resolve("results.json").toUri().toString())).isEmpty();
        assertThatThrownBy(() -> reader(Duration.ofSeconds(1)).read("no-such-report"))
                .isInstanceOf(HistoryException.class)
                .hasMessage(dir.resolve("no-such-report") + " does not exist (a misspelt path?); to start a history there,"
                        + " point it at an existing directory");
    }

    @Test
    void theReportThisBuildWritesIsAbsentUntilItsFirstBuild() {
        Path own = dir.resolve("target/initlab");
        assertThat(new HistoryReader(dir, Duration.ofSeconds(1), own).read("target/initlab")).isEmpty();
        assertThatThrownBy(() -> new HistoryReader(dir, Duration.ofSeconds(1), own).read("target/initlba"))
                .hasMessageContaining("initlba does not exist (a misspelt path?)");
    }

    @Test
    void http404And410AreAbsentButAnErrorStatusFails() throws Exception {
        try (LoopbackServer missing = new LoopbackServer(LoopbackServer.Mode.NOT_FOUND);
             LoopbackServer gone = new LoopbackServer(LoopbackServer.Mode.GONE);
             LoopbackServer broken = new LoopbackServer(LoopbackServer.Mode.ERROR_500);
             LoopbackServer ok = new LoopbackServer(LoopbackServer.Mode.OK, GOOD.getBytes(StandardCharsets.UTF_8))) {
            assertThat(reader(Duration.ofSeconds(5)).read(missing.base() + "/latest/")).isEmpty();
            assertThat(reader(Duration.ofSeconds(5)).read(gone.base() + "/latest")).isEmpty();
            assertThatThrownBy(() -> reader(Duration.ofSeconds(5)).read(broken.base() + "/latest/"))
                    .isInstanceOf(HistoryException.class)
                    .hasMessage(broken.base() + "/latest/history.json: HTTP 500");
            assertThat(reader(Duration.ofSeconds(5)).read(ok.base() + "/latest/index.html")).get()
                    .extracting(h -> h.builds().size()).isEqualTo(1);
        }
    }

    @Test
    void aServerThatAcceptsAndNeverAnswersFailsWithinTheTimeoutNamingIt() throws Exception {
        try (LoopbackServer silent = new LoopbackServer(LoopbackServer.Mode.SILENT)) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> reader(Duration.ofSeconds(2)).read(silent.base() + "/latest/"))
                    .isInstanceOf(HistoryException.class)
                    .hasMessage(silent.base() + "/latest/history.json: gave up after 2 s (initlab.historyTimeout)");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2 + 5));
        }
    }

    @Test
    void aServerThatStallsAfterItsHeadersFailsWithinTheTimeout() throws Exception {
        try (LoopbackServer stall = new LoopbackServer(LoopbackServer.Mode.STALL_AFTER_HEADERS)) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> reader(Duration.ofSeconds(2)).read(stall.base() + "/latest/"))
                    .isInstanceOf(HistoryException.class)
                    .hasMessage(stall.base() + "/latest/history.json: gave up after 2 s (initlab.historyTimeout)");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2 + 5));
        }
    }

    @Test
    void anEndlessBodyFailsWithinTheTimeout() throws Exception {
        try (LoopbackServer endless = new LoopbackServer(LoopbackServer.Mode.ENDLESS_BODY)) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> reader(Duration.ofSeconds(2)).read(endless.base() + "/latest/"))
                    .isInstanceOf(HistoryException.class)
                    .message().matches(m -> m.endsWith("gave up after 2 s (initlab.historyTimeout)")
                            || m.endsWith("larger than the 64 MiB cap"), "the deadline or the cap");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2 + 5));
            assertThatThrownBy(() -> new HistoryReader(dir, org.initlab.net.Timeout.ofSeconds(30, "t"), 1 << 20)
                    .read(endless.base() + "/latest/"))
                    .hasMessageEndingWith("larger than the 1 MiB cap");
        }
    }

    @Test
    void aTimeoutThatIsNotPositiveNamesItsSetting() {
        assertThatThrownBy(() -> reader(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("initlab.historyTimeout: expected a positive number of seconds, got -1");
    }

    @Test
    void historyOnErrorIsReadAsWrittenInAPom() {
        assertThat(HistoryOnError.named(" Keep ", "s")).isEqualTo(HistoryOnError.KEEP);
        assertThatThrownBy(() -> HistoryOnError.named("ignore", "historyOnError (property initlab.historyOnError)"))
                .hasMessage("historyOnError (property initlab.historyOnError): expected one of fail, keep, restart, got 'ignore'");
    }
}
