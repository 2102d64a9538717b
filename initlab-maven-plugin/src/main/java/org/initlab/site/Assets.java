package org.initlab.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Copies everything a page loads into the site's {@code assets/} folder: ECharts and KaTeX from
 * their webjars, and initlab's own CSS and JS. After this the site needs no network.
 */
final class Assets {
    private static final Pattern CSS_URL = Pattern.compile("url\\((fonts/[^)?#]+)[^)]*\\)");

    private final BuildInfo build;
    private final SiteSources sources;

    Assets(BuildInfo build, SiteSources sources) {
        this.build = build;
        this.sources = sources;
    }

    void copyTo(Path site) throws IOException {
        String echarts = "META-INF/resources/webjars/echarts/" + build.echartsVersion() + "/";
        copy(echarts + "echarts.min.js", site.resolve("assets/echarts/echarts.min.js"));

        String katex = "META-INF/resources/webjars/katex/" + build.katexVersion() + "/dist/";
        copy(katex + "katex.min.js", site.resolve("assets/katex/katex.min.js"));
        byte[] css = read(katex + "katex.min.css");
        write(site.resolve("assets/katex/katex.min.css"), css);
        for (String font : fontsReferencedBy(new String(css, StandardCharsets.UTF_8))) {
            copy(katex + font, site.resolve("assets/katex/" + font));
        }

        for (String own : new String[] {"initlab.css", "initlab.js", "theme.js"}) {
            write(site.resolve("assets/" + own), sources.asset(own));
        }
    }

    /** The font files the stylesheet points at (woff2, woff, ttf), in order of appearance. */
    static Set<String> fontsReferencedBy(String css) {
        Set<String> fonts = new LinkedHashSet<>();
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) {
            fonts.add(m.group(1));
        }
        return fonts;
    }

    private static void copy(String resource, Path target) throws IOException {
        write(target, read(resource));
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("asset " + resource + " is missing from the plugin's classpath");
            }
            return in.readAllBytes();
        }
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
    }
}
