package org.initlab.maven;

import java.util.List;
import org.initlab.config.ExperimentDefinition;

/**
 * One {@code <experiment>} element of the POM, filled in by Maven. Every field is text so that
 * initlab, not Maven's converter, reports a bad value with the setting's name.
 */
public class Experiment {
    private String id;
    private String title;
    private String type;
    private String dataset;
    private String layers;
    private String activation;
    private List<String> initializers;
    private String seed;
    private String rng;
    private String reseed;
    private String layout;
    private String dtype;
    private String bias;
    private String bins;
    private String range;
    private String explanation;

    ExperimentDefinition toDefinition() {
        return new ExperimentDefinition(id, title, type, dataset, layers, activation, initializers, seed, rng,
                reseed, layout, dtype, bias, bins, range, explanation);
    }
}
