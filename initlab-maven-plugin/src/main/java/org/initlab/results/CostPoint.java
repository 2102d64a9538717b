package org.initlab.results;

import com.fasterxml.jackson.annotation.JsonFormat;

/** One recorded cost, written as the pair {@code [iteration, cost]} the contract shows. */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
public record CostPoint(long iteration, double cost) {
}
