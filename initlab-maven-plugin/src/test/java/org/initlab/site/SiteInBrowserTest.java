package org.initlab.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.initlab.compare.Thresholds;
import org.initlab.experiment.ProgressListener;
import org.initlab.report.CompareBuilder;
import org.initlab.report.CompareRequest;
import org.initlab.results.ResultsJson;
import org.initlab.report.ReportBuilder;
import org.initlab.report.ReportRequest;
import org.initlab.testing.SharedDatasets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens every page of a freshly rendered classic report from disk in headless Chromium, as a
 * reader would, and checks what only a browser can: charts drawn, math typeset, no console
 * error, nothing loaded from the network. The site includes a {@code compare/} page against a
 * baseline with one histogram edited, so the overlay chart is checked too. Needs Debian's
 * chromium and chromium-driver; skipped without them, except on CI ({@code CI=true}) or with {@code -Dinitlab.requireBrowser=true}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteInBrowserTest {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    @TempDir
    static Path dir;
    private static Path site;
    private ChromeDriver browser;

    @BeforeAll
    void renderAndStartBrowser() throws Exception {
        boolean available = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (Boolean.getBoolean("initlab.requireBrowser") || "true".equals(System.getenv("CI"))) {
            assertThat(available).as("chromium and chromedriver in /usr/bin (required on CI)").isTrue();
        }
        assumeTrue(available, "chromium / chromedriver not installed");
        site = dir.resolve("initlab");
        new ReportBuilder(ProgressListener.SILENT).build(new ReportRequest("classic", List.of(), site,
                SiteSources.builtIn(), false, "auto", null, SharedDatasets.context(Path.of(".")), false, null, 2));
        compareWithAnEditedBaseline();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1800",
                "--user-data-dir=" + Files.createTempDirectory(dir, "profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        browser = new ChromeDriver(service, options);
    }

    /** Adds compare/ to the site, against a baseline whose histogram of one layer differs. */
    private static void compareWithAnEditedBaseline() throws Exception {
        ObjectNode baseline = (ObjectNode) ResultsJson.mapper().readTree(site.resolve("results.json").toFile());
        ArrayNode counts = (ArrayNode) baseline.at("/experiments/1/runs/2/layers/3/post/histogram/counts");
        for (int i = 0; i < counts.size(); i++) {
            counts.set(i, counts.get(i).longValue() / 2 + (i < counts.size() / 2 ? 1000 : 0));
        }
        Path file = dir.resolve("baseline.json");
        Files.writeString(file, ResultsJson.write(baseline));
        new CompareBuilder(ProgressListener.SILENT).compare(new CompareRequest(file.toString(), site, dir,
                Thresholds.DEFAULTS, Duration.ofSeconds(5), SiteSources.builtIn()));
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
        Map<String, Long> expectedCharts = Map.of(
                "experiments/t2-sigmoid.html", 24L,    // (5 layers + theory) × 4 initializers
                "experiments/t2-tanh.html", 24L,
                "experiments/t2-relu.html", 24L,
                "experiments/t2-gradients.html", 48L,  // (5 layers + norms) × 4 initializers × 2 activations
                "experiments/t2-sweep.html", 2L,       // one heatmap per activation
                "experiments/t1-circles.html", 4L,     // cost curves + 3 decision boundaries
                "experiments/t4-mnist.html", 1L,       // cost curves (784 inputs: no decision boundary)
                "experiments/t3-abalone.html", 90L,    // (8 layers + theory) × 5 initializers × 2 activations
                "catalogue.html", 4L);                 // dialect groups
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
}
