package org.initlab.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluator;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.initlab.settings.ConfigException;
import org.junit.jupiter.api.Test;

/** The name attributes Maven's configurator drops, read from the execution's configuration by position. */
class InitializerNamesTest {
    private static final ExpressionEvaluator PROPERTIES = new ExpressionEvaluator() {
        @Override
        public Object evaluate(String expression) {
            return expression.replace("${run.name}", "kaiming");
        }

        @Override
        public File alignToBaseDirectory(File file) {
            return file;
        }
    };

    @Test
    void namesArePerExperimentAndInitializerInTheOrderWritten() throws Exception {
        MojoExecution execution = new MojoExecution(new MojoDescriptor());
        execution.setConfiguration(Xpp3DomBuilder.build(new StringReader("""
                <configuration>
                  <experiments>
                    <experiment>
                      <id>a</id>
                      <initializers>
                        <initializer>xavier_normal</initializer>
                        <initializer name="he">kaiming_normal(nonlinearity=relu)</initializer>
                      </initializers>
                    </experiment>
                    <experiment><id>b</id></experiment>
                    <experiment>
                      <initializers><initializer name="${run.name}">kaiming_uniform</initializer></initializers>
                    </experiment>
                  </experiments>
                </configuration>""")));

        List<List<String>> names = InitializerNames.of(execution, PROPERTIES);

        assertThat(names).containsExactly(Arrays.asList(null, "he"), List.of(), List.of("kaiming"));
        assertThat(InitializerNames.of(null, PROPERTIES)).isEmpty(); // a report run by mvn site without a configuration
        assertThat(InitializerNames.of(new MojoExecution(new MojoDescriptor()), null)).isEmpty();
    }

    @Test
    void aMisspeltAttributeIsAnErrorNamingTheRunNotASilentlyLostName() throws Exception {
        MojoExecution execution = new MojoExecution(new MojoDescriptor());
        execution.setConfiguration(Xpp3DomBuilder.build(new StringReader("""
                <configuration>
                  <experiments>
                    <experiment><initializers><initializer name="x">xavier_normal</initializer></initializers></experiment>
                    <experiment>
                      <initializers>
                        <initializer combine.self="override" name="a">zeros</initializer>
                        <initializer nmae="he">kaiming_normal(nonlinearity=relu)</initializer>
                        <initializer label="b">ones</initializer>
                      </initializers>
                    </experiment>
                  </experiments>
                </configuration>""")));

        assertThatThrownBy(() -> InitializerNames.of(execution, PROPERTIES))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("experiments[2].initializers[2]: unknown attribute 'nmae' (did you mean 'name'?)")
                .hasMessageContaining("experiments[2].initializers[3]: unknown attribute 'label'")
                .hasMessageNotContaining("initializers[1]");
    }
}
