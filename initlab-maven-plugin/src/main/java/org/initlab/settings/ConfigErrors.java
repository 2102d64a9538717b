package org.initlab.settings;

import java.util.List;

/** Several configuration errors reported at once, one line each, so one build shows them all. */
public final class ConfigErrors extends ConfigException {
    private final List<String> problems;

    public ConfigErrors(List<String> problems) {
        super(problems.size() + " problems:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
