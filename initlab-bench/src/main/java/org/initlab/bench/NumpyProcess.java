package org.initlab.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The numpy side: one long-lived {@code python3 numpy_bench.py} process. Each request names a
 * workload; the script runs it once and answers one JSON line with the milliseconds it measured
 * itself ({@code time.perf_counter} around the work, data already loaded), so interpreter start and
 * data loading are outside both sides' timings and repetitions can alternate with initlab's.
 */
final class NumpyProcess implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final BufferedReader out;
    private final Writer in;
    private final JsonNode hello;

    private NumpyProcess(Process process) throws IOException {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.hello = read();
    }

    /** Starts the script, or returns null (saying why) when {@code python} cannot import numpy. */
    static NumpyProcess start(String python, Path datasets, Path work) throws IOException {
        if (!Files.isExecutable(Path.of(python))) {
            System.out.println("numpy side skipped: " + python + " is not an executable");
            return null;
        }
        Process probe = new ProcessBuilder(python, "-c", "import numpy").redirectErrorStream(true).start();
        try {
            if (probe.waitFor() != 0) {
                System.out.println("numpy side skipped: " + python + " cannot import numpy (Debian: apt-get install python3-numpy)");
                return null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        Files.createDirectories(work);
        Path script = work.resolve("numpy_bench.py");
        try (InputStream s = NumpyProcess.class.getResourceAsStream("numpy_bench.py")) {
            Files.copy(s, script, StandardCopyOption.REPLACE_EXISTING);
        }
        Process p = new ProcessBuilder(python, "-u", script.toString(), datasets.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        return new NumpyProcess(p);
    }

    /** The script's first line: numpy's version and BLAS. */
    JsonNode hello() {
        return hello;
    }

    /** Runs {@code workload} once (the script loads its data first, untimed); the answer carries {@code ms} and {@code check}. */
    JsonNode run(String workload) throws IOException {
        in.write(workload + "\n");
        in.flush();
        return read();
    }

    private JsonNode read() throws IOException {
        String line = out.readLine();
        if (line == null) {
            throw new IOException("the numpy script ended unexpectedly (exit " + waitExit() + ")");
        }
        JsonNode node = JSON.readTree(line);
        if (node.has("error")) {
            throw new IOException("the numpy script failed: " + node.get("error").asText());
        }
        return node;
    }

    private int waitExit() {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void close() throws IOException {
        in.write("quit\n");
        in.flush();
        waitExit();
    }
}
