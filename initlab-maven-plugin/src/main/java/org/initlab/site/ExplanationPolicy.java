package org.initlab.site;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The HTML an explanation may contain once rendered: ordinary document markup (headings with ids and
 * permalinks, paragraphs, lists, tables, code, emphasis, quotes, links, images) and the classes the
 * page acts on ({@code math math-inline} / {@code math math-display}, which KaTeX typesets). Anything
 * else — script, style, iframes, forms, event handlers, inline styles — is dropped.
 *
 * <p>Link and image URLs must be relative, a {@code #fragment}, or {@code http}, {@code https} (and,
 * for links, {@code mailto}). The OWASP sanitizer checks them after decoding entities and folding case,
 * so {@code JaVaScRiPt:}, {@code &#106;avascript:} and {@code java&#9;script:} are dropped like
 * {@code javascript:}; {@code data:} and {@code vbscript:} are not on the list either.
 */
final class ExplanationPolicy {
    /** Markdown's own output needs only these; raw HTML (allowRawHtml) may use the rest. */
    private static final String[] ELEMENTS = {
        "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "blockquote", "pre", "code", "em", "strong", "b", "i",
        "s", "del", "ins", "sub", "sup", "kbd", "mark", "small", "abbr", "q", "cite", "dfn", "var", "samp",
        "ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
        "figure", "figcaption", "details", "summary", "div", "span", "a", "img"
    };
    /** Each class token is one the page's CSS or script knows, or a fenced block's language. */
    private static final Pattern CLASSES =
            Pattern.compile("\\s*(?:(?:math|math-inline|math-display|permalink|language-[A-Za-z0-9_+-]+)(?:\\s+|$))+");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.:-]*");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,4}");

    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(ELEMENTS)
            .allowAttributes("id").matching(ID).globally()
            .allowAttributes("class").matching(CLASSES).globally()
            .allowAttributes("title").globally()
            .allowAttributes("href").onElements("a")
            .allowAttributes("src", "alt").onElements("img")
            .allowAttributes("width", "height").matching(NUMBER).onElements("img")
            .allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td", "col")
            .allowAttributes("colspan", "rowspan").matching(NUMBER).onElements("th", "td")
            .allowAttributes("start").matching(NUMBER).onElements("ol")
            .allowAttributes("open").onElements("details")
            .allowUrlProtocols("http", "https", "mailto")
            .toFactory();

    private ExplanationPolicy() {
    }

    static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
