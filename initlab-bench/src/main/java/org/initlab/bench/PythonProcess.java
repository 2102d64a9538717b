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
import java.util.ArrayList;
import java.util.List;

/**
 * A Python side of the benchmark ({@code numpy_bench.py} or {@code torch_bench.py}): one
 * {@code python3} process. Each request names a workload; the script runs it once and answers one
 * JSON line with the milliseconds it measured itself ({@code time.perf_counter} around the work,
 * data already loaded), so interpreter start and data loading are outside that figure and
 * repetitions can alternate with initlab's. The warm harness keeps one process for all
 * repetitions; the cold one starts a fresh process per sample and times it from outside as well.
 */
final class PythonProcess implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final BufferedReader out;
    private final Writer in;
    private final JsonNode hello;

    private PythonProcess(Process process) throws IOException {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.hello = read();
    }

    /** The numpy side, or null (saying why) when {@code python} cannot import numpy. */
    static PythonProcess numpy(String python, Path datasets, Path work) throws IOException {
        return start(python, "numpy_bench.py", "numpy", "python3-numpy", datasets, work);
    }

    /** The PyTorch side on {@code threads} intra-op threads, or null (saying why) without torch. */
    static PythonProcess torch(String python, Path datasets, Path work, int threads) throws IOException {
        return start(python, "torch_bench.py", "torch", "python3-torch", datasets, work, Integer.toString(threads));
    }

    /** Whether {@code python} can import {@code module}; says why not on standard output. */
    static boolean available(String python, String module, String debianPackage) throws IOException {
        if (!Files.isExecutable(Path.of(python))) {
            System.out.println(module + " side skipped: " + python + " is not an executable");
            return false;
        }
        Process probe = new ProcessBuilder(python, "-c", "import " + module).redirectErrorStream(true).start();
        try {
            if (probe.waitFor() != 0) {
                System.out.println(module + " side skipped: " + python + " cannot import " + module
                        + " (Debian: apt-get install " + debianPackage + ")");
                return false;
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static PythonProcess start(String python, String resource, String module, String debianPackage, Path datasets,
                                       Path work, String... args) throws IOException {
        if (!available(python, module, debianPackage)) {
            return null;
        }
        return launch(python, resource, datasets, work, args);
    }

    /** Starts the script without probing (the cold harness probes once, then starts one per sample). */
    static PythonProcess launch(String python, String resource, Path datasets, Path work, String... args) throws IOException {
        Files.createDirectories(work);
        for (String file : List.of("numpy_bench.py", "torch_bench.py")) { // torch_bench imports numpy_bench's loaders
            try (InputStream s = PythonProcess.class.getResourceAsStream(file)) {
                Files.copy(s, work.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path script = work.resolve(resource);
        List<String> command = new ArrayList<>(List.of(python, "-u", script.toString(),
                datasets.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        return new PythonProcess(p);
    }

    /** The script's first line: the library's version and BLAS or threads. */
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
            throw new IOException("the Python script ended unexpectedly (exit " + waitExit() + ")");
        }
        JsonNode node = JSON.readTree(line);
        if (node.has("error")) {
            throw new IOException("the Python script failed: " + node.get("error").asText());
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
