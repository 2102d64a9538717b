package org.initlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: a sweep of width 2048 to depth 100 finishes in bounded memory. Its deepest network's
 * weights alone are 100 × 32 MB; a heap of 256 MB holds a few layers, so the sweep passes only
 * if it drops each layer once its statistics are taken.
 */
class SweepMemoryTest {
    @Test
    void aSweepOfWidth2048ToDepth100RunsInA256MbHeap() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                SweepUnderHeapLimit.class.getName(), "2048", "10,100").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(out).doesNotContain("OutOfMemoryError");
        assertThat(p.exitValue()).as(out).isZero();
        List<String> lines = out.lines().toList();
        double cell = Double.parseDouble(lines.get(lines.size() - 1).replace("cell: ", ""));
        assertThat(cell).as("post.std at depth 100 of a He-initialised ReLU network").isFinite().isPositive();
        assertThat(lines).as("a line per depth reached").anyMatch(l -> l.contains("depth 10/100"))
                .anyMatch(l -> l.contains("depth 100/100"));
    }
}
