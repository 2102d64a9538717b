package org.initlab.settings;

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
    /** ASCII digits only: Long.parseLong would read ٣ or １ as 3 and 1, which no other number here accepts. */
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");

    public Spec {
        args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    /**
     * Parses {@code [dialect:]name[(key=value, ...)]} by {@link SpecSyntax}'s grammar; a value may be
     * quoted or itself a spec, e.g. {@code lsuv(base=kaiming_normal(mode=fan_out, nonlinearity=relu))}.
     *
     * @throws ConfigException naming {@code field}, and for a syntax error (a {@link SpecSyntaxException})
     *         the column and what was expected
     */
    public static Spec parse(String field, String text) {
        return SpecSyntax.spec(field, text);
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

    /** A number as Double.parseDouble reads it; NaN and ±Infinity pass, for the caller to reject with its own range. */
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
            if (INTEGER.matcher(v).matches()) {
                return Long.parseLong(v);
            }
        } catch (NumberFormatException e) {
            // beyond a long: reported below like any other non-integer
        }
        throw new ConfigException(field + ": '" + name + "' key '" + key + "' expects an integer, got '" + v + "'");
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
