package org.initlab.config;

import org.initlab.settings.ConfigException;
import org.initlab.settings.Limits;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The settings only sweep experiments have: the grid of networks and the number read from each.
 * Every network of the grid is {@code depth} layers of {@code width} units; the input width is
 * the data set's column count.
 *
 * @param depths    numbers of layers, in the order written (the heatmap's columns)
 * @param widths    hidden widths; one value unless {@code <widths>} gives a width axis
 * @param statistic what is recorded for each network
 */
public record SweepSpec(int[] depths, int[] widths, SweepStatistic statistic) {

    static final List<String> SETTINGS = List.of("depths", "width", "widths", "statistic");

    /** Largest depth and width accepted: a guard against a typo that would run for hours. */
    static final int MAX_DEPTH = 1000;
    static final int MAX_WIDTH = 100_000;

    public SweepSpec {
        depths = depths.clone();
        widths = widths.clone();
    }

    /** Whether the grid has a width axis (then the page draws one heatmap per initializer × activation). */
    public boolean widthAxis() {
        return widths.length > 1;
    }

    public int maxDepth() {
        int max = 0;
        for (int d : depths) {
            max = Math.max(max, d);
        }
        return max;
    }

    static SweepSpec of(String at, ExperimentDefinition d) {
        int[] depths = positiveList(at + " <depths>", ExperimentSpec.required(at + " <depths>", d.get("depths")),
                "depth", MAX_DEPTH);
        String width = d.get("width");
        String widths = d.get("widths");
        if (width != null && widths != null) {
            throw new ConfigException(at + ": give either <width> (one hidden width) or <widths> (a width axis), not both");
        }
        if (width == null && widths == null) {
            throw new ConfigException(at + " <width>: is required but missing (or give <widths> for a width axis)");
        }
        int[] w = widths != null ? positiveList(at + " <widths>", widths, "width", MAX_WIDTH)
                : new int[] {positive(at + " <width>", width, "width", MAX_WIDTH)};
        SweepStatistic statistic = SweepStatistic.parse(at + " <statistic>",
                ExperimentSpec.orDefault(d.get("statistic"), SweepStatistic.POST_STD_LAST.text()));
        Limits.sweep(at + " <depths>", java.util.Arrays.stream(depths).max().getAsInt(), w, statistic.needsBackwardPass());
        return new SweepSpec(depths, w, statistic);
    }

    private static int[] positiveList(String field, String value, String what, int max) {
        List<String> parts = new ArrayList<>();
        for (String p : value.split(",")) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        if (parts.isEmpty()) {
            throw new ConfigException(field + ": expected a comma list of positive integers, got '" + value + "'");
        }
        int[] numbers = new int[parts.size()];
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = positive(field, parts.get(i), what, max);
            if (!seen.add(numbers[i])) {
                throw new ConfigException(field + ": " + what + " " + numbers[i] + " is listed twice");
            }
        }
        return numbers;
    }

    private static int positive(String field, String text, String what, int max) {
        long n;
        try {
            n = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new ConfigException(field + ": each " + what + " must be a positive integer, got '" + text.strip() + "'");
        }
        if (n <= 0 || n > max) {
            throw new ConfigException(field + ": each " + what + " must be a positive integer up to " + max + ", got " + n);
        }
        return (int) n;
    }
}
