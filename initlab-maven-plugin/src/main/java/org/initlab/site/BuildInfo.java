package org.initlab.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions fixed at build time (filtered from the POM): the plugin's, and the webjars' it ships. */
public record BuildInfo(String version, String echartsVersion, String katexVersion, String nd4jVersion, String nd4jClassifier,
        String timestamp) {

    public static BuildInfo load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/initlab/build.properties")) {
            if (in == null) {
                throw new IllegalStateException("initlab/build.properties is missing from the plugin jar");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BuildInfo(p.getProperty("version"), p.getProperty("echarts.version"),
                p.getProperty("katex.version"), p.getProperty("nd4j.version"), p.getProperty("nd4j.classifier"),
                p.getProperty("build.timestamp"));
    }
}
