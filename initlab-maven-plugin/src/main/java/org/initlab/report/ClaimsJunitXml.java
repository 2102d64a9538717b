package org.initlab.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.initlab.results.ClaimResult;
import org.initlab.results.ExperimentResult;
import org.initlab.results.ReportResults;

/**
 * The claims as JUnit XML in Surefire's format, one {@code TEST-initlab.<id>.xml} per experiment
 * and one test case per claim, so CI systems that collect {@code **}{@code /TEST-*.xml} show a claim
 * that did not come out as stated as a failed test. Claims are not timed: every time is 0.
 */
final class ClaimsJunitXml {
    /** The report's folder that holds the files. */
    static final String FOLDER = "junit";

    private ClaimsJunitXml() {
    }

    static void write(ReportResults results, Path directory) throws IOException {
        Files.createDirectories(directory);
        for (ExperimentResult e : results.experiments()) {
            try (Writer out = Files.newBufferedWriter(directory.resolve("TEST-initlab." + e.id() + ".xml"), StandardCharsets.UTF_8)) {
                XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
                suite(xml, e);
                xml.close();
            } catch (XMLStreamException x) {
                throw new IOException("cannot write the claims of " + e.id() + " as JUnit XML: " + x.getMessage(), x);
            }
        }
    }

    private static void suite(XMLStreamWriter xml, ExperimentResult e) throws XMLStreamException {
        String name = "initlab." + e.id();
        long failures = e.claims().stream().filter(c -> !c.passed()).count();
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", name);
        xml.writeAttribute("tests", Integer.toString(e.claims().size()));
        xml.writeAttribute("failures", Long.toString(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("time", "0");
        xml.writeCharacters("\n");
        for (ClaimResult c : e.claims()) {
            xml.writeCharacters("  ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", name);
            xml.writeAttribute("name", c.text());
            xml.writeAttribute("time", "0");
            if (!c.passed()) {
                xml.writeStartElement("failure");
                xml.writeAttribute("type", "initlab.BrokenClaim");
                xml.writeAttribute("message", verdict(c));
                xml.writeCharacters(c.expression() + "\n" + verdict(c));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    /** What happened, as the build log says it. */
    static String verdict(ClaimResult c) {
        if (c.seeds() > 1) {
            return String.format(Locale.ROOT, "holds in %d of %d seeds (value %s on the first; expected it to %s in at"
                    + " least %s of them)", c.holdingSeeds(), c.seeds(), c.value(), c.expected() ? "hold" : "be refuted",
                    c.minFraction());
        }
        return String.format(Locale.ROOT, "%s (value %s; expected it to %s)", c.holds() ? "holds" : "does not hold",
                c.value(), c.expected() ? "hold" : "be refuted");
    }
}
