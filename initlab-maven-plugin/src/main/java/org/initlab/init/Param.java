package org.initlab.init;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One key of a catalogue entry: its name, what kind of value it takes and its default. The
 * default is written here once: the catalogue page renders it ({@link InitializerCatalog.Entry#signature()})
 * and the entry's factory reads it through {@link Args}, so the two cannot disagree.
 *
 * @param defaultValue a {@link Double} (NUMBER), {@link Long} (INTEGER) or {@link String} (CHOICE, TEXT);
 *                     null when the key is required
 * @param choices      the accepted spellings of a CHOICE key, in the order the error message lists them
 * @param aliases      other spellings a library accepts for a choice (Keras: {@code normal} → {@code truncated_normal})
 * @param ignoreCase   whether a choice is matched case-insensitively, as a library that lower-cases it does
 * @param infinite     whether a NUMBER key also takes {@code Infinity} and {@code -Infinity} (an open bound);
 *                     every other number must be finite, see {@link Args#number(String)}
 */
public record Param(String key, Kind kind, Object defaultValue, List<String> choices, Map<String, String> aliases,
                    boolean ignoreCase, boolean infinite) {

    /** What a key's value is. */
    public enum Kind { NUMBER, INTEGER, CHOICE, TEXT }

    public Param {
        choices = List.copyOf(choices);
        aliases = Map.copyOf(aliases);
        Class<?> type = switch (kind) {
            case NUMBER -> Double.class;
            case INTEGER -> Long.class;
            case CHOICE, TEXT -> String.class;
        };
        if (defaultValue != null && !type.isInstance(defaultValue)) {
            throw new IllegalArgumentException(key + ": a " + kind + " key needs a " + type.getSimpleName() + " default");
        }
        if (infinite && kind != Kind.NUMBER) {
            throw new IllegalArgumentException(key + ": only a NUMBER key can take infinity");
        }
        if (kind == Kind.CHOICE && defaultValue != null && !choices.contains(defaultValue)) {
            throw new IllegalArgumentException(key + ": default " + defaultValue + " is not one of " + choices);
        }
    }

    public static Param number(String key, double defaultValue) {
        return new Param(key, Kind.NUMBER, defaultValue, List.of(), Map.of(), false, false);
    }

    public static Param requiredNumber(String key) {
        return new Param(key, Kind.NUMBER, null, List.of(), Map.of(), false, false);
    }

    public static Param integer(String key, long defaultValue) {
        return new Param(key, Kind.INTEGER, defaultValue, List.of(), Map.of(), false, false);
    }

    public static Param choice(String key, String defaultValue, List<String> choices) {
        return new Param(key, Kind.CHOICE, defaultValue, choices, Map.of(), false, false);
    }

    public static Param text(String key, String defaultValue) {
        return new Param(key, Kind.TEXT, defaultValue, List.of(), Map.of(), false, false);
    }

    public static Param requiredText(String key) {
        return new Param(key, Kind.TEXT, null, List.of(), Map.of(), false, false);
    }

    /** The same choice key, also accepting {@code spelling} for {@code canonical}. */
    public Param alias(String spelling, String canonical) {
        if (!choices.contains(canonical)) {
            throw new IllegalArgumentException(key + ": alias target " + canonical + " is not one of " + choices);
        }
        Map<String, String> more = new LinkedHashMap<>(aliases);
        more.put(spelling, canonical);
        return new Param(key, kind, defaultValue, choices, more, ignoreCase, infinite);
    }

    /** The same choice key, matched case-insensitively. */
    public Param caseInsensitive() {
        return new Param(key, kind, defaultValue, choices, aliases, true, infinite);
    }

    /** The same number key, also taking {@code Infinity} and {@code -Infinity}, e.g. a bound that may be open. */
    public Param orInfinite() {
        return new Param(key, kind, defaultValue, choices, aliases, ignoreCase, true);
    }

    public boolean isRequired() {
        return defaultValue == null;
    }

    /** The default as a spec writes it ({@code 0.01}, {@code fan_in}), or null for a required key. */
    public String defaultText() {
        if (defaultValue instanceof Double d) {
            return Numbers.text(d);
        }
        return defaultValue == null ? null : defaultValue.toString();
    }

    /** The canonical choice {@code given} stands for, or null when it is none of them. */
    String canonicalChoice(String given) {
        for (String c : choices) {
            if (ignoreCase ? c.equalsIgnoreCase(given) : c.equals(given)) {
                return c;
            }
        }
        for (Map.Entry<String, String> a : aliases.entrySet()) {
            if (ignoreCase ? a.getKey().equalsIgnoreCase(given) : a.getKey().equals(given)) {
                return a.getValue();
            }
        }
        return null;
    }

    /** The accepted spellings, aliases marked, for error messages. */
    String accepted() {
        StringBuilder b = new StringBuilder(String.join(", ", choices));
        aliases.forEach((spelling, canonical) -> b.append(", ").append(spelling).append(" (= ").append(canonical).append(")"));
        if (ignoreCase) {
            b.append(" (any case)");
        }
        return b.toString();
    }
}
