package org.initlab.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Tolerant reading of results.json values: numbers may be written as the strings
 * {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"}, and any field may be missing.
 */
final class JsonValues {
    private JsonValues() {
    }

    /** Whether {@code node} holds a number, including the non-finite spellings. */
    static boolean isNumber(JsonNode node) {
        return node != null && (node.isNumber() || (node.isTextual() && nonFinite(node.textValue()) != null));
    }

    /** The number in {@code node}; call only when {@link #isNumber} holds. */
    static double number(JsonNode node) {
        return node.isNumber() ? node.doubleValue() : nonFinite(node.textValue());
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** The elements of the array {@code field}, or none when it is missing or not an array. */
    static List<JsonNode> elements(JsonNode node, String field) {
        JsonNode array = node == null ? null : node.get(field);
        List<JsonNode> list = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(list::add);
        }
        return list;
    }

    /** The object {@code field}, or null when it is missing or not an object. */
    static JsonNode object(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isObject() ? value : null;
    }

    /** The numbers of an array, or null when it is missing or holds anything but numbers. */
    static double[] numbers(JsonNode array) {
        if (array == null || !array.isArray()) {
            return null;
        }
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            if (!isNumber(array.get(i))) {
                return null;
            }
            values[i] = number(array.get(i));
        }
        return values;
    }

    private static Double nonFinite(String text) {
        return switch (text) {
            case "NaN" -> Double.NaN;
            case "Infinity" -> Double.POSITIVE_INFINITY;
            case "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> null;
        };
    }
}
