package org.initlab.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.initlab.config.ExperimentDefinition;
import org.initlab.data.DatasetContext;
import org.initlab.data.DatasetListener;
import org.initlab.experiment.ProgressListener;
import org.initlab.report.ReportBuilder;
import org.initlab.report.ReportRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Text a reader did not write, in a real browser: hostile links in an explanation (markdown and,
 * with allowRawHtml, raw HTML) are clicked one by one, and a sweep whose initializer label is markup
 * is hovered on its heatmap and on the phase diagram; no script may run, and the label must show as
 * text (reliability review F3 and x10).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UntrustedContentInBrowserTest {
    /** A file name that is an HTML element: pretrained(path=…) puts it into the run's label. */
    private static final String MARKUP_NAME = "<img src=x onerror=document.body.id=this.alt alt=xssheat>";

    @TempDir
    static Path dir;
    private ChromeDriver browser;
    private Path site;
    private Path rawSite;

    @BeforeAll
    void renderAndStartBrowser() throws Exception {
        browser = HeadlessChromium.start(dir);
        Path project = Files.createDirectories(dir.resolve("project"));
        StringBuilder links = new StringBuilder("# Links\n\n");
        StringBuilder raw = new StringBuilder("# Raw links\n\n");
        for (int i = 0; i < MarkdownRendererTest.HOSTILE_URLS.size(); i++) {
            String url = MarkdownRendererTest.HOSTILE_URLS.get(i);
            links.append("- [hostile-").append(i).append("](").append(url).append(")\n");
            raw.append("<p><a href=\"").append(url.replace("\"", "&quot;")).append("\">hostile-").append(i).append("</a></p>\n");
        }
        links.append("- [safe](#links)\n");
        raw.append("<p><img src=\"missing.png\" onerror=\"document.body.setAttribute('xss-img','1')\" alt=\"broken\"></p>\n")
                .append("<p onmouseover=\"document.body.setAttribute('xss-hover','1')\">hostile-hover</p>\n");
        Files.writeString(project.resolve("links.md"), links);
        Files.writeString(project.resolve("raw.md"), raw);
        Path weights = Files.createDirectories(project.resolve("weights")).resolve(MARKUP_NAME);
        // zero-mean weights, so that the phase page places this initializer on its diagram too
        Files.writeString(weights, "0.5,-0.5,0,0\n0,0,0.5,-0.5\n-0.5,0.5,0,0\n0,0,-0.5,0.5\n");

        ExperimentDefinition small = small("links", "links.md");
        ExperimentDefinition sweep = ExperimentDefinition.of("heat").with("type", "sweep")
                .with("dataset", "gaussian(rows=20, cols=4, seed=0)").with("depths", "1,2").with("width", "4")
                .with("activation", "tanh").withInitializers("xavier_normal", "pretrained(path=" + weights + ")");
        site = render(project, "site", List.of(small, sweep), false);
        rawSite = render(project, "raw-site", List.of(small("raw", "raw.md")), true);
    }

    private static ExperimentDefinition small(String id, String explanation) {
        return ExperimentDefinition.of(id).with("dataset", "gaussian(rows=20, cols=4, seed=0)").with("layers", "4")
                .with("activation", "tanh").withInitializers("xavier_normal").with("explanation", explanation);
    }

    private static Path render(Path project, String name, List<ExperimentDefinition> experiments, boolean allowRawHtml)
            throws Exception {
        Path out = project.resolve(name);
        new ReportBuilder(ProgressListener.SILENT).build(new ReportRequest("none", experiments, out,
                new SiteSources(null, null, project), allowRawHtml, "java", null,
                new DatasetContext(project, true, project, DatasetListener.SILENT), false, null, 1));
        return out;
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void clickingEachHostileMarkdownLinkRunsNothing() {
        clickEachAndExpectNothingRan(site.resolve("experiments/links.html"), "li");
    }

    @Test
    void clickingEachHostileRawHtmlLinkRunsNothingAndHandlersStayInert() {
        Path page = rawSite.resolve("experiments/raw.html");
        clickEachAndExpectNothingRan(page, "p");
        WebElement hover = browser.findElement(By.xpath("//section[@class='explanation']//p[contains(., 'hostile-hover')]"));
        new Actions(browser).moveToElement(hover).perform();
        assertThat(browser.findElement(By.cssSelector("section.explanation img")).getAttribute("alt")).isEqualTo("broken");
        assertThat(xssMarks()).isEmpty();
        assertThat(consoleErrors()).isEmpty();
    }

    private void clickEachAndExpectNothingRan(Path page, String tag) {
        String url = page.toUri().toString();
        open(url);
        assertThat(browser.findElements(By.cssSelector("section.explanation a[href='#links'], section.explanation h1")))
                .as("the explanation is on the page").isNotEmpty();
        for (int i = 0; i < MarkdownRendererTest.HOSTILE_URLS.size(); i++) {
            WebElement item = browser.findElement(By.xpath("//section[@class='explanation']//" + tag
                    + "[normalize-space(.)='hostile-" + i + "']"));
            // Click on the first letters of the text, where a link would be, as a reader would.
            int width = item.getRect().getWidth();
            String mark = String.valueOf(i);
            // The click reached the page and the tasks it queued (a javascript: URL runs in one) have had their turn.
            script("""
                    const mark = arguments[0];
                    document.addEventListener('click', () => setTimeout(() => {
                        document.documentElement.dataset.clicked = mark;
                    }, 100), {once: true});""", mark);
            new Actions(browser).moveToElement(item, -width / 2 + 4, 0).click().perform();
            new WebDriverWait(browser, Duration.ofSeconds(5))
                    .withMessage("the click on " + MarkdownRendererTest.HOSTILE_URLS.get(i) + " to reach the page")
                    .until(d -> !url.equals(d.getCurrentUrl()) || !xssMarks().isEmpty()
                            || mark.equals(script("return document.documentElement.dataset.clicked")));
            assertThat(browser.getCurrentUrl()).as("after clicking " + MarkdownRendererTest.HOSTILE_URLS.get(i)).isEqualTo(url);
            assertThat(xssMarks()).as("scripts run by clicking " + MarkdownRendererTest.HOSTILE_URLS.get(i)).isEmpty();
        }
        assertThat(browser.findElements(By.cssSelector("section.explanation a[href]")))
                .extracting(a -> a.getAttribute("href")).allSatisfy(h -> assertThat(h).startsWith("file:"));
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void theHeatmapTooltipShowsAMarkupLabelAsText() {
        open(site.resolve("experiments/heat.html").toUri().toString());
        WebElement chart = browser.findElement(By.cssSelector(".chart[data-kind=sweep]"));
        @SuppressWarnings("unchecked")
        List<Number> cell = (List<Number>) script(
                "return echarts.getInstanceByDom(arguments[0]).convertToPixel({seriesIndex: 0}, [0, 1])", chart);
        int x = (int) Math.round(cell.get(0).doubleValue() - chart.getRect().getWidth() / 2.0);
        int y = (int) Math.round(cell.get(1).doubleValue() - chart.getRect().getHeight() / 2.0);
        new Actions(browser).moveToElement(chart, x, y).perform();
        String tooltip = new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> (String) script("""
                const tip = [...arguments[0].querySelectorAll('div')].find(el => el.textContent.includes(', depth 1')
                    && getComputedStyle(el).display !== 'none' && el.children.length < 10);
                return tip ? tip.textContent : null;""", chart));
        assertThat(tooltip).contains(MARKUP_NAME + "), depth 1", "post.std@last = ");
        assertThat((Long) script("return arguments[0].querySelectorAll('img').length", chart)).isZero();
        assertThat(script("return document.body.id")).isNotEqualTo("xssheat");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void thePagesPolicyBlocksInlineHandlersThatReachTheDomAnyway() {
        open(site.resolve("index.html").toUri().toString());
        // The listener added here is registered after the inline handler, so once it has run, the handler
        // has had its turn in the same error event: blocked by the policy, or run.
        script("""
                const box = document.createElement('div');
                box.id = 'inline-probe';
                box.innerHTML = '<img src="missing.png" onerror="document.body.setAttribute(\\'xss-inline\\', \\'1\\')">';
                box.firstChild.addEventListener('error', () => { box.dataset.failed = 'true'; });
                document.body.appendChild(box);""");
        new WebDriverWait(browser, Duration.ofSeconds(5)).withMessage("the missing image's error event")
                .until(d -> "true".equals(script("return document.getElementById('inline-probe').dataset.failed")));
        assertThat(xssMarks()).as("the inline onerror handler ran").isEmpty();
        // Older Chromium: "Refused to execute inline event handler because it violates…"; newer: "Executing inline
        // event handler violates the following Content Security Policy directive…"
        assertThat(consoleErrors()).as("the policy's report of the blocked handler")
                .anySatisfy(m -> assertThat(m).contains("inline event handler", "Content Security Policy"));
        assertThat(browser.findElement(By.cssSelector("meta[http-equiv=Content-Security-Policy]")).getAttribute("content"))
                .contains("script-src 'self'");
    }

    @Test
    void thePhaseDiagramTooltipShowsAMarkupLabelAsText() {
        open(site.resolve("phase.html").toUri().toString());
        WebElement chart = browser.findElement(By.cssSelector(".chart[data-kind=phase]"));
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) script("""
                const chart = echarts.getInstanceByDom(arguments[0]);
                const series = chart.getOption().series;
                const s = series.findIndex(x => x.name === 'heat' && x.type === 'scatter');
                const p = series[s].data.find(d => d.name.includes(arguments[1]));
                return chart.convertToPixel({seriesIndex: s}, p.value);""", chart, MARKUP_NAME);
        int x = (int) Math.round(point.get(0).doubleValue() - chart.getRect().getWidth() / 2.0);
        int y = (int) Math.round(point.get(1).doubleValue() - chart.getRect().getHeight() / 2.0);
        new Actions(browser).moveToElement(chart, x, y).perform();
        String tooltip = new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> (String) script("""
                const tip = [...arguments[0].querySelectorAll('div')].find(el => el.textContent.includes('heat: ')
                    && getComputedStyle(el).display !== 'none' && el.children.length < 10);
                return tip ? tip.textContent : null;""", chart));
        assertThat(tooltip).contains("heat: pretrained(path=", MARKUP_NAME + ")", "σ_w² ");
        assertThat((Long) script("return arguments[0].querySelectorAll('img').length", chart)).isZero();
        assertThat(script("return document.body.id")).isNotEqualTo("xssheat");
        assertThat(consoleErrors()).isEmpty();
    }

    private List<?> xssMarks() {
        return (List<?>) script("return document.body.getAttributeNames().filter(n => n.startsWith('xss'))");
    }

    private void open(String url) {
        browser.get(url);
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> "true".equals(script("return document.documentElement.dataset.initlabReady")));
        browser.manage().logs().get(LogType.BROWSER); // start each page's console afresh
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    private List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER).getAll()) {
            if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
                errors.add(e.getMessage());
            }
        }
        return errors;
    }
}
