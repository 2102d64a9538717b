package org.initlab.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.List;

/**
 * One side of a comparison: a {@code results.json} read as a JSON tree rather than into the
 * results records, because a baseline may come from another plugin version — fields it lacks are
 * simply not compared, fields it has that this version does not know are ignored; a field it has
 * with the wrong type is an error ({@link SnapshotCheck}).
 *
 * @param source where it was read from, for messages and the comparison page
 * @param root   the whole document
 */
public record Snapshot(String source, JsonNode root) {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    /**
     * Parses {@code json}.
     *
     * @throws CompareException when it is not JSON, not an object with an {@code experiments} array,
     *                          of a newer schema, or has a known field of the wrong type
     */
    public static Snapshot parse(byte[] json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new CompareException("not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new CompareException("not JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject() || !root.path("experiments").isArray()) {
            throw new CompareException("not an initlab results.json (no \"experiments\" array)");
        }
        SnapshotCheck.check(root);
        return new Snapshot(source, root);
    }

    public Provenance provenance() {
        return new Provenance(JsonValues.text(root, "commit"), JsonValues.text(root, "generated"));
    }

    /** The experiments that have an id (without one an experiment cannot be matched). */
    public List<JsonNode> experiments() {
        return JsonValues.elements(root, "experiments").stream()
                .filter(e -> JsonValues.text(e, "id") != null)
                .toList();
    }
}
