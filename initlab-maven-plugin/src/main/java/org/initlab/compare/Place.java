package org.initlab.compare;

import com.fasterxml.jackson.databind.JsonNode;

/** Where a figure lives: experiment, run (initializer × activation) and layer; the last ones null above them. */
record Place(String experiment, String initializer, String activation, Integer layer) {

    static Place experiment(String id) {
        return new Place(id, null, null, null);
    }

    Place run(String initializer, String activation) {
        return new Place(experiment, initializer, activation, null);
    }

    Place layer(int index) {
        return new Place(experiment, initializer, activation, index);
    }

    Change change(String metric, JsonNode baseline, JsonNode current, JsonNode delta) {
        return new Change(experiment, initializer, activation, layer, metric, baseline, current, delta, null);
    }
}
