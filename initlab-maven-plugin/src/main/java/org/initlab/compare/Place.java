package org.initlab.compare;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where a figure lives: experiment, run (initializer × activation × seed) and layer; the last ones
 * null above them. The seed is null for an experiment of one seed on both sides, whose runs it
 * does not tell apart.
 */
record Place(String experiment, String initializer, String activation, Long seed, Integer layer) {

    static Place experiment(String id) {
        return new Place(id, null, null, null, null);
    }

    Place run(String initializer, String activation, Long seed) {
        return new Place(experiment, initializer, activation, seed, null);
    }

    Place layer(int index) {
        return new Place(experiment, initializer, activation, seed, index);
    }

    Change change(String metric, JsonNode baseline, JsonNode current, JsonNode delta) {
        return new Change(experiment, initializer, activation, seed, layer, metric, baseline, current, delta, null);
    }
}
