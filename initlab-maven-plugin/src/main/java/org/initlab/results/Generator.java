package org.initlab.results;

/** Which tool wrote a report. */
public record Generator(String name, String version) {
}
