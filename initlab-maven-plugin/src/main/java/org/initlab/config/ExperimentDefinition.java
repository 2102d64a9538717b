package org.initlab.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code <experiment>} exactly as written in the POM (or in a built-in suite): text only,
 * unchecked. {@link ExperimentSpec#of} validates it.
 *
 * @param settings     element name → text, e.g. {@code layers → "100,100"}; absent means "not given"
 * @param initializers the {@code <initializer>} specs, in order
 * @param claims       the {@code <claim>}s, in order
 * @param names        the {@code name} attribute of each {@code <initializer>}, by position; null (or absent
 *                     at the end) where none was given, so the run is named by its spec
 */
public record ExperimentDefinition(String id, Map<String, String> settings, List<String> initializers,
                                   List<ClaimDefinition> claims, List<String> names) {

    /**
     * A statement to check against the experiment's results; see the README's claim language.
     *
     * @param id                 what explanations cite it by ({@code [claim:id]}); null until {@link ClaimIds} assigns the default
     * @param unreadableExpected the {@code <expected>} text when it is neither true nor false (an error of the plan), else null
     * @param minFraction        of the seeds, how many the claim must hold in ({@code expected=false}: fail in) to pass;
     *                           1 (every seed) unless given; {@link ClaimIds} checks it lies in [0, 1]
     * @param unreadableMinFraction the {@code <minFraction>} text when it is not a number (an error of the plan), else null
     */
    public record ClaimDefinition(String id, String text, String check, boolean expected, String unreadableExpected,
                                  double minFraction, String unreadableMinFraction) {
        /** Holds in every seed. */
        public static final double ALL_SEEDS = 1.0;

        public ClaimDefinition(String id, String text, String check, boolean expected, String unreadableExpected) {
            this(id, text, check, expected, unreadableExpected, ALL_SEEDS, null);
        }

        public ClaimDefinition(String id, String text, String check, boolean expected) {
            this(id, text, check, expected, null);
        }

        /** A claim without an id of its own: it is numbered by position ({@code c1}, {@code c2}, …). */
        public ClaimDefinition(String text, String check, boolean expected) {
            this(null, text, check, expected, null);
        }

        /** A claim as written in the POM: {@code expected} is text, null meaning the default (true). */
        public static ClaimDefinition written(String id, String text, String check, String expected) {
            return written(id, text, check, expected, null);
        }

        /** As {@link #written(String, String, String, String)}, with {@code <minFraction>} as text, null meaning 1. */
        public static ClaimDefinition written(String id, String text, String check, String expected, String minFraction) {
            String e = expected == null ? "true" : expected.strip().toLowerCase(java.util.Locale.ROOT);
            boolean readable = e.equals("true") || e.equals("false");
            double fraction = ALL_SEEDS;
            String unreadableFraction = null;
            if (minFraction != null && !minFraction.isBlank()) {
                try {
                    fraction = Double.parseDouble(minFraction.strip());
                } catch (NumberFormatException notANumber) {
                    unreadableFraction = minFraction.strip();
                }
            }
            return new ClaimDefinition(id, text, check, !e.equals("false"), readable ? null : expected, fraction,
                    unreadableFraction);
        }

        /** A copy that must hold in at least {@code fraction} of the seeds. */
        public ClaimDefinition withMinFraction(double fraction) {
            return new ClaimDefinition(id, text, check, expected, unreadableExpected, fraction, unreadableMinFraction);
        }
    }

    public ExperimentDefinition {
        Map<String, String> kept = new LinkedHashMap<>();
        settings.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                kept.put(k, v.strip());
            }
        });
        settings = Collections.unmodifiableMap(kept);
        // Maven gives a blank <initializer> as null: keep it as "" so it fails as a named, empty spec.
        initializers = initializers == null ? List.of() : initializers.stream().map(i -> i == null ? "" : i).toList();
        claims = claims == null ? List.of() : List.copyOf(claims);
        // a name is kept as written (blank included) so the plan can say what is wrong with it
        // all unnamed is no names, so a definition equals itself however its names were read
        names = names == null || names.stream().allMatch(java.util.Objects::isNull) ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(names));
    }

    /** A definition whose initializers are all named by their specs. */
    public ExperimentDefinition(String id, Map<String, String> settings, List<String> initializers,
                                List<ClaimDefinition> claims) {
        this(id, settings, initializers, claims, null);
    }

    /** The name given to the {@code index}-th initializer (0-based), or null when it has none. */
    public String name(int index) {
        return index < names.size() ? names.get(index) : null;
    }

    /**
     * The initializers as the caches key on them: the specs, each named one written {@code name = spec},
     * so renaming a run recomputes it (its results carry the name) while unnamed ones key as before.
     */
    public List<String> keyedInitializers() {
        List<String> keyed = new ArrayList<>(initializers);
        for (int i = 0; i < keyed.size(); i++) {
            if (name(i) != null) {
                keyed.set(i, name(i) + " = " + keyed.get(i));
            }
        }
        return keyed;
    }

    /** A copy whose initializers carry {@code names} (by position, null for none). */
    public ExperimentDefinition withNames(List<String> names) {
        return new ExperimentDefinition(id, settings, initializers, claims, names);
    }

    public static ExperimentDefinition of(String id) {
        return new ExperimentDefinition(id, Map.of(), List.of(), List.of());
    }

    /** A copy with {@code key} set (a null or blank value removes it). */
    public ExperimentDefinition with(String key, String value) {
        Map<String, String> s = new LinkedHashMap<>(settings);
        s.put(key, value);
        return new ExperimentDefinition(id, s, initializers, claims, names);
    }

    public ExperimentDefinition withInitializers(String... specs) {
        return new ExperimentDefinition(id, settings, List.of(specs), claims, names);
    }

    public ExperimentDefinition withInitializers(List<String> specs) {
        return new ExperimentDefinition(id, settings, specs, claims, names);
    }

    /** A copy with one more claim, numbered by its position. */
    public ExperimentDefinition claim(String text, String check, boolean expected) {
        return claim(null, text, check, expected);
    }

    /** A copy with one more claim that explanations cite as {@code [claim:<claimId>]}. */
    public ExperimentDefinition claim(String claimId, String text, String check, boolean expected) {
        List<ClaimDefinition> c = new ArrayList<>(claims);
        c.add(new ClaimDefinition(claimId, text, check, expected));
        return new ExperimentDefinition(id, settings, initializers, c, names);
    }

    /** As {@link #claim(String, String, String, boolean)}, holding in at least {@code minFraction} of the seeds. */
    public ExperimentDefinition claim(String claimId, String text, String check, boolean expected, double minFraction) {
        List<ClaimDefinition> c = new ArrayList<>(claims);
        c.add(new ClaimDefinition(claimId, text, check, expected).withMinFraction(minFraction));
        return new ExperimentDefinition(id, settings, initializers, c, names);
    }

    public String get(String key) {
        return settings.get(key);
    }
}
