package org.initlab.claims;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The metrics of one seed, with a view of every seed's: what an {@link Expr.Aggregate} reads its
 * per-seed values from. A plain {@code ToDoubleFunction<Metric>} is one seed, so an aggregate of it
 * is that seed's value.
 */
interface EverySeed extends ToDoubleFunction<Metric> {

    /** One reader per seed, in the experiment's seed order. */
    List<? extends ToDoubleFunction<Metric>> seeds();
}
