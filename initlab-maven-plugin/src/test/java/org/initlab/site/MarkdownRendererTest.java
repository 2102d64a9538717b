package org.initlab.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    @Test
    void mathBecomesElementsForKatexAndIsNotMangledByMarkdown() {
        String html = new MarkdownRenderer(false).render("Var $`w_i x_i`$ is *small*.\n\n```math\n\\frac{2}{n_\\text{in}}\n```\n");
        assertThat(html).contains("<span class=\"math math-inline\">w_i x_i</span>");
        assertThat(html).contains("<div class=\"math math-display\">\n\\frac{2}{n_\\text{in}}\n</div>");
        assertThat(html).contains("<em>small</em>");
    }

    @Test
    void rawHtmlIsEscapedUnlessAllowed() {
        String md = "Hello <script>alert(1)</script> <b>bold</b>\n";
        assertThat(new MarkdownRenderer(false).render(md)).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(new MarkdownRenderer(true).render(md)).contains("<b>bold</b>");
    }

    @Test
    void headingsGetPermalinks() {
        assertThat(new MarkdownRenderer(false).render("## Why it works\n")).contains("id=\"why-it-works\"", "class=\"permalink\"");
    }
}
