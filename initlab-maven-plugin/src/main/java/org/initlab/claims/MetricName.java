package org.initlab.claims;

import java.util.ArrayList;
import java.util.List;
import org.initlab.settings.Names;

/**
 * What a metric measures, resolved from its written name: {@code post.std} is the
 * {@link Measure#LAYER_STATISTIC layer statistic} {@link Statistic#POST post}, field
 * {@link StatField#STD std}; {@code cost} is {@link Measure#COST}. Resolved while parsing, so a
 * misspelt metric fails the build before any experiment runs.
 *
 * @param statistic null unless {@code measure} is {@link Measure#LAYER_STATISTIC}
 * @param field     null unless {@code measure} is {@link Measure#LAYER_STATISTIC}
 */
public record MetricName(Measure measure, Statistic statistic, StatField field) {

    public MetricName {
        if ((measure == Measure.LAYER_STATISTIC) != (statistic != null && field != null)) {
            throw new IllegalArgumentException("a layer statistic needs a statistic and a field, other metrics neither");
        }
    }

    /** As written in a claim: {@code post.std}, {@code cost}. */
    public String text() {
        return measure == Measure.LAYER_STATISTIC ? statistic.word() + "." + field.word() : measure.word();
    }

    /**
     * @param name  the identifier before the dot (or the whole name)
     * @param field the identifier after the dot, or null when there is no dot
     */
    static MetricName resolve(Token name, Token field, Lexer lexer) {
        if (field == null) {
            Measure measure = Measure.named(name.text());
            if (measure != null) {
                return new MetricName(measure, null, null);
            }
            if (Statistic.named(name.text()) != null) {
                throw lexer.error(name.column(), "'" + name.text() + "' needs a field: " + name.text()
                        + ".<field> with <field> one of " + String.join(", ", StatField.words()));
            }
            throw lexer.error(name.column(), "unknown metric '" + name.text() + "'"
                    + Names.suggestion(name.text(), everyName()) + "; valid metrics: <stat>.<field>, "
                    + String.join(", ", Measure.plainWords()) + "; functions: abs, log10; over seeds: "
                    + String.join(", ", Aggregation.words()));
        }
        Measure dotted = Measure.named(name.text() + "." + field.text());
        if (dotted != null) {
            return new MetricName(dotted, null, null);
        }
        Statistic statistic = Statistic.named(name.text());
        if (statistic == null) {
            throw lexer.error(name.column(), "unknown statistic '" + name.text() + "'"
                    + Names.suggestion(name.text(), Statistic.words()) + "; valid statistics: "
                    + String.join(", ", Statistic.words()));
        }
        StatField f = StatField.named(field.text());
        if (f == null) {
            throw lexer.error(field.column(), "unknown field '" + field.text() + "' of '" + name.text() + "'"
                    + Names.suggestion(field.text(), StatField.words()) + "; valid fields: "
                    + String.join(", ", StatField.words()));
        }
        return new MetricName(Measure.LAYER_STATISTIC, statistic, f);
    }

    /** Every name a claim can call, so "did you mean" finds {@code post.std} for {@code post_std}. */
    private static List<String> everyName() {
        List<String> names = new ArrayList<>(Measure.plainWords());
        for (Statistic s : Statistic.values()) {
            for (StatField f : StatField.values()) {
                names.add(s.word() + "." + f.word());
            }
        }
        names.add("abs");
        names.add("log10");
        names.addAll(Aggregation.words());
        return names;
    }
}
