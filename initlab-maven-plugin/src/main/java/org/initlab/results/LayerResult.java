package org.initlab.results;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What one layer of one run looked like. Statistics that the experiment type does not compute are null. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LayerResult(int index, int fanIn, int fanOut, Stats weights, Stats pre, Stats post, Stats gradient) {
}
