package org.initlab.config;

import java.util.List;

/**
 * The built-in suites. {@code classic} reproduces the tutorials summarised in the README; its
 * experiments are written exactly as a user would write them in a POM.
 */
public final class Suites {
    public static final List<String> NAMES = List.of("classic", "none");

    private Suites() {
    }

    public static List<ExperimentDefinition> named(String name) {
        return switch (name) {
            case "classic" -> classic();
            case "none" -> List.of();
            default -> throw new ConfigException("suite: unknown suite '" + name + "'" + Names.suggestion(name, NAMES)
                    + "; valid: " + String.join(", ", NAMES));
        };
    }

    /** T2: five layers of 100 units on 1000 standard-normal samples, no bias, x·W. */
    private static List<ExperimentDefinition> classic() {
        List<String> t2 = List.of("normal(std=1)", "normal(std=0.01)", "xavier_normal", "kaiming_normal(nonlinearity=relu)");
        return List.of(
                t2("t2-sigmoid", "Sigmoid through five layers", "sigmoid", t2, "0,1"),
                t2("t2-tanh", "Tanh through five layers", "tanh", t2, "-1,1"),
                t2("t2-relu", "ReLU through five layers", "relu", t2, "0,1"));
    }

    private static ExperimentDefinition t2(String id, String title, String activation, List<String> inits, String range) {
        return new ExperimentDefinition(id, title, "activations", "gaussian(rows=1000, cols=100, seed=0)",
                "100,100,100,100,100", activation, inits, "1", "numpy", "once", "in-out", "float64", "none",
                "30", range, null);
    }
}
