package org.initlab.compare;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where a figure lives: experiment, run (name × activation × seed, with the run's spec) and layer;
 * the last ones null above them. The name is null for a run named by its spec. The seed is null for
 * an experiment of one seed on both sides, whose runs it does not tell apart.
 */
record Place(String experiment, String initializer, String name, String activation, Long seed, Integer layer) {

    static Place experiment(String id) {
        return new Place(id, null, null, null, null, null);
    }

    Place run(String initializer, String activation, Long seed) {
        return run(initializer, null, activation, seed);
    }

    Place run(String initializer, String name, String activation, Long seed) {
        return new Place(experiment, initializer, name, activation, seed, null);
    }

    Place layer(int index) {
        return new Place(experiment, initializer, name, activation, seed, index);
    }

    Change change(String metric, JsonNode baseline, JsonNode current, JsonNode delta) {
        return new Change(experiment, initializer, name, activation, seed, layer, metric, baseline, current, delta, null);
    }
}
