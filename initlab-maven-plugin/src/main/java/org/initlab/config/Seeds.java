package org.initlab.config;

import org.initlab.settings.ConfigException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The seeds an experiment runs: {@code <seed>} (one) or {@code <seeds>} (a comma list such as
 * {@code 0,3,7}, or an inclusive range such as {@code 0..9}). Every seed is a run of its own, exactly
 * as the single-seed experiment with that seed, so each one stays reproducible in numpy.
 */
public final class Seeds {
    /** Most seeds one experiment runs: each multiplies its runs, and a typo such as {@code 0..99999} should fail, not run for days. */
    public static final int MAX_SEEDS = 1000;
    /** numpy's {@code np.random.seed} takes 32-bit unsigned integers. */
    static final long MAX_SEED = 0xffffffffL;

    private Seeds() {
    }

    /**
     * The seeds of an experiment, from its {@code <seed>} and {@code <seeds>} text (either may be
     * null); neither given means seed 0.
     *
     * @param at names the experiment in errors, e.g. {@code experiment 'x'}
     */
    static List<Long> of(String at, String seed, String seeds) {
        if (seed != null && seeds != null) {
            throw new ConfigException(at + ": <seed> and <seeds> are both given; use <seed> for one seed or <seeds>"
                    + " for several (e.g. <seeds>0..9</seeds>), not both");
        }
        if (seeds != null) {
            return parse(at + " <seeds>", seeds);
        }
        return List.of(one(at + " <seed>", seed == null ? "0" : seed));
    }

    /** A comma list or an inclusive range {@code low..high}: every seed valid, none twice, at most {@link #MAX_SEEDS}. */
    static List<Long> parse(String field, String text) {
        String t = text.strip();
        int dots = t.indexOf("..");
        if (dots >= 0) {
            return range(field, t, t.substring(0, dots), t.substring(dots + 2));
        }
        List<Long> seeds = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (String part : t.split(",", -1)) {
            if (part.isBlank()) {
                throw new ConfigException(field + ": expected a comma list of seeds such as 0,3,7 or a range such as"
                        + " 0..9, got '" + text + "' (an empty entry)");
            }
            long s = one(field, part);
            if (!seen.add(s)) {
                throw new ConfigException(field + ": seed " + s + " is listed twice in '" + text + "'; list each seed once");
            }
            seeds.add(s);
        }
        count(field, text, seeds.size());
        return List.copyOf(seeds);
    }

    private static List<Long> range(String field, String text, String lowText, String highText) {
        if (lowText.isBlank() || highText.isBlank()) {
            throw new ConfigException(field + ": expected a range low..high such as 0..9, got '" + text + "'");
        }
        long low = one(field, lowText);
        long high = one(field, highText);
        if (low > high) {
            throw new ConfigException(field + ": expected a range low..high with low ≤ high, got '" + text + "'");
        }
        count(field, text, high - low + 1);
        List<Long> seeds = new ArrayList<>();
        for (long s = low; s <= high; s++) {
            seeds.add(s);
        }
        return List.copyOf(seeds);
    }

    private static void count(String field, String text, long n) {
        if (n > MAX_SEEDS) {
            throw new ConfigException(field + ": expected at most " + MAX_SEEDS + " seeds (each is a run of every"
                    + " initializer × activation), got " + n + " from '" + text + "'");
        }
    }

    private static long one(String field, String text) {
        long seed;
        try {
            seed = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new ConfigException(field + ": expected an integer between 0 and " + MAX_SEED + ", got '" + text.strip() + "'");
        }
        if (seed < 0 || seed > MAX_SEED) {
            throw new ConfigException(field + ": expected an integer between 0 and " + MAX_SEED + ", got " + seed);
        }
        return seed;
    }
}
