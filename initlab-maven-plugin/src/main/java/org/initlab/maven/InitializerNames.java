package org.initlab.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecution;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluationException;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluator;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.initlab.settings.ConfigException;
import org.initlab.settings.Names;
import org.initlab.settings.Problems;

/**
 * The {@code name} attributes of {@code <initializer name="he">…</initializer>}. Maven's configurator
 * (Sisu's plexus converters, Maven 3.8 and 3.9) fills a {@code List<String>} from each element's text
 * and drops its attributes, so they are read from the execution's merged configuration instead: the
 * n-th child of {@code <experiments>} is the n-th {@link Experiment}, in the same order Maven filled
 * the list in. A {@code ${…}} in a name is evaluated as Maven evaluates the element's text.
 * Since Maven ignores attributes there, a misspelt one ({@code nmae="he"}) would be lost without a
 * word: any attribute but {@code name} and Maven's own merge attributes is an error.
 */
final class InitializerNames {
    /** What an {@code <initializer>} may carry: its name, and the attributes Maven's POM merging reads itself. */
    private static final List<String> ATTRIBUTES = List.of("name");
    private static final Set<String> MAVEN_ATTRIBUTES = Set.of("combine.children", "combine.self", "combine.keys", "implementation");

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
        Problems problems = new Problems();
        Xpp3Dom[] children = experiments.getChildren();
        for (int e = 0; e < children.length; e++) {
            List<String> own = new ArrayList<>();
            Xpp3Dom initializers = children[e].getChild("initializers");
            if (initializers != null) {
                Xpp3Dom[] runs = initializers.getChildren();
                for (int i = 0; i < runs.length; i++) {
                    checkAttributes("experiments[" + (e + 1) + "].initializers[" + (i + 1) + "]", runs[i], problems);
                    own.add(evaluate(runs[i].getAttribute("name"), evaluator));
                }
            }
            names.add(own);
        }
        problems.throwIfAny();
        return names;
    }

    private static void checkAttributes(String field, Xpp3Dom initializer, Problems problems) {
        for (String attribute : initializer.getAttributeNames()) {
            if (!ATTRIBUTES.contains(attribute) && !MAVEN_ATTRIBUTES.contains(attribute)) {
                problems.add(new ConfigException(field + ": unknown attribute '" + attribute + "'"
                        + Names.suggestion(attribute, ATTRIBUTES) + "; an <initializer> takes only name=\"…\""));
            }
        }
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
