package org.initlab.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A parsed spec such as {@code kaiming_normal(mode=fan_out, nonlinearity=relu)} or
 * {@code gaussian(rows=1000, cols=100, seed=0)}: a name, an optional {@code dialect:} prefix
 * and ordered {@code key=value} arguments. Knows nothing of what the names mean.
 *
 * @param field where the text came from (e.g. {@code experiments[deep-tanh].initializers[2]}),
 *              so every error can name it
 */
public record Spec(String field, String text, String dialect, String name, Map<String, String> args) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public Spec {
        args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    public static Spec parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new ConfigException(field + ": expected a spec like name or name(key=value, ...), got nothing");
        }
        String s = text.strip();
        String dialect = null;
        int colon = s.indexOf(':');
        int paren = s.indexOf('(');
        if (colon > 0 && (paren < 0 || colon < paren)) {
            dialect = s.substring(0, colon).strip();
            s = s.substring(colon + 1).strip();
        }
        String name = paren < 0 ? s : s.substring(0, s.indexOf('(')).strip();
        if (!NAME.matcher(name).matches()) {
            throw new ConfigException(field + ": '" + text + "' does not start with a name ([A-Za-z_][A-Za-z0-9_]*)");
        }
        Map<String, String> args = new LinkedHashMap<>();
        if (s.contains("(")) {
            if (!s.endsWith(")")) {
                throw new ConfigException(field + ": '" + text + "' opens '(' but does not end with ')'");
            }
            String inner = s.substring(s.indexOf('(') + 1, s.length() - 1).strip();
            if (!inner.isEmpty()) {
                for (String part : inner.split(",")) {
                    int eq = part.indexOf('=');
                    if (eq <= 0) {
                        throw new ConfigException(field + ": in '" + text + "', expected key=value but got '" + part.strip() + "'");
                    }
                    String key = part.substring(0, eq).strip();
                    String value = part.substring(eq + 1).strip();
                    if (value.isEmpty()) {
                        throw new ConfigException(field + ": in '" + text + "', key '" + key + "' has no value");
                    }
                    if (args.put(key, value) != null) {
                        throw new ConfigException(field + ": in '" + text + "', key '" + key + "' is given twice");
                    }
                }
            }
        }
        return new Spec(field, text.strip(), dialect, name, args);
    }

    /** Fails naming every key not in {@code allowed}, with the keys that are. */
    public void requireKeysWithin(List<String> allowed) {
        for (String key : args.keySet()) {
            if (!allowed.contains(key)) {
                throw new ConfigException(field + ": '" + name + "' has no key '" + key + "'"
                        + Names.suggestion(key, allowed) + "; valid keys: "
                        + (allowed.isEmpty() ? "none" : String.join(", ", allowed)));
            }
        }
    }

    public double number(String key, double fallback) {
        String v = args.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new ConfigException(field + ": '" + name + "' key '" + key + "' expects a number, got '" + v + "'");
        }
    }

    public long integer(String key, long fallback) {
        String v = args.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new ConfigException(field + ": '" + name + "' key '" + key + "' expects an integer, got '" + v + "'");
        }
    }

    public long requiredInteger(String key) {
        if (!args.containsKey(key)) {
            throw new ConfigException(field + ": '" + name + "' needs the key '" + key + "'");
        }
        return integer(key, 0);
    }

    public String word(String key, String fallback, List<String> allowed) {
        String v = args.getOrDefault(key, fallback);
        if (!allowed.contains(v)) {
            throw new ConfigException(field + ": '" + name + "' key '" + key + "' expects one of "
                    + String.join(", ", allowed) + ", got '" + v + "'" + Names.suggestion(v, allowed));
        }
        return v;
    }
}
