package org.initlab.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One initializer × one activation.
 *
 * @param millis wall time of the run; with {@code generated}, the only value that differs between
 *               two builds of the same commit
 * @param training what training did (training experiments), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunResult(String initializer, String activation, long millis, List<LayerResult> layers,
                        TrainingSummary training) {

    public RunResult {
        layers = List.copyOf(layers);
    }
}
