package org.initlab.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BoundedHttpTest {
    private static final Timeout ONE_SECOND = Timeout.ofSeconds(1, "initlab.someTimeout");
    /** Generous for a loaded 2-core machine, and still far below "forever". */
    private static final Duration MARGIN = Duration.ofSeconds(5);

    @Test
    void aServerThatStallsAfterItsHeadersIsAbandonedAtTheDeadline() throws Exception {
        try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.STALL_AFTER_HEADERS)) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> new BoundedHttp(ONE_SECOND).get(URI.create(server.base() + "/r.json"), "*/*"))
                    .isInstanceOf(IOException.class)
                    .hasMessage("gave up after 1 s (initlab.someTimeout)");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1).plus(MARGIN));
        }
    }

    @Test
    void anEndlessBodyStopsAtTheCapOrTheDeadline() throws Exception {
        try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.ENDLESS_BODY)) {
            URI uri = URI.create(server.base() + "/r.json");
            long start = System.nanoTime();
            assertThatThrownBy(() -> new BoundedHttp(Timeout.ofSeconds(30, "initlab.someTimeout"), 1 << 20).get(uri, "*/*"))
                    .hasMessage("larger than the 1 MiB cap");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the cap, long before the deadline")
                    .isLessThan(MARGIN);

            start = System.nanoTime();
            assertThatThrownBy(() -> new BoundedHttp(ONE_SECOND, Long.MAX_VALUE).get(uri, "*/*"))
                    .hasMessage("gave up after 1 s (initlab.someTimeout)");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1).plus(MARGIN));
        }
    }

    @Test
    void aBodyThatAnnouncesMoreThanTheCapIsNotRead() throws Exception {
        try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.STALL_AFTER_HEADERS)) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> new BoundedHttp(Timeout.ofSeconds(30, "x"), 1000).get(URI.create(server.base()), "*/*"))
                    .hasMessage("larger than the 1000 byte cap");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("Content-Length: 1000000 is enough").isLessThan(MARGIN);
        }
    }

    @Test
    void errorStatusesAreReturnedWithoutTheirBody() throws Exception {
        try (LoopbackServer e500 = new LoopbackServer(LoopbackServer.Mode.ERROR_500);
             LoopbackServer e404 = new LoopbackServer(LoopbackServer.Mode.NOT_FOUND);
             LoopbackServer ok = new LoopbackServer(LoopbackServer.Mode.OK, "{}".getBytes(StandardCharsets.UTF_8))) {
            BoundedHttp http = new BoundedHttp(ONE_SECOND);
            BoundedHttp.Response r500 = http.get(URI.create(e500.base() + "/h.json"), "*/*");
            assertThat(r500.status()).isEqualTo(500);
            assertThat(r500.body()).isEmpty();
            assertThat(http.get(URI.create(e404.base() + "/h.json"), "*/*").status()).isEqualTo(404);
            BoundedHttp.Response r200 = http.get(URI.create(ok.base() + "/h.json"), "*/*");
            assertThat(r200.status()).isEqualTo(200);
            assertThat(new String(r200.body(), StandardCharsets.UTF_8)).isEqualTo("{}");
        }
    }

    @Test
    void aTimeoutThatIsNotPositiveNamesItsSetting() {
        assertThatThrownBy(() -> Timeout.ofSeconds(0, "initlab.baselineTimeout"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("initlab.baselineTimeout: expected a positive number of seconds, got 0");
        assertThatThrownBy(() -> Timeout.ofSeconds(-1, "initlab.historyTimeout"))
                .hasMessage("initlab.historyTimeout: expected a positive number of seconds, got -1");
        assertThat(new Timeout(Duration.ofMillis(1500), "t").describe()).isEqualTo("1.500 s (t)");
    }
}
