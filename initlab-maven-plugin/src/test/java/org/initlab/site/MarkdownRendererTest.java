package org.initlab.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {
    /** Links a reader did not write: each ran script on a click before the policy (reliability review F3). */
    static final List<String> HOSTILE_URLS = List.of(
            "JaVaScRiPt:document.body.setAttribute('xss-a','1')",
            "&#106;avascript:document.body.setAttribute('xss-b','1')",
            "java&#9;script:document.body.setAttribute('xss-c','1')",
            "javascript:document.body.setAttribute('xss-d','1')",
            "&#x6A;&#x61;vascript&#x3A;document.body.setAttribute('xss-e','1')",
            "%20javascript:document.body.setAttribute('xss-f','1')",
            "data:text/html,<script>alert(1)</script>",
            "DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "vbscript:msgbox(1)",
            "VBScript:msgbox(1)");

    @Test
    void mathBecomesElementsForKatexAndIsNotMangledByMarkdown() {
        String html = new MarkdownRenderer(false).render("Var $`w_i x_i`$ is *small*.\n\n```math\n\\frac{2}{n_\\text{in}}\n```\n");
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("span.math.math-inline").text()).isEqualTo("w_i x_i");
        assertThat(doc.select("div.math.math-display").first().wholeText()).isEqualTo("\n\\frac{2}{n_\\text{in}}\n");
        assertThat(html).contains("<em>small</em>");
    }

    @Test
    void rawHtmlIsEscapedUnlessAllowed() {
        String md = "Hello <script>alert(1)</script> <b>bold</b>\n";
        assertThat(new MarkdownRenderer(false).render(md)).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(new MarkdownRenderer(true).render(md)).contains("<b>bold</b>").doesNotContain("<script", "alert(1)");
    }

    @Test
    void headingsGetPermalinks() {
        Element permalink = Jsoup.parseBodyFragment(new MarkdownRenderer(false).render("## Why it works\n")).selectFirst("h2 > a");
        assertThat(permalink.id()).isEqualTo("why-it-works");
        assertThat(permalink.attr("href")).isEqualTo("#why-it-works");
        assertThat(permalink.className()).isEqualTo("permalink");
    }

    @ParameterizedTest
    @MethodSource("hostileUrls")
    void linksAndImagesToScriptOrDataUrlsLoseTheirUrlButKeepTheirText(String url) {
        for (boolean raw : new boolean[] {false, true}) {
            String html = new MarkdownRenderer(raw).render("[click](" + url + ") and ![picture](" + url + ")\n");
            Document doc = Jsoup.parseBodyFragment(html);
            assertThat(doc.select("a[href], img[src]")).as(url + " (allowRawHtml=" + raw + "): " + html).isEmpty();
            assertThat(doc.text()).as("the link's text stays").startsWith("click and");
        }
    }

    @ParameterizedTest
    @MethodSource("hostileUrls")
    void rawHtmlLinksToScriptOrDataUrlsAreDroppedToo(String url) {
        String attribute = url.replace("\"", "&quot;");
        String html = new MarkdownRenderer(true).render("<p><a href=\"" + attribute + "\">click</a> <img src=\"" + attribute
                + "\" alt=\"picture\"></p>\n");
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("a[href], img[src]")).as(url + ": " + html).isEmpty();
        assertThat(doc.text()).isEqualTo("click");
    }

    static Stream<String> hostileUrls() {
        return HOSTILE_URLS.stream();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/a?b=c#d", "http://example.org/", "mailto:someone@example.org",
            "other.html", "../catalogue.html#xavier_normal", "data/t2-relu.csv", "#why-it-works", "/absolute/path.html"})
    void ordinaryLinksAndImagesSurviveUnchanged(String url) {
        Document doc = Jsoup.parseBodyFragment(new MarkdownRenderer(false).render("[link](" + url + ") ![picture](" + url + ")\n"));
        assertThat(doc.select("a").attr("href")).isEqualTo(url);
        if (!url.startsWith("mailto:")) {
            assertThat(doc.select("img").attr("src")).isEqualTo(url);
            assertThat(doc.select("img").attr("alt")).isEqualTo("picture");
        }
    }

    @Test
    void allowedRawHtmlKeepsOrdinaryMarkupAndDropsWhatRuns() {
        String md = """
                <details open><summary>More</summary><p>Plain <kbd>k</kbd> <sup>2</sup>
                <span class="math math-inline">x^2</span></p></details>

                <div onclick="alert(1)" style="position:fixed" class="evil">box</div>
                <img src="x" onerror="alert(2)" alt="broken">
                <iframe src="https://example.org"></iframe><style>body{display:none}</style>
                <form action="https://example.org"><input name="q"></form>
                <svg><script>alert(3)</script></svg>
                """;
        String html = new MarkdownRenderer(true).render(md);
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("details[open] > summary").text()).isEqualTo("More");
        assertThat(doc.select("kbd, sup, span.math.math-inline")).hasSize(3);
        assertThat(doc.select("div").text()).isEqualTo("box");
        assertThat(doc.select("img").attr("src")).isEqualTo("x");
        assertThat(doc.select("[onclick], [onerror], [style], .evil, iframe, style, form, input, svg, script")).as(html).isEmpty();
        assertThat(html).doesNotContain("alert(");
    }

    /** Every explanation the plugin ships: the policy must not change a node of what flexmark made of it. */
    @ParameterizedTest
    @MethodSource("builtInExplanations")
    void thePolicyKeepsEveryBuiltInExplanationAsFlexmarkRenderedIt(Path file) throws IOException {
        MarkdownRenderer renderer = new MarkdownRenderer(false);
        String markdown = Files.readString(file);
        String before = Jsoup.parseBodyFragment(renderer.flexmark(markdown)).body().html();
        String after = Jsoup.parseBodyFragment(renderer.render(markdown)).body().html();
        assertThat(after).isEqualTo(before);
    }

    static Stream<Path> builtInExplanations() throws IOException {
        Path src = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).resolve("../src").normalize();
        try (Stream<Path> files = Files.walk(src)) {
            List<Path> md = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            assertThat(md).as("markdown under " + src).hasSizeGreaterThan(10);
            return md.stream();
        }
    }
}
