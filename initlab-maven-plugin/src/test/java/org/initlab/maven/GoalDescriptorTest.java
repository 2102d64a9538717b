package org.initlab.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The goals as Maven sees them (the generated plugin descriptor): a goal that does not require a
 * project is run once per reactor, as an aggregator, and without a POM it writes into a folder
 * literally named {@code ${project.basedir}}.
 */
class GoalDescriptorTest {

    @ParameterizedTest
    @ValueSource(strings = {"report", "compare"})
    void runsPerModuleAndRequiresAProject(String goal) throws Exception {
        Element mojo = mojo(goal);
        assertThat(text(mojo, "requiresProject")).isEqualTo("true");
        assertThat(text(mojo, "aggregator")).isEqualTo("false");
        assertThat(text(mojo, "threadSafe")).isEqualTo("true");
    }

    @Test
    void suiteHasNoDefaultSoAnUnsetOneCanBeResolved() throws Exception {
        String goal = "report";
        NodeList params = mojo(goal).getElementsByTagName("configuration").item(0).getChildNodes();
        for (int i = 0; i < params.getLength(); i++) {
            if (params.item(i) instanceof Element e && e.getTagName().equals("suite")) {
                assertThat(e.getTextContent()).isEqualTo("${initlab.suite}");
                assertThat(e.hasAttribute("default-value")).as("an unset suite is resolved by SuiteChoice").isFalse();
                return;
            }
        }
        throw new AssertionError("no <suite> in the descriptor of " + goal);
    }

    private static Element mojo(String goal) throws Exception {
        try (InputStream in = GoalDescriptorTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertThat(in).as("plugin descriptor (generated in process-classes)").isNotNull();
            NodeList mojos = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("mojo");
            for (int i = 0; i < mojos.getLength(); i++) {
                Element mojo = (Element) mojos.item(i);
                if (text(mojo, "goal").equals(goal)) {
                    return mojo;
                }
            }
        }
        throw new AssertionError("no goal " + goal + " in the plugin descriptor");
    }

    private static String text(Element mojo, String child) {
        return mojo.getElementsByTagName(child).item(0).getTextContent().strip();
    }
}
