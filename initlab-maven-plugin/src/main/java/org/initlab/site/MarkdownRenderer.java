package org.initlab.site;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.gitlab.GitLabExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * Markdown to HTML with math: {@code $`…`$} inline and {@code ```math} blocks become elements of
 * class {@code math} that the page typesets with KaTeX. Raw HTML in the markdown is escaped unless
 * explicitly allowed; either way the rendered HTML then passes {@link ExplanationPolicy}, so neither a
 * link nor raw markup can run script in the report.
 */
public final class MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer(boolean allowRawHtml) {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(GitLabExtension.create(), TablesExtension.create(),
                        AnchorLinkExtension.create()))
                // Only math from GitLab's flavour: keep its other syntax (ins, del, mermaid) out.
                .set(GitLabExtension.INS_PARSER, false)
                .set(GitLabExtension.DEL_PARSER, false)
                .set(GitLabExtension.BLOCK_QUOTE_PARSER, false)
                .set(GitLabExtension.NESTED_BLOCK_QUOTES, false)
                .set(GitLabExtension.RENDER_BLOCK_MERMAID, false)
                .set(GitLabExtension.INLINE_MATH_CLASS, "math math-inline")
                .set(GitLabExtension.BLOCK_MATH_CLASS, "math math-display")
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, false)
                .set(AnchorLinkExtension.ANCHORLINKS_TEXT_PREFIX, "")
                .set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "permalink")
                .set(HtmlRenderer.ESCAPE_HTML, !allowRawHtml);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    public String render(String markdown) {
        return ExplanationPolicy.sanitize(flexmark(markdown));
    }

    /** What flexmark makes of the markdown, before the policy: for tests that the policy keeps it. */
    String flexmark(String markdown) {
        return renderer.render(parser.parse(markdown));
    }
}
