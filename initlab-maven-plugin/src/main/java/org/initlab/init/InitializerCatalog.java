package org.initlab.init;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.initlab.settings.ConfigException;
import org.initlab.settings.Names;
import org.initlab.settings.Spec;

/**
 * Every initializer initlab knows, by name, with its keys: the one place a spec becomes an
 * {@link Initializer}. Each library registers its own names ({@link TorchInitializers},
 * {@link KerasInitializers}, {@link Dl4jInitializers}, {@link ExtraInitializers}).
 *
 * <p>Resolution: {@code dialect:name} looks only in that dialect; a bare name resolves to the
 * first dialect, in the order torch, keras, dl4j, tf1, initlab, that has it — so {@code orthogonal}
 * is PyTorch's and {@code keras:orthogonal} Keras's. DL4J's upper-case enum names are also
 * accepted in lower case when no other library owns that spelling ({@code relu} → DL4J's
 * {@code RELU}; {@code lecun_normal} stays Keras's).
 */
public final class InitializerCatalog {

    /**
     * One named scheme: its library, keys with defaults, a one-line summary, the library's quirk
     * (empty when it behaves as its paper says), and how to build it from a parsed spec.
     */
    public record Entry(String name, Dialect dialect, List<Param> params, String summary, String quirk,
                        Function<Args, Initializer> factory) {
        public Entry {
            params = List.copyOf(params);
            quirk = quirk == null ? "" : quirk;
        }

        static Entry of(Dialect dialect, String name, String summary, Function<Args, Initializer> factory, Param... params) {
            return new Entry(name, dialect, List.of(params), summary, "", factory);
        }

        Entry withQuirk(String text) {
            return new Entry(name, dialect, params, summary, text, factory);
        }

        public List<String> keys() {
            return params.stream().map(Param::key).toList();
        }

        /** Key → default value as written in a spec ({@code null} for a required key), in order. */
        public Map<String, String> defaults() {
            Map<String, String> d = new LinkedHashMap<>();
            params.forEach(p -> d.put(p.key(), p.defaultText()));
            return Collections.unmodifiableMap(d);
        }

        /** {@code dialect:name}, always unambiguous. */
        public String qualifiedName() {
            return dialect.prefix() + ":" + name;
        }

        /** The spec with every default spelled out, e.g. {@code kaiming_normal(a=0, mode=fan_in, …)}. */
        public String signature() {
            if (params.isEmpty()) {
                return name;
            }
            return name + "(" + params.stream().map(p -> p.key() + "=" + (p.isRequired() ? "…" : p.defaultText()))
                    .collect(Collectors.joining(", ")) + ")";
        }

        public Initializer create(Spec spec) {
            spec.requireKeysWithin(keys());
            for (Param p : params) {
                if (p.isRequired() && !spec.args().containsKey(p.key())) {
                    throw new ConfigException(spec.field() + ": '" + name + "' needs the key '" + p.key()
                            + "', e.g. " + name + "(" + p.key() + "=…)");
                }
            }
            return factory.apply(new Args(spec, params));
        }

        /** The initializer with all defaults, for the catalogue page; empty when a key is required. */
        public Optional<Initializer> example() {
            if (params.stream().anyMatch(Param::isRequired)) {
                return Optional.empty();
            }
            return Optional.of(create(Spec.parse("catalogue", qualifiedName())));
        }
    }

    private static final List<Entry> ALL = new ArrayList<>();
    /** Qualified name ({@code keras:orthogonal}) → entry. */
    private static final Map<String, Entry> BY_QUALIFIED_NAME = new LinkedHashMap<>();
    /** Bare name → the entry of the first dialect (in {@link Dialect} order) that has it. */
    private static final Map<String, Entry> BY_NAME = new LinkedHashMap<>();

    static {
        register(TorchInitializers.entries());
        register(KerasInitializers.entries());
        register(Dl4jInitializers.entries());
        register(Tf1Initializers.entries());
        register(ExtraInitializers.entries());
    }

    private InitializerCatalog() {
    }

    private static void register(List<Entry> entries) {
        for (Entry e : entries) {
            if (BY_QUALIFIED_NAME.put(e.qualifiedName(), e) != null) {
                throw new IllegalStateException("initializer registered twice: " + e.qualifiedName());
            }
            BY_NAME.putIfAbsent(e.name(), e);
            ALL.add(e);
        }
    }

    /** Every entry, grouped by dialect in the order torch, keras, dl4j, tf1, initlab. */
    public static List<Entry> entries() {
        return List.copyOf(ALL);
    }

    public static List<Entry> entries(Dialect dialect) {
        return ALL.stream().filter(e -> e.dialect() == dialect).toList();
    }

    public static List<String> names(Dialect dialect) {
        return entries(dialect).stream().map(Entry::name).toList();
    }

    /** Parses {@code text} (from the setting {@code field}) into an initializer, or fails naming what is wrong. */
    public static Initializer parse(String field, String text) {
        return create(Spec.parse(field, text));
    }

    public static Initializer create(Spec spec) {
        return resolve(spec).create(spec);
    }

    /** The entry a spec names, or a {@link ConfigException} with the closest name and the valid ones. */
    public static Entry resolve(Spec spec) {
        if (spec.dialect() != null) {
            return resolveIn(spec, dialect(spec));
        }
        Entry entry = lookup(spec.name(), null);
        if (entry == null) {
            throw new ConfigException(spec.field() + ": unknown initializer '" + spec.name() + "'"
                    + Names.suggestion(spec.name(), BY_NAME.keySet()) + "; valid: " + allNames());
        }
        return entry;
    }

    private static Dialect dialect(Spec spec) {
        Dialect d = Dialect.byPrefix(spec.dialect());
        if (d == null) {
            throw new ConfigException(spec.field() + ": unknown dialect '" + spec.dialect() + "' in '" + spec.text() + "'"
                    + Names.suggestion(spec.dialect(), Dialect.prefixes()) + "; valid: " + String.join(", ", Dialect.prefixes()));
        }
        return d;
    }

    private static Entry resolveIn(Spec spec, Dialect d) {
        Entry entry = lookup(spec.name(), d);
        if (entry != null) {
            return entry;
        }
        Entry elsewhere = lookup(spec.name(), null);
        String hint = elsewhere == null ? ""
                : " ('" + elsewhere.name() + "' is a " + elsewhere.dialect().prefix() + " name: write "
                + elsewhere.qualifiedName() + " or just " + elsewhere.name() + ")";
        throw new ConfigException(spec.field() + ": " + d.prefix() + " has no initializer '" + spec.name() + "'" + hint
                + Names.suggestion(spec.name(), names(d)) + "; " + d.prefix() + " names: " + String.join(", ", names(d)));
    }

    /** Exact name first, then DL4J's names case-insensitively; {@code within} null means any dialect. */
    private static Entry lookup(String name, Dialect within) {
        Entry exact = within == null ? BY_NAME.get(name) : BY_QUALIFIED_NAME.get(within.prefix() + ":" + name);
        if (exact != null) {
            return exact;
        }
        if (within == Dialect.DL4J || within == null) {
            return BY_QUALIFIED_NAME.get(Dialect.DL4J.prefix() + ":" + name.toUpperCase(Locale.ROOT));
        }
        return null;
    }

    private static String allNames() {
        return ALL.stream().collect(Collectors.groupingBy(Entry::dialect, LinkedHashMap::new,
                        Collectors.mapping(Entry::name, Collectors.joining(", "))))
                .entrySet().stream().map(e -> e.getKey().prefix() + ": " + e.getValue())
                .collect(Collectors.joining("; "));
    }
}
