package org.initlab.compare;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One figure that moved beyond its threshold. Values are kept as the JSON the reports hold, so
 * {@code compare.json} shows exactly what each side wrote (integers stay integers, a non-finite
 * value stays {@code "NaN"}).
 *
 * @param initializer the run's spec (the current one when the run is in both reports); null for experiment-level figures (claims)
 * @param name        the run's name when its {@code <initializer>} has one (it differs from the spec), else null and not written
 * @param activation  null for experiment-level figures (claims)
 * @param seed        the run's seed when the experiment ran several (on either side), else null and not written
 * @param layer       the layer's {@code index}, or null for run- and experiment-level figures
 * @param metric      {@code <stats>.<figure>} for layer statistics ({@code post.std},
 *                    {@code weights.histogram}), {@code training.<figure>}, {@code claim.passed},
 *                    {@code run.present}, {@code layer.present} or {@code run.initializer} (a named run whose
 *                    spec changed; baseline and current are the two specs)
 * @param baseline    the baseline's value (null when absent)
 * @param current     the current value (null when absent)
 * @param delta       {@code current − baseline} for numbers, the total variation distance for
 *                    histograms, null where no difference can be expressed as a number
 * @param claim       the claim's text for {@code claim.passed}, otherwise null and not written
 * @param baselineInterval in a statistical comparison, the baseline's {@code {low, high}} that the current
 *                    median left ({@code baseline} and {@code current} are then the medians); otherwise null
 *                    and not written
 */
public record Change(String experiment, String initializer, @JsonInclude(JsonInclude.Include.NON_NULL) String name,
                     String activation, @JsonInclude(JsonInclude.Include.NON_NULL) Long seed, Integer layer, String metric,
                     JsonNode baseline, JsonNode current, JsonNode delta,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String claim,
                     @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode baselineInterval) {

    /** A change of the exact comparison. */
    public Change(String experiment, String initializer, String name, String activation, Long seed, Integer layer,
                  String metric, JsonNode baseline, JsonNode current, JsonNode delta, String claim) {
        this(experiment, initializer, name, activation, seed, layer, metric, baseline, current, delta, claim, null);
    }

    /** This change, with the baseline interval the current median left. */
    Change withBaselineInterval(JsonNode interval) {
        return new Change(experiment, initializer, name, activation, seed, layer, metric, baseline, current, delta, claim,
                interval);
    }

    /** A change of a run named by its spec, or of an experiment-level figure. */
    public Change(String experiment, String initializer, String activation, Long seed, Integer layer, String metric,
                  JsonNode baseline, JsonNode current, JsonNode delta, String claim) {
        this(experiment, initializer, null, activation, seed, layer, metric, baseline, current, delta, claim);
    }

    /** A change of a single-seed experiment, or of an experiment-level figure. */
    public Change(String experiment, String initializer, String activation, Integer layer, String metric,
                  JsonNode baseline, JsonNode current, JsonNode delta, String claim) {
        this(experiment, initializer, null, activation, null, layer, metric, baseline, current, delta, claim);
    }

    /** One line for a build log: where, what, before → after. */
    public String describe() {
        StringBuilder s = new StringBuilder(experiment);
        if (initializer != null || activation != null) {
            s.append(' ').append(run());
        }
        if (seed != null) {
            s.append(" seed ").append(seed);
        }
        if (layer != null) {
            s.append(" layer ").append(layer);
        }
        if (claim != null) {
            s.append(" claim \"").append(claim).append('"');
        }
        s.append(' ').append(metric).append(": ");
        if (metric.endsWith(".histogram")) {
            s.append(delta == null || delta.isNull() ? "bins changed" : "total variation distance " + delta);
        } else {
            s.append(text(baseline)).append(" → ").append(text(current));
            if (delta != null && !delta.isNull()) {
                s.append(" (Δ ").append(text(delta)).append(')');
            }
            if (baselineInterval != null) {
                s.append(", median outside the baseline's [").append(text(baselineInterval.get("low"))).append(", ")
                        .append(text(baselineInterval.get("high"))).append(']');
            }
        }
        return s.toString();
    }

    /** "he (keras:he_normal) + relu", or "xavier_normal + tanh" for a run named by its spec; null for experiment-level figures. */
    public String run() {
        if (initializer == null && activation == null) {
            return null;
        }
        return (name == null ? initializer : name + " (" + initializer + ")") + " + " + activation;
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "absent";
        }
        if (value.isArray()) {
            return value.size() + " points";
        }
        return value.isTextual() ? value.textValue() : value.toString();
    }
}
