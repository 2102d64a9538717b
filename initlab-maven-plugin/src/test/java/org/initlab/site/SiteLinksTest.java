package org.initlab.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Walks the rendered classic site and follows every {@code href} and {@code src} of every page,
 * read by a real HTML parser: each must be relative (the site works from disk and under any
 * sub-path of GitHub Pages), stay inside the site, name a file that exists, and, with a
 * {@code #fragment}, an element with that id. The stylesheets' {@code url(...)}s are followed too.
 */
class SiteLinksTest {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^)'\"]+)['\"]?\\s*\\)");

    private final Map<Path, Document> parsed = new HashMap<>();

    @Test
    void everyLinkIsRelativeAndLandsOnAFileAndIdInsideTheSite() throws Exception {
        Path site = ClassicSite.get().toRealPath();
        List<String> problems = new ArrayList<>();
        int links = 0;
        List<Path> pages = files(site, ".html");
        assertThat(pages).extracting(p -> site.relativize(p).toString())
                .contains("index.html", "catalogue.html", "compare/index.html", "experiments/t2-relu.html");
        for (Path page : pages) {
            for (Element el : parse(page).select("[href], [src]")) {
                for (String attribute : List.of("href", "src")) {
                    if (el.hasAttr(attribute)) {
                        links++;
                        String where = site.relativize(page) + ": <" + el.tagName() + " " + attribute + "=\"" + el.attr(attribute) + "\">";
                        check(site, page, el.attr(attribute), where, problems);
                    }
                }
            }
        }
        for (Path css : files(site, ".css")) {
            Matcher m = CSS_URL.matcher(Files.readString(css));
            while (m.find()) {
                if (!m.group(1).startsWith("data:")) {
                    links++;
                    check(site, css, m.group(1), site.relativize(css) + ": url(" + m.group(1) + ")", problems);
                }
            }
        }
        assertThat(problems).as("broken or non-relative links").isEmpty();
        assertThat(links).as("links followed").isGreaterThan(200);
    }

    @Test
    void theCheckerCatchesWhatItIsFor() throws Exception {
        Path site = ClassicSite.get().toRealPath();
        Path index = site.resolve("index.html");
        List<String> problems = new ArrayList<>();
        for (String bad : List.of("/index.html", "https://example.org/", "//cdn.example.org/x.js", "http:x",
                "../outside.html", "missing.html", "#no-such-id", "experiments/t2-relu.html#no-such-id", "")) {
            check(site, index, bad, bad, problems);
        }
        check(site, index, "experiments/t2-relu.html#claims", "ok", problems);
        check(site, index, "#experiments", "ok", problems);
        assertThat(problems).hasSize(9).noneMatch(p -> p.startsWith("ok"));
    }

    private void check(Path site, Path from, String link, String where, List<String> problems) {
        if (link.isBlank()) {
            problems.add(where + " is empty");
            return;
        }
        if (link.startsWith("/") || SCHEME.matcher(link).find()) {
            problems.add(where + " is not relative");
            return;
        }
        int hash = link.indexOf('#');
        String path = hash < 0 ? link : link.substring(0, hash);
        String fragment = hash < 0 ? "" : decode(link.substring(hash + 1));
        int query = path.indexOf('?');
        path = decode(query < 0 ? path : path.substring(0, query));
        Path target = path.isEmpty() ? from : from.getParent().resolve(path).normalize();
        if (!target.startsWith(site)) {
            problems.add(where + " leaves the site");
        } else if (!Files.isRegularFile(target)) {
            problems.add(where + " points at " + site.relativize(target) + ", which does not exist");
        } else if (!fragment.isEmpty() && target.toString().endsWith(".html") && parse(target).getElementById(fragment) == null) {
            problems.add(where + ": " + site.relativize(target) + " has no element with id '" + fragment + "'");
        }
    }

    private Document parse(Path page) {
        return parsed.computeIfAbsent(page, p -> {
            try {
                return Jsoup.parse(p.toFile(), "UTF-8");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static List<Path> files(Path site, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
