package org.initlab.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One initializer × activation of an experiment of several seeds: every figure its runs share, over
 * the seeds ({@link SeedSummary}). Figures the experiment type does not measure are null (absent).
 *
 * @param seeds         the seeds, in the order of every {@link SeedSummary#values()}
 * @param layers        per layer, its statistics over the seeds
 * @param sweep         per grid cell (a sweep's order), the statistic over the seeds
 * @param costs         per recorded cost point (training), the cost over the seeds
 * @param finalCost     the last recorded cost, with its bootstrap interval
 * @param trainAccuracy with its bootstrap interval; null for a regression
 * @param testAccuracy  with its bootstrap interval; null without a test set, or for a regression
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupSummary(String initializer, String activation, List<Long> seeds, List<LayerSummary> layers,
                           List<CellSummary> sweep, List<CostSummary> costs, SeedSummary finalCost,
                           SeedSummary trainAccuracy, SeedSummary testAccuracy) {

    public GroupSummary {
        seeds = List.copyOf(seeds);
        layers = List.copyOf(layers);
        sweep = sweep == null ? null : List.copyOf(sweep);
        costs = costs == null ? null : List.copyOf(costs);
    }

    /** One layer's statistics over the seeds; those the experiment type does not compute are null. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LayerSummary(int index, StatsSummary weights, StatsSummary pre, StatsSummary post,
                               StatsSummary gradient, StatsSummary activationGradient, SeedSummary postUnitStd) {
    }

    /**
     * One {@link Stats} over the seeds.
     *
     * @param norm the Frobenius norm √(n·(σ² + μ²)) the gradients page shows; only for gradients, else null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StatsSummary(SeedSummary mean, SeedSummary std, SeedSummary norm) {
    }

    /** One grid cell of a sweep over the seeds. */
    public record CellSummary(int depth, int width, SeedSummary value) {
    }

    /** One recorded cost point over the seeds. */
    public record CostSummary(long iteration, SeedSummary cost) {
    }
}
