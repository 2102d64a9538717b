package org.initlab.maven;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private List<Claim> claims;
    private String seed;
    /** Several seeds, {@code 0,3,7} or {@code 0..9}; each runs as the experiment with that {@code <seed>} would. */
    private String seeds;
    private String rng;
    private String reseed;
    private String layout;
    private String dtype;
    private String bias;
    private String bins;
    private String range;
    private String plot;
    private String explanation;
    // training
    private String testDataset;
    private String outputActivation;
    private String loss;
    private String optimizer;
    private String learningRate;
    private String iterations;
    private String epochs;
    private String batchSize;
    private String recordEvery;
    // sweep
    private String depths;
    private String width;
    private String widths;
    private String statistic;

    ExperimentDefinition toDefinition() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("title", title);
        s.put("type", type);
        s.put("dataset", dataset);
        s.put("layers", layers);
        s.put("activation", activation);
        s.put("seed", seed);
        s.put("seeds", seeds);
        s.put("rng", rng);
        s.put("reseed", reseed);
        s.put("layout", layout);
        s.put("dtype", dtype);
        s.put("bias", bias);
        s.put("bins", bins);
        s.put("range", range);
        s.put("plot", plot);
        s.put("explanation", explanation);
        s.put("testDataset", testDataset);
        s.put("outputActivation", outputActivation);
        s.put("loss", loss);
        s.put("optimizer", optimizer);
        s.put("learningRate", learningRate);
        s.put("iterations", iterations);
        s.put("epochs", epochs);
        s.put("batchSize", batchSize);
        s.put("recordEvery", recordEvery);
        s.put("depths", depths);
        s.put("width", width);
        s.put("widths", widths);
        s.put("statistic", statistic);
        List<ExperimentDefinition.ClaimDefinition> checks = new ArrayList<>();
        if (claims != null) {
            claims.forEach(c -> checks.add(c.toDefinition()));
        }
        return new ExperimentDefinition(id, s, initializers, checks);
    }
}
