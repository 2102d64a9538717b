package org.initlab.config;

import java.util.List;
import java.util.Optional;

/** Which values an experiment page charts per layer; the configured {@code range} belongs to them. */
public enum Plot {
    /** After the activation. */
    POST("post"),
    /** The linear outputs, before the activation. */
    PRE("pre"),
    /** ∂loss/∂W (gradients experiments only). */
    GRADIENT("gradient");

    private final String text;

    Plot(String text) {
        this.text = text;
    }

    /** The word written in the POM, also the statistic's key in results.json and the pages' scripts. */
    public String text() {
        return text;
    }

    /** The plots an experiment of {@code type} can chart, its default first. */
    public static List<Plot> of(ExperimentType type) {
        return type == ExperimentType.GRADIENTS ? List.of(GRADIENT, POST, PRE) : List.of(POST, PRE);
    }

    static Optional<Plot> named(String text, List<Plot> allowed) {
        return allowed.stream().filter(p -> p.text.equals(text)).findFirst();
    }

    static List<String> names(List<Plot> plots) {
        return plots.stream().map(Plot::text).toList();
    }
}
