package org.initlab.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.initlab.net.BoundedHttp;
import org.initlab.net.Timeout;

/**
 * Finds the {@code history.json} published beside a previous report: a report directory, a file in
 * it (results.json, index.html), a {@code file:} URL or an http(s) URL of the published report.
 *
 * <p>Only a history that is truly absent — HTTP 404 or 410, or an existing directory without
 * {@code history.json}, or the report this build writes when it does not exist yet (its first build)
 * — reads as "none yet". Anything else that goes wrong (a directory that does
 * not exist, an HTTP error, a timeout, a truncated or wrong-shaped file, a newer schema) is a
 * {@link HistoryException}: starting a new history then would, once published, erase the old one.
 */
public final class HistoryReader {
    /** The property that sets the timeout, named when it runs out or is not positive. */
    public static final String TIMEOUT_SETTING = "initlab.historyTimeout";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** Strict about types: a count written as "3" or a figure as "0.5" is an error, not coerced. */
    private static final ObjectMapper READER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    private final Path baseDirectory;
    private final Path ownReport;
    private final BoundedHttp http;
    private final long cap;

    /** @throws IllegalArgumentException naming {@value #TIMEOUT_SETTING} when the timeout is not positive */
    public HistoryReader(Path baseDirectory, Duration timeout) {
        this(baseDirectory, timeout, null);
    }

    /**
     * @param ownReport the directory this build writes its report to, or null: as the history, its
     *                  absence is a first build, not a misspelt path
     */
    public HistoryReader(Path baseDirectory, Duration timeout, Path ownReport) {
        this(baseDirectory, new Timeout(timeout, TIMEOUT_SETTING), BoundedHttp.DEFAULT_CAP, ownReport);
    }

    HistoryReader(Path baseDirectory, Timeout timeout, long cap) {
        this(baseDirectory, timeout, cap, null);
    }

    private HistoryReader(Path baseDirectory, Timeout timeout, long cap, Path ownReport) {
        this.baseDirectory = baseDirectory;
        this.ownReport = ownReport == null ? null : ownReport.toAbsolutePath().normalize();
        this.http = new BoundedHttp(timeout, cap);
        this.cap = cap;
    }

    /**
     * The previous history, or empty when there truly is none there yet.
     *
     * @throws HistoryException when there is one (or should be) but it cannot be read
     */
    public Optional<History> read(String location) {
        String l = location.strip();
        String lower = l.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            URI uri;
            try {
                uri = URI.create(sibling(l));
            } catch (IllegalArgumentException e) {
                throw new HistoryException("'" + l + "' is not a valid URL: " + e.getMessage());
            }
            return fetch(uri);
        }
        Path path;
        try {
            path = lower.startsWith("file:") ? Path.of(URI.create(l)) : baseDirectory.resolve(l);
        } catch (IllegalArgumentException e) {
            throw new HistoryException("'" + l + "' is neither a path nor a URL: " + e.getMessage());
        }
        if (!Files.exists(path) && path.toAbsolutePath().normalize().equals(ownReport)) {
            return Optional.empty(); // the report this build is about to write for the first time
        }
        if (!Files.exists(path)) {
            throw new HistoryException(path.toAbsolutePath().normalize() + " does not exist (a misspelt path?); to start"
                    + " a history there, point it at an existing directory");
        }
        Path file = Files.isDirectory(path) ? path.resolve("history.json") : path.resolveSibling("history.json");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(readFile(file.toAbsolutePath().normalize()));
    }

    /** {@code …/report/}, {@code …/report/index.html} or {@code …/report/results.json} → {@code …/report/history.json}. */
    static String sibling(String url) {
        String u = url.endsWith(".html") || url.endsWith(".json") ? url.substring(0, url.lastIndexOf('/') + 1) : url;
        return u.endsWith("/") ? u + "history.json" : u + "/history.json";
    }

    private History readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new HistoryException(file + " is not a regular file");
        }
        try {
            if (Files.size(file) > cap) {
                throw new HistoryException(file + " is larger than the " + BoundedHttp.describeCap(cap) + " cap");
            }
            return parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new HistoryException("cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    private Optional<History> fetch(URI uri) {
        BoundedHttp.Response response;
        try {
            response = http.get(uri, "application/json");
        } catch (IOException e) {
            throw new HistoryException(uri + ": " + e.getMessage());
        }
        return switch (response.status()) {
            case 200 -> Optional.of(parse(response.body(), uri.toString()));
            case 404, 410 -> Optional.empty();
            default -> throw new HistoryException(uri + ": HTTP " + response.status());
        };
    }

    /** Reads {@code json} as a history of this plugin's schema, or says what is wrong with it. */
    static History parse(byte[] json, String where) {
        JsonNode root;
        try {
            root = READER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new HistoryException(where + " is not JSON (truncated?): " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new HistoryException(where + " cannot be read: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new HistoryException(where + " is empty");
        }
        shape(root, where);
        try {
            return READER.treeToValue(root, History.class);
        } catch (JsonMappingException e) {
            throw new HistoryException(where + ": " + path(e) + ": " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new HistoryException(where + ": " + e.getOriginalMessage());
        }
    }

    /** The containers the index page walks must be there and be objects; a null build would break its chart. */
    private static void shape(JsonNode root, String where) {
        if (!root.isObject()) {
            throw new HistoryException(where + ": expected an object with \"schema\" and \"builds\", got " + kind(root));
        }
        JsonNode schema = root.get("schema");
        if (schema == null || !schema.isIntegralNumber()) {
            throw new HistoryException(where + ": \"schema\": expected the integer " + History.SCHEMA + ", got " + kind(schema));
        }
        if (schema.intValue() != History.SCHEMA) {
            throw new HistoryException(where + ": schema " + schema.intValue() + " is not the one this plugin reads ("
                    + History.SCHEMA + "); a history written by another initlab version is not rewritten by this one");
        }
        JsonNode builds = root.get("builds");
        if (builds == null || !builds.isArray()) {
            throw new HistoryException(where + ": \"builds\": expected an array, got " + kind(builds));
        }
        for (int i = 0; i < builds.size(); i++) {
            JsonNode build = builds.get(i);
            String at = where + ": builds[" + i + "]";
            if (!build.isObject()) {
                throw new HistoryException(at + ": expected an object, got " + kind(build));
            }
            JsonNode experiments = build.get("experiments");
            if (experiments == null || !experiments.isObject()) {
                throw new HistoryException(at + ".experiments: expected an object, got " + kind(experiments));
            }
            for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) experiments::fields) {
                JsonNode headline = e.getValue().get("headline");
                if (!e.getValue().isObject() || headline == null || !headline.isObject()) {
                    throw new HistoryException(at + ".experiments." + e.getKey()
                            + ": expected an object with a \"headline\" object, got " + kind(e.getValue()));
                }
            }
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder p = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                p.append(p.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                p.append('[').append(r.getIndex()).append(']');
            }
        }
        return p.toString();
    }

    private static String kind(JsonNode v) {
        if (v == null) {
            return "nothing";
        }
        return switch (v.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "the string \"" + v.textValue() + "\"";
            case NULL -> "null";
            default -> v.toString();
        };
    }
}
