package org.initlab.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.Suites;
import org.initlab.data.DatasetFingerprint;
import org.initlab.site.BuildInfo;

/**
 * What a report was made from, kept beside it, so that a re-run whose inputs are all unchanged
 * leaves the report exactly as it is instead of recomputing and re-rendering it: the plugin build,
 * the commit, every experiment as written, its data (a CSV by its SHA-256), and every template and
 * explanation file, all as written (the build that wrote the report checked them, so an unchanged
 * re-run neither parses nor checks them again). The claims' verdicts are kept too, so the re-run logs (and fails on) them as the
 * build that wrote the report did.
 *
 * @param inputs  SHA-256 of everything above
 * @param summary the claims' summary line of the build that wrote the report
 * @param broken  its lines for the claims that did not come out as stated
 */
record UnchangedReport(String inputs, String summary, List<String> broken) {
    /** Plain lines, not JSON: an unchanged re-run reads it before anything else and should not pay for Jackson's start. */
    static final String FILE = ".initlab-inputs";
    private static final String HEADER = "initlab report inputs, version 1";

    UnchangedReport {
        broken = List.copyOf(broken);
    }

    /**
     * The fingerprint of a report's inputs as written, before anything parses them; null when they
     * cannot be read as such (an unknown suite, an unreadable data set spec): the full check then
     * names the problem.
     */
    static String fingerprint(ReportRequest request, BuildInfo build) {
        Map<String, Object> material = new TreeMap<>();
        material.put("build", build.version() + " " + build.timestamp());
        material.put("commit", String.valueOf(request.commit()));
        material.put("suite", request.suite());
        material.put("kernel", request.kernel());
        material.put("allowRawHtml", request.allowRawHtml());
        // the boundaries decide whether the same files are allowed at all
        material.put("externalData", request.datasets().files().allowExternal());
        material.put("externalSources", request.sources().files() != null && request.sources().files().allowExternal());
        List<ExperimentDefinition> definitions = new ArrayList<>();
        List<Object> experiments = new ArrayList<>();
        try {
            definitions.addAll(Suites.named(request.suite()));
            definitions.addAll(request.experiments());
            for (ExperimentDefinition d : definitions) {
                experiments.add(experiment(d, request));
            }
        } catch (RuntimeException unreadable) {
            return null;
        }
        material.put("experiments", experiments);
        material.put("templates", treeDigest(request.sources().templatesDirectory()));
        material.put("explanations", treeDigest(request.sources().explanationsDirectory()));
        StringBuilder canonical = new StringBuilder();
        flatten("", material, canonical);
        return hex(sha256().digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * One line per leaf, {@code path=value} in key order (the maps are sorted), with the characters
     * that delimit escaped: two different inputs never give the same text.
     */
    private static void flatten(String path, Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            out.append(path).append("={").append(map.size()).append("}\n");
            for (Map.Entry<?, ?> e : map.entrySet()) {
                flatten(path + "." + escape(String.valueOf(e.getKey())), e.getValue(), out);
            }
        } else if (value instanceof List<?> list) {
            out.append(path).append("=[").append(list.size()).append("]\n");
            for (int i = 0; i < list.size(); i++) {
                flatten(path + "." + i, list.get(i), out);
            }
        } else {
            out.append(path).append('=').append(escape(String.valueOf(value))).append('\n');
        }
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("=", "\\=").replace(".", "\\.");
    }

    /** One experiment as written: every setting, initializer and claim (each component), and its files' content. */
    private static Map<String, Object> experiment(ExperimentDefinition d, ReportRequest request) {
        String at = "experiment '" + d.id() + "'";
        Map<String, Object> e = new TreeMap<>();
        e.put("id", String.valueOf(d.id()));
        e.put("settings", new TreeMap<>(d.settings()));
        e.put("initializers", d.keyedInitializers()); // with their names
        e.put("claims", d.claims().stream().map(Object::toString).toList()); // every component, minFraction included
        for (String data : List.of("dataset", "testDataset")) {
            String spec = d.settings().get(data);
            if (spec != null) {
                e.put(data, DatasetFingerprint.of(at + " <" + data + ">", spec, request.datasets()));
            }
        }
        String explanation = d.settings().get("explanation");
        if (explanation != null) {
            e.put("explanation", fileDigest(request.datasets().baseDirectory().resolve(explanation)));
        }
        return e;
    }

    /** The record of the report in {@code output} when it was made from {@code inputs} and is still complete. */
    static Optional<UnchangedReport> read(Path output, String inputs) {
        Path file = output.resolve(FILE);
        if (!Files.isRegularFile(file) || !Files.isRegularFile(output.resolve("index.html"))
                || !Files.isRegularFile(output.resolve("results.json"))) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 3 || !lines.get(0).equals(HEADER) || !lines.get(1).equals(inputs)) {
                return Optional.empty();
            }
            return Optional.of(new UnchangedReport(lines.get(1), unescape(lines.get(2)),
                    lines.subList(3, lines.size()).stream().map(UnchangedReport::unescape).toList()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // an unreadable record only costs a rebuild
        }
    }

    /** The header, the inputs' SHA-256, the claims' summary, then one line per broken claim (newlines escaped). */
    void write(Path site) throws IOException {
        List<String> lines = new ArrayList<>(List.of(HEADER, inputs, escapeLine(summary)));
        broken.forEach(b -> lines.add(escapeLine(b)));
        Files.write(site.resolve(FILE), lines, StandardCharsets.UTF_8);
    }

    private static String escapeLine(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Map<String, String> treeDigest(Path directory) {
        Map<String, String> digests = new TreeMap<>();
        if (directory == null || !Files.isDirectory(directory)) {
            return digests;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                digests.put(directory.relativize(f).toString(), fileDigest(f));
            }
        } catch (IOException e) {
            digests.put("unreadable", e.toString()); // differs from any earlier state: the report is rebuilt
        }
        return digests;
    }

    private static String fileDigest(Path file) {
        if (!Files.isRegularFile(file)) {
            return "absent";
        }
        MessageDigest digest = sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            return "unreadable";
        }
        return hex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
