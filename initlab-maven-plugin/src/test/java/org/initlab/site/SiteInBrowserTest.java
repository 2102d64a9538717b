package org.initlab.site;

import org.initlab.testing.SharedDatasets;
import org.initlab.report.ReportRequest;
import org.initlab.report.ReportBuilder;
import org.initlab.experiment.ProgressListener;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens every page of a freshly rendered classic report from disk in headless Chromium, as a
 * reader would, and checks what only a browser can: charts drawn, math typeset, no console
 * error, nothing loaded from the network, no "NaN" shown as a value; that the dark-mode toggle redraws every chart and is
 * remembered, that an activation section's legend hides and shows initializers' run cards from
 * the keyboard, and that a phone-wide window never scrolls a page sideways. The site includes a {@code compare/} page against a
 * baseline with one histogram edited, so the overlay chart is checked too. Needs Debian's
 * chromium and chromium-driver; skipped without them, except on CI ({@code CI=true}) or with {@code -Dinitlab.requireBrowser=true}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteInBrowserTest {

    @TempDir
    static Path dir;
    private static Path site;
    private ChromeDriver browser;

    @BeforeAll
    void renderAndStartBrowser() throws Exception {
        HeadlessChromium.requireAvailable(); // before the classic site is rendered for nothing
        site = ClassicSite.get();
        browser = HeadlessChromium.start(dir);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    Stream<String> pages() throws Exception {
        if (site == null) {
            return Stream.of("index.html"); // the test then skips in @BeforeAll's assumption
        }
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void pageDrawsEveryChartTypesetsMathAndStaysOffline(String page) {
        browser.get(site.resolve(page).toUri().toString());
        JavascriptExecutor js = browser;
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> "true".equals(js.executeScript("return document.documentElement.dataset.initlabReady")));

        @SuppressWarnings("unchecked")
        Map<String, Object> state = (Map<String, Object>) js.executeScript("""
                const charts = [...document.querySelectorAll('.chart')];
                const maths = [...document.querySelectorAll('.math')];
                return {
                  charts: charts.length,
                  drawn: charts.filter(c => echarts.getInstanceByDom(c) && c.querySelector('canvas')
                                            && c.dataset.drawn === 'true' && c.getAttribute('aria-label')).length,
                  maths: maths.length,
                  typeset: maths.filter(m => m.querySelector('.katex') && !m.classList.contains('math-error')).length,
                  remote: performance.getEntriesByType('resource').map(r => r.name).filter(n => !n.startsWith('file:')),
                };""");
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();

        assertThat(errors).as("console errors and warnings on " + page).isEmpty();
        assertThat((List<?>) state.get("remote")).as("resources loaded from outside the site").isEmpty();
        assertThat(state.get("drawn")).as("charts drawn on " + page).isEqualTo(state.get("charts"));
        assertThat(state.get("typeset")).as("math typeset on " + page).isEqualTo(state.get("maths"));
        assertThat(js.executeScript(ChartsDrawnInBrowserTest.VISIBLE_TEXT)).as("values shown on " + page).asString()
                .doesNotContain("NaN");
        Map<String, Long> expectedCharts = Map.of(
                "experiments/t2-sigmoid.html", 28L,    // (5 layers + theory + the seeds' summary) × 4 initializers
                "experiments/t2-tanh.html", 28L,
                "experiments/t2-relu.html", 28L,
                "experiments/t2-gradients.html", 84L,  // (5 layers + norms + the seeds' summary) × 4 initializers × 3 activations
                "experiments/t2-sweep.html", 2L,       // one heatmap per activation
                "experiments/t1-circles.html", 4L,     // cost curves + 3 decision boundaries
                "experiments/t4-mnist.html", 1L,       // cost curves (784 inputs: no decision boundary)
                "experiments/t4-mnist-pixels.html", 1L,
                "experiments/t3-abalone.html", 100L,   // (8 layers + theory + the seeds' summary) × 5 initializers × 2 activations
                "catalogue.html", 6L);                 // dialect groups
        if (page.equals("phase.html")) {   // phase diagram, depth scales, t2-sweep's depth against mean field
            assertThat((Long) state.get("charts")).as("charts on " + page).isEqualTo(3L);
        }
        if (expectedCharts.containsKey(page)) {
            assertThat((Long) state.get("charts")).as("charts on " + page).isEqualTo(expectedCharts.get(page));
        }
        if (page.startsWith("experiments/")) {
            assertThat((Long) state.get("maths")).isGreaterThan(3L);
        }
        if (page.equals("compare/index.html")) {
            assertThat((Long) state.get("charts")).as("one overlay of the moved histogram").isEqualTo(1L);
        }
    }

    @Test
    void theDarkModeToggleRedrawsEveryChartAndIsRemembered() {
        try {
            open("experiments/t2-gradients.html");
            assertThat(chartThemes()).hasSize(84);
            assertThat(chartThemes()).as("charts before toggling (headless Chromium prefers light)").containsOnly("light");
            WebElement toggle = browser.findElement(By.cssSelector(".theme-toggle"));
            assertThat(toggle.isDisplayed()).isTrue();
            assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("false");

            toggle.click();
            assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("true");
            assertThat(script("return document.documentElement.dataset.theme")).isEqualTo("dark");
            assertThat(script("return getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(17, 21, 28)");
            assertEveryChartDrawn("after switching to dark");
            assertThat(chartThemes()).containsOnly("dark");

            open("experiments/t2-relu.html");
            assertThat(script("return document.documentElement.dataset.theme")).as("the choice survives navigation").isEqualTo("dark");
            assertThat(chartThemes()).containsOnly("dark");
            assertEveryChartDrawn("on the next page in dark");

            browser.findElement(By.cssSelector(".theme-toggle")).click();
            assertThat(chartThemes()).containsOnly("light");
            assertEveryChartDrawn("after switching back to light");
            assertThat(script("return localStorage.getItem('initlab-theme')")).as("back to following the system").isNull();
            assertThat(consoleWarnings()).isEmpty();
        } finally {
            script("localStorage.clear()");
        }
    }

    @Test
    void aSectionsLegendHidesAndShowsAnInitializersRunCardFromTheKeyboard() {
        open("experiments/t2-relu.html");
        assertThat(browser.findElements(By.cssSelector(".run-filter"))).as("one legend per activation section").hasSize(1);
        assertThat(open("experiments/t2-gradients.html").findElements(By.cssSelector(".run-filter"))).hasSize(3);
        List<WebElement> boxes = browser.findElements(By.cssSelector(".run-filter input[type=checkbox]"));
        assertThat(boxes).hasSize(12);
        WebElement box = boxes.get(1);
        WebElement card = browser.findElement(By.id(box.getAttribute("aria-controls")));
        WebElement label = browser.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']"));
        assertThat(label.getText()).isEqualTo(card.getAttribute("data-initializer"));
        assertThat(card.isDisplayed()).isTrue();

        box.sendKeys(Keys.SPACE);
        assertThat(box.isSelected()).isFalse();
        assertThat(card.isDisplayed()).as("the run card after unticking its initializer").isFalse();
        assertThat(browser.findElements(By.cssSelector("article.run")).stream().filter(WebElement::isDisplayed).count())
                .isEqualTo(11); // 12 runs, one hidden
        assertThat(browser.findElement(By.cssSelector(".run-filter .shown")).getText()).isEqualTo("3 of 4 shown");

        browser.findElement(By.xpath("(//fieldset[@class='run-filter'])[1]//button")).sendKeys(Keys.ENTER);
        assertThat(card.isDisplayed()).as("after 'show all'").isTrue();
        assertThat(box.isSelected()).isTrue();
        assertEveryChartDrawn("after showing the card again");
        assertThat(consoleWarnings()).isEmpty();
    }

    @Test
    void aPhoneWideWindowNeverScrollsAPageSideways() {
        try {
            browser.manage().window().setSize(new Dimension(390, 844));
            for (String page : List.of("index.html", "catalogue.html", "compare/index.html", "experiments/t2-relu.html",
                    "experiments/t2-gradients.html", "experiments/t1-circles.html", "experiments/t3-abalone.html")) {
                open(page);
                assertThat((Long) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                        .as("width beyond the window on " + page).isLessThanOrEqualTo(0L);
                assertEveryChartDrawn("on a phone, " + page);
            }
            assertThat(consoleWarnings()).isEmpty();
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1800));
        }
    }

    @org.junit.jupiter.api.Test
    void theIndexDrawsTrendsAcrossBuildsFromTheHistory() throws Exception {
        Path two = Files.createTempDirectory(dir, "history");
        org.initlab.config.ExperimentDefinition d = org.initlab.config.ExperimentDefinition.of("small")
                .with("dataset", "gaussian(rows=40, cols=6, seed=0)").with("layers", "6,6").with("activation", "tanh")
                .withInitializers("xavier_normal", "normal(std=2)");
        for (int build = 0; build < 2; build++) {
            // the second build adds a run, which has no value in the first: its tooltip must say so, not throw
            org.initlab.config.ExperimentDefinition e = build == 0 ? d
                    : d.withInitializers("xavier_normal", "normal(std=2)", "kaiming_normal");
            new ReportBuilder(ProgressListener.SILENT).build(new ReportRequest("none", List.of(e.with("seed", "" + build)),
                    two.resolve("initlab"), SiteSources.builtIn(), false, "auto", null, SharedDatasets.context(Path.of(".")),
                    false, null, 1, two.resolve("initlab").toString()));
        }
        browser.get(two.resolve("initlab/index.html").toUri().toString());
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(x -> "true".equals(script("return document.documentElement.dataset.initlabReady")));
        assertThat((Long) script("return document.querySelectorAll('.chart[data-kind=history]').length")).isEqualTo(1L);
        assertEveryChartDrawn("on an index with two builds of history");
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) script("""
                const chart = echarts.getInstanceByDom(document.querySelector('.chart[data-kind=history]'));
                const series = chart.getOption().series.map(s => s.name);
                chart.dispatchAction({ type: 'showTip', seriesIndex: series.indexOf('kaiming_normal + tanh'), dataIndex: 0 });
                const valueFormatter = chart.getOption().tooltip[0].valueFormatter;
                return [series.join(', '), valueFormatter(undefined), valueFormatter(null), valueFormatter(0.5)];""");
        assertThat(shown.get(0)).as("the new run is a series").contains("kaiming_normal + tanh");
        assertThat(shown.subList(1, 4)).as("the first build's tooltip values, where the new run has none")
                .containsExactly("—", "—", "0.5");
        assertThat(consoleWarnings()).isEmpty();
    }

    private ChromeDriver open(String page) {
        browser.get(site.resolve(page).toUri().toString());
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> "true".equals(script("return document.documentElement.dataset.initlabReady")));
        return browser;
    }

    private Object script(String js) {
        return ((JavascriptExecutor) browser).executeScript(js);
    }

    /** The theme each chart was last drawn in. */
    @SuppressWarnings("unchecked")
    private List<String> chartThemes() {
        return (List<String>) script("return [...document.querySelectorAll('.chart')].map(c => c.dataset.theme)");
    }

    private void assertEveryChartDrawn(String when) {
        @SuppressWarnings("unchecked")
        List<Long> counts = (List<Long>) script("""
                const charts = [...document.querySelectorAll('.chart')];
                return [charts.length, charts.filter(c => echarts.getInstanceByDom(c) && !echarts.getInstanceByDom(c).isDisposed()
                                                        && c.querySelector('canvas') && c.dataset.drawn === 'true').length];""");
        assertThat(counts.get(1)).as("charts drawn " + when).isEqualTo(counts.get(0));
    }

    private List<LogEntry> consoleWarnings() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
    }
}
