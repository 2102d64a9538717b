package org.initlab.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.initlab.settings.ConfigException;
import org.initlab.settings.Problems;

/**
 * The names runs are known by: {@code <initializer name="he">kaiming_normal(nonlinearity=relu)</initializer>}
 * names its runs {@code he}; an initializer without a name is named by its spec. A name follows the
 * rules of experiment ids, since it too is written into claims, tables and {@code compare.json}.
 */
final class RunNames {
    private RunNames() {
    }

    /** The name as given (stripped), null when none was given; a blank or malformed one is an error naming {@code field}. */
    static String name(String field, String given) {
        if (given == null) {
            return null;
        }
        String name = given.strip();
        if (!ExperimentSpec.ID.matcher(name).matches()) {
            throw new ConfigException(field + " name: expected lower-case letters, digits and '-' ([a-z0-9-]+), as an"
                    + " experiment id, got '" + given + "'");
        }
        if (name.length() > ExperimentSpec.MAX_ID_LENGTH) {
            throw new ConfigException(field + " name: expected at most " + ExperimentSpec.MAX_ID_LENGTH
                    + " characters, got " + name.length());
        }
        return name;
    }

    /**
     * Every run must be selected by one word only: a claim's {@code init=} takes a name or a spec, so a
     * name may be neither another initializer's name nor another one's spec.
     */
    static void checkDistinct(String at, List<ExperimentSpec.Labeled> initializers, Problems problems) {
        Map<String, Integer> owner = new HashMap<>();
        for (int i = 0; i < initializers.size(); i++) {
            owner.put(compact(initializers.get(i).label()), i);
        }
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < initializers.size(); i++) {
            ExperimentSpec.Labeled init = initializers.get(i);
            if (!init.named()) {
                continue;
            }
            Integer spec = owner.get(init.name());
            Integer first = names.putIfAbsent(init.name(), i);
            String field = at + " <initializers>[" + (i + 1) + "] name";
            if (first != null) {
                problems.add(field + ": '" + init.name() + "' is already the name of <initializers>[" + (first + 1)
                        + "]; expected a name of its own for each initializer");
            } else if (spec != null && spec != i) {
                problems.add(field + ": '" + init.name() + "' is the spec of <initializers>[" + (spec + 1)
                        + "], so init=" + init.name() + " would select two runs; expected another name");
            }
        }
    }

    static String compact(String spec) {
        return spec.replaceAll("\\s+", "");
    }
}
