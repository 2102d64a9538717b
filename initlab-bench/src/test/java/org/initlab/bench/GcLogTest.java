package org.initlab.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GcLogTest {

    @Test
    void peakIsTheLargestOccupancyBeforeACollectionOrAtExit() {
        List<String> log = List.of(
                "[0.412s][info][gc] Using G1",
                "[1.804s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 120M->30M(256M) 5.123ms",
                "[3.010s][info][gc] GC(1) Pause Young (Concurrent Start) (G1 Humongous Allocation) 2G->1G(3G) 9.001ms",
                "[4.100s][info][gc] GC(2) Pause Young (Normal) (G1 Evacuation Pause) 300M->40M(3G) 3.2ms",
                "[5.000s][info][gc,heap,exit]  garbage-first heap   total 262144K, used 51200K [0x00000000, 0x00000001)");

        assertThat(GcLog.peakMb(log)).isCloseTo(2048, within(1e-9));
    }

    @Test
    void withoutACollectionTheExitFigureIsThePeak() {
        List<String> log = List.of("[5.000s][info][gc,heap,exit]  garbage-first heap   total 262144K, used 51200K [0x0, 0x1)");

        assertThat(GcLog.peakMb(log)).isCloseTo(50, within(1e-9));
    }

    @Test
    void aLogWithoutFiguresHasNoPeak() {
        assertThat(GcLog.peakMb(List.of("[0.412s][info][gc] Using G1"))).isNaN();
    }
}
