package org.initlab.config;

import java.util.List;

/**
 * One {@code <experiment>} exactly as written in the POM (or in a built-in suite): text only,
 * unchecked. {@link ExperimentSpec#of} validates it. Null means "not given".
 */
public record ExperimentDefinition(String id, String title, String type, String dataset, String layers,
                                   String activation, List<String> initializers, String seed, String rng,
                                   String reseed, String layout, String dtype, String bias, String bins,
                                   String range, String explanation) {

    public ExperimentDefinition {
        initializers = initializers == null ? List.of() : List.copyOf(initializers);
    }
}
