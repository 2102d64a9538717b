package org.initlab.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The configuration errors found so far. Validation goes on past the first error so that one build
 * reports every one of them: each step runs through {@link #get} or {@link #check}, which record a
 * {@link ConfigException} and let the next setting be checked; {@link #throwIfAny} ends the plan.
 */
public final class Problems {
    private final List<String> messages = new ArrayList<>();

    /** The value {@code parse} yields, or null when it fails (the failure is recorded). */
    public <T> T get(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (ConfigException e) {
            add(e);
            return null;
        }
    }

    /** Runs a check that returns nothing; a failure is recorded. */
    public void check(Runnable check) {
        try {
            check.run();
        } catch (ConfigException e) {
            add(e);
        }
    }

    public void add(ConfigException e) {
        if (e instanceof ConfigErrors many) {
            many.problems().forEach(this::add);
        } else {
            add(e.getMessage());
        }
    }

    public void add(String message) {
        if (!messages.contains(message)) { // two checks may reach the same file: name it once
            messages.add(message);
        }
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public int size() {
        return messages.size();
    }

    /** Fails with every problem recorded: one alone keeps its own message, several are listed one per line. */
    public void throwIfAny() {
        if (messages.size() == 1) {
            throw new ConfigException(messages.get(0));
        }
        if (!messages.isEmpty()) {
            throw new ConfigErrors(messages);
        }
    }
}
