package org.initlab.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.initlab.settings.ConfigException;
import org.initlab.config.ExperimentDefinition;
import org.initlab.config.ExperimentSpec;
import org.initlab.results.ClaimResult;
import org.initlab.results.ExperimentResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimCitationsTest {
    private static final ClaimResult FLAT = new ClaimResult("he-flat", "He keeps the scale", "a < b", 0.0625, true, true, true);
    private static final ClaimResult BROKEN = new ClaimResult("xavier-broad", "Xavier keeps it broad", "c > d", 0.0006, false, true, false);
    private static final ClaimResult REFUTED = new ClaimResult("tutorial", "The tutorial's reading", "e > f", 2.5, false, false, true);
    private static final List<ExperimentResult> REPORT = List.of(
            new ExperimentResult("page", "activations", "Page", "d", 0, List.of(), List.of(FLAT, BROKEN, REFUTED)),
            new ExperimentResult("other", "gradients", "Other", "d", 0, List.of(), List.of(FLAT)));

    private static String render(String markdown) {
        return ClaimCitations.render(new MarkdownRenderer(false).render(markdown), "page", REPORT, "test.md");
    }

    @Test
    void aCitationBecomesABadgeWithTheVerdictAndTheDecidingValueLinkedToTheClaimsRow() {
        Element badge = Jsoup.parse(render("He keeps the scale [claim:he-flat].\n")).selectFirst("p > a.claim-cite");
        assertThat(badge).isNotNull();
        assertThat(badge.classNames()).containsExactlyInAnyOrder("claim-cite", "holds");
        assertThat(badge.attr("href")).isEqualTo("#claim-he-flat");
        assertThat(badge.text()).isEqualTo("holds 0.0625");
        assertThat(badge.attr("title")).isEqualTo("He keeps the scale — a < b");
    }

    @Test
    void aCitedClaimThatDidNotComeOutAsStatedIsShownAsContradicted() {
        Document html = Jsoup.parse(render("Xavier keeps it broad [claim:xavier-broad]; the tutorial is refuted [claim:tutorial].\n"));
        Element broken = html.selectFirst("a.claim-cite[href=#claim-xavier-broad]");
        assertThat(broken.classNames()).contains("contradicted");
        assertThat(broken.text()).isEqualTo("contradicted (refuted) 6.000e−04");
        Element refuted = html.selectFirst("a.claim-cite[href=#claim-tutorial]");
        assertThat(refuted.classNames()).as("refuted as the suite states it").contains("refuted").doesNotContain("contradicted");
    }

    @Test
    void aQualifiedCitationLinksToTheOtherExperimentsPage() {
        Element badge = Jsoup.parse(render("See [claim:other/he-flat].\n")).selectFirst("a.claim-cite");
        assertThat(badge.attr("href")).isEqualTo("other.html#claim-he-flat");
    }

    @Test
    void aCitationInCodeStaysLiteral() {
        String html = render("Write `[claim:he-flat]` to cite it.\n\n```\n[claim:he-flat]\n```\n");
        assertThat(Jsoup.parse(html).select("a.claim-cite")).isEmpty();
        assertThat(html).contains("<code>[claim:he-flat]</code>");
    }

    @Test
    void theBadgeSurvivesASanitizerThatKeepsClassesAndRelativeLinks() {
        String html = render("He [claim:he-flat].\n");
        Safelist policy = Safelist.basic().addAttributes(":all", "class").preserveRelativeLinks(true);
        String clean = Jsoup.clean(html, "https://example.org/experiments/", policy);
        assertThat(Jsoup.parse(clean).selectFirst("a.claim-cite.holds span.claim-verdict").text()).isEqualTo("holds");
    }

    @Test
    void aStaleCitationAtRenderTimeNamesTheFileAndTheId() {
        assertThatThrownBy(() -> render("Gone [claim:nope].\n")).isInstanceOf(ConfigException.class)
                .hasMessage("test.md: [claim:nope] cites no claim of experiment 'page'");
    }

    @Test
    void anUnknownIdInAUsersExplanationFailsBeforeAnythingRunsNamingTheFileAndTheId(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mine.md"), "It shrinks [claim:shrinks], it grows [claim:grwos].\n");
        ExperimentDefinition d = ExperimentDefinition.of("mine").with("dataset", "gaussian(rows=10, cols=4, seed=0)")
                .with("layers", "4").with("activation", "tanh").with("explanation", "mine.md").withInitializers("xavier_normal")
                .claim("shrinks", "it shrinks", "post.std(init=xavier_normal, layer=1) < 1", true)
                .claim("grows", "it grows", "post.std(init=xavier_normal, layer=1) > 0", true);
        SiteSources sources = new SiteSources(null, null, dir);
        ExperimentSpec spec = ExperimentSpec.of("experiments[1]", d);
        List<Explained> specs = List.of(new Explained(spec.id(), spec.explanation(), false,
                spec.claims().stream().map(c -> c.id()).toList()));
        assertThatThrownBy(() -> ClaimCitations.check(specs, sources, false)).isInstanceOf(ConfigException.class)
                .hasMessage("experiment 'mine' <explanation> " + dir.resolve("mine.md").toAbsolutePath().normalize()
                        + ": [claim:grwos] cites no claim of experiment 'mine' (did you mean 'grows'?); its claims' ids: shrinks, grows");

        Files.writeString(dir.resolve("mine.md"), "It shrinks [claim:shrinks], as [claim:t2-relu/xavier-shrinks] does.\n");
        assertThatThrownBy(() -> ClaimCitations.check(specs, sources, false))
                .hasMessageContaining("[claim:t2-relu/xavier-shrinks] cites experiment 't2-relu', which is not in this report");

        Files.writeString(dir.resolve("mine.md"), "It shrinks [claim:shrinks], and c1 is the default id of neither.\n");
        assertThat(ClaimCitations.check(specs, sources, false)).containsEntry("mine", java.util.Set.of("shrinks"));
    }
}
