package org.initlab.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecution;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluationException;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluator;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The {@code name} attributes of {@code <initializer name="he">…</initializer>}. Maven's configurator
 * (Sisu's plexus converters, Maven 3.8 and 3.9) fills a {@code List<String>} from each element's text
 * and drops its attributes, so they are read from the execution's merged configuration instead: the
 * n-th child of {@code <experiments>} is the n-th {@link Experiment}, in the same order Maven filled
 * the list in. A {@code ${…}} in a name is evaluated as Maven evaluates the element's text.
 */
final class InitializerNames {
    private InitializerNames() {
    }

    /** Per experiment, per initializer, its name or null; empty without a configuration (a report run by {@code mvn site}). */
    static List<List<String>> of(MojoExecution execution, ExpressionEvaluator evaluator) {
        List<List<String>> names = new ArrayList<>();
        Xpp3Dom configuration = execution == null ? null : execution.getConfiguration();
        Xpp3Dom experiments = configuration == null ? null : configuration.getChild("experiments");
        if (experiments == null) {
            return names;
        }
        for (Xpp3Dom experiment : experiments.getChildren()) {
            List<String> own = new ArrayList<>();
            Xpp3Dom initializers = experiment.getChild("initializers");
            if (initializers != null) {
                for (Xpp3Dom initializer : initializers.getChildren()) {
                    own.add(evaluate(initializer.getAttribute("name"), evaluator));
                }
            }
            names.add(own);
        }
        return names;
    }

    private static String evaluate(String name, ExpressionEvaluator evaluator) {
        if (name == null || evaluator == null || !name.contains("${")) {
            return name;
        }
        try {
            Object value = evaluator.evaluate(name);
            return value == null ? name : value.toString();
        } catch (ExpressionEvaluationException e) {
            return name; // the plan names the setting and shows what was written
        }
    }
}
