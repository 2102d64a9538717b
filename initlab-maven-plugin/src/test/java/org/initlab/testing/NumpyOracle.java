package org.initlab.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.initlab.results.ResultsJson;

/**
 * Debian's numpy as an independent oracle: runs a python script with {@code /usr/bin/python3}
 * and parses the JSON it prints. Tests that use it are skipped where numpy is missing, except on
 * CI ({@code CI=true}) or with {@code -Dinitlab.requireNumpy=true}, where they fail.
 */
public final class NumpyOracle {
    private static final File PYTHON = new File("/usr/bin/python3");

    private NumpyOracle() {
    }

    /** Skips (or, where numpy is required, fails) the calling test unless numpy can be imported. */
    public static void requireNumpy() {
        boolean available = PYTHON.canExecute() && exitCode("import numpy") == 0;
        if (Boolean.getBoolean("initlab.requireNumpy") || "true".equals(System.getenv("CI"))) {
            assertThat(available).as("numpy for /usr/bin/python3 (apt-get install python3-numpy)").isTrue();
        }
        assumeTrue(available, "numpy is not installed for /usr/bin/python3");
    }

    /** Skips (or, where the oracles are required, fails) the calling test unless PyTorch can be imported. */
    public static void requireTorch() {
        requireNumpy();
        boolean available = exitCode("import torch") == 0;
        if (Boolean.getBoolean("initlab.requireNumpy") || "true".equals(System.getenv("CI"))) {
            assertThat(available).as("PyTorch for /usr/bin/python3 (apt-get install python3-torch)").isTrue();
        }
        assumeTrue(available, "PyTorch is not installed for /usr/bin/python3");
    }

    /** Runs {@code script} with {@code args} as {@code sys.argv[1:]}; it must print one JSON document. */
    public static JsonNode run(String script, String... args) throws IOException, InterruptedException {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(PYTHON.getPath(), "-c", script));
        command.addAll(java.util.List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("python finished").isTrue();
        assertThat(p.exitValue()).as("python exit code; output:\n" + out).isZero();
        return ResultsJson.mapper().readTree(out);
    }

    private static int exitCode(String script) {
        try {
            Process p = new ProcessBuilder(PYTHON.getPath(), "-c", script).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
