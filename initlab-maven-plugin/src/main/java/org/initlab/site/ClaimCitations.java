package org.initlab.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.initlab.settings.ConfigException;
import org.initlab.results.ClaimResult;
import org.initlab.results.ExperimentResult;
import org.unbescape.html.HtmlEscape;

/**
 * Sentences bound to the data: an explanation cites a claim as {@code [claim:id]} (a claim of its
 * own experiment) or {@code [claim:experiment/id]} (of another experiment of the report), and the
 * page shows each citation as a small badge with the claim's verdict and deciding value, linked to
 * the claim's row in the claims table. A claim that did not come out as stated is shown as
 * contradicted beside the sentence that relies on it.
 *
 * <p>Citations are read from the rendered HTML, outside {@code <code>} and {@code <pre>}, so a
 * citation written in backticks stays literal. The badge is plain {@code a}/{@code span} markup
 * with classes, which an HTML sanitizer that keeps {@code class} and relative {@code href} keeps.
 */
public final class ClaimCitations {
    private static final Pattern CITATION = Pattern.compile("\\[claim:(?:([a-z0-9][a-z0-9-]*)/)?([a-z0-9][a-z0-9-]*)]");
    private static final Pattern CODE = Pattern.compile("<(code|pre)\\b[^>]*>.*?</\\1>", Pattern.DOTALL);
    private static final Format FORMAT = new Format();

    /** One citation: the experiment whose claim it names, and the claim's id. */
    public record Reference(String experiment, String id) {
    }

    private ClaimCitations() {
    }

    /** Every citation in {@code html}, in order; an unqualified one names a claim of {@code page}. */
    public static List<Reference> references(String html, String page) {
        List<Reference> found = new ArrayList<>();
        forEachCitation(html, m -> {
            found.add(new Reference(m.group(1) == null ? page : m.group(1), m.group(2)));
            return m.group();
        });
        return found;
    }

    /**
     * Checks every experiment's explanation before anything runs: each citation must name a claim of
     * the report. Returns, per experiment, the ids of its claims that some explanation cites.
     *
     * @throws ConfigException naming the explanation's file and the unknown id
     */
    public static Map<String, Set<String>> check(List<Explained> specs, SiteSources sources, boolean allowRawHtml) {
        Map<String, Set<String>> ids = new HashMap<>();
        for (Explained spec : specs) {
            ids.put(spec.id(), new LinkedHashSet<>(spec.claimIds()));
        }
        MarkdownRenderer markdown = new MarkdownRenderer(allowRawHtml);
        Map<String, Set<String>> cited = new LinkedHashMap<>();
        for (Explained spec : specs) {
            String md = sources.explanation(spec);
            if (md == null) {
                continue;
            }
            String source = sources.explanationName(spec.id(), spec.explanation());
            for (Reference r : references(markdown.render(md), spec.id())) {
                Set<String> claims = ids.get(r.experiment());
                if (claims == null) {
                    throw new ConfigException(source + ": [claim:" + r.experiment() + "/" + r.id() + "] cites experiment '"
                            + r.experiment() + "', which is not in this report; experiments: " + String.join(", ", ids.keySet()));
                }
                if (!claims.contains(r.id())) {
                    throw new ConfigException(source + ": [claim:" + (r.experiment().equals(spec.id()) ? "" : r.experiment() + "/")
                            + r.id() + "] cites no claim of experiment '" + r.experiment() + "'"
                            + org.initlab.settings.Names.suggestion(r.id(), List.copyOf(claims)) + "; its claims' ids: "
                            + (claims.isEmpty() ? "none" : String.join(", ", claims)));
                }
                cited.computeIfAbsent(r.experiment(), k -> new LinkedHashSet<>()).add(r.id());
            }
        }
        return cited;
    }

    /**
     * {@code html} with every citation replaced by its badge.
     *
     * @param page    the experiment whose page this is (unqualified citations name its claims)
     * @param report  every experiment of the report, for qualified citations
     * @param source  the explanation's file, for the error a stale citation gives
     */
    static String render(String html, String page, List<ExperimentResult> report, String source) {
        Map<String, Map<String, ClaimResult>> claims = new HashMap<>();
        for (ExperimentResult e : report) {
            Map<String, ClaimResult> byId = new HashMap<>();
            e.claims().forEach(c -> byId.put(c.id(), c));
            claims.put(e.id(), byId);
        }
        return forEachCitation(html, m -> {
            String experiment = m.group(1) == null ? page : m.group(1);
            ClaimResult claim = claims.getOrDefault(experiment, Map.of()).get(m.group(2));
            if (claim == null) {
                throw new ConfigException(source + ": " + m.group() + " cites no claim of experiment '" + experiment + "'");
            }
            return badge(claim, experiment.equals(page) ? "" : experiment + ".html");
        });
    }

    /** The verdict as a reader should take it: the claim's own word when it came out as stated, else "contradicted". */
    static String badge(ClaimResult c, String pageLink) {
        boolean holds = c.seeds() > 1 ? c.holdingSeeds() * 2 >= c.seeds() : c.holds();
        String verdict = c.seeds() > 1 ? "holds in " + c.holdingSeeds() + " of " + c.seeds() + " seeds"
                : holds ? "holds" : "refuted";
        String kind = c.passed() ? (holds ? "holds" : "refuted") : "contradicted";
        String label = c.passed() ? verdict : "contradicted (" + verdict + ")";
        return "<a class=\"claim-cite " + kind + "\" href=\"" + pageLink + "#claim-" + c.id() + "\" title=\""
                + HtmlEscape.escapeHtml5(c.text() + " — " + c.expression()) + "\">"
                + "<span class=\"claim-verdict\">" + label + "</span> "
                + "<span class=\"claim-value\">" + HtmlEscape.escapeHtml5(FORMAT.num(c.value())) + "</span></a>";
    }

    private interface Replacement {
        String apply(Matcher citation);
    }

    /** Applies {@code replace} to every citation outside code, returning the rewritten HTML. */
    private static String forEachCitation(String html, Replacement replace) {
        StringBuilder out = new StringBuilder(html.length());
        Matcher code = CODE.matcher(html);
        int at = 0;
        while (code.find()) {
            out.append(replaceIn(html.substring(at, code.start()), replace)).append(code.group());
            at = code.end();
        }
        return out.append(replaceIn(html.substring(at), replace)).toString();
    }

    private static String replaceIn(String text, Replacement replace) {
        Matcher m = CITATION.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replace.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
