package org.initlab.init;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.initlab.settings.ConfigException;
import org.initlab.settings.Names;
import org.initlab.settings.Spec;

/**
 * A spec's values as an entry's factory reads them: each key through its declared {@link Param},
 * so an absent key yields the declared default and a factory has no fallback of its own to
 * disagree with. Reading a key the entry does not declare, or as another kind, is a programming
 * error and fails at once.
 */
public final class Args {
    private final Spec spec;
    private final Map<String, Param> params = new LinkedHashMap<>();

    Args(Spec spec, List<Param> params) {
        this.spec = spec;
        params.forEach(p -> this.params.put(p.key(), p));
    }

    /** Where the spec came from, for error messages. */
    public String field() {
        return spec.field();
    }

    /** The initializer's name as written. */
    public String name() {
        return spec.name();
    }

    /** The spec as written, e.g. {@code kaiming_normal(nonlinearity=relu)}. */
    public String text() {
        return spec.text();
    }

    /**
     * The key's number. NaN, and a literal beyond the double range ({@code 1e400}), are refused for
     * every key; {@code Infinity} and {@code -Infinity} only for keys declared {@link Param#orInfinite()}.
     * Checked here, where every entry reads its numbers, so no factory can forget it.
     */
    public double number(String key) {
        Param p = param(key, Param.Kind.NUMBER);
        String v = spec.args().get(key);
        if (v == null) {
            return (Double) p.defaultValue();
        }
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new ConfigException(field() + ": '" + name() + "' key '" + key + "' expects a number, got '" + v + "'");
        }
        if (Double.isFinite(d) || p.infinite() && spelledInfinity(v)) {
            return d;
        }
        String expected = p.infinite() ? "a finite number, or Infinity / -Infinity for no bound" : "a finite number";
        String why = Double.isNaN(d) ? "" : spelledInfinity(v) ? "" : " (beyond the largest double, about 1.8e308)";
        throw new ConfigException(field() + ": '" + name() + "' key '" + key + "' expects " + expected + ", got '"
                + v.strip() + "'" + why);
    }

    /** Whether the text names infinity itself, not a literal too large for a double. */
    private static boolean spelledInfinity(String v) {
        String t = v.strip();
        if (t.startsWith("+") || t.startsWith("-")) {
            t = t.substring(1);
        }
        return t.equals("Infinity");
    }

    public long integer(String key) {
        Param p = param(key, Param.Kind.INTEGER);
        String v = spec.args().get(key);
        if (v == null) {
            return (Long) p.defaultValue();
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new ConfigException(field() + ": '" + name() + "' key '" + key + "' expects an integer, got '" + v + "'");
        }
    }

    /** The canonical choice: an alias or another case (where the library allows it) maps to its choice. */
    public String choice(String key) {
        Param p = param(key, Param.Kind.CHOICE);
        String v = spec.args().get(key);
        if (v == null) {
            return (String) p.defaultValue();
        }
        String canonical = p.canonicalChoice(v);
        if (canonical == null) {
            throw new ConfigException(field() + ": '" + name() + "' key '" + key + "' expects one of " + p.accepted()
                    + ", got '" + v + "'" + Names.suggestion(v, p.choices()));
        }
        return canonical;
    }

    public String text(String key) {
        Param p = param(key, Param.Kind.TEXT);
        return spec.args().getOrDefault(key, (String) p.defaultValue());
    }

    private Param param(String key, Param.Kind kind) {
        Param p = params.get(key);
        if (p == null || p.kind() != kind) {
            throw new IllegalStateException("'" + name() + "' reads key '" + key + "' as " + kind
                    + " but declares " + (p == null ? "no such key" : p.kind()));
        }
        return p;
    }
}
