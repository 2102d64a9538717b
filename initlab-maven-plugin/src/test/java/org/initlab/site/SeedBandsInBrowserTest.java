package org.initlab.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 13, in a real browser: pages of several seeds draw medians with an interquartile band (a
 * stacked pair of line series, the upper one filled), histograms pooled over the seeds with
 * per-bin whiskers, and tables of {@code median [low, high]}; without console errors.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedBandsInBrowserTest {
    @TempDir
    static Path dir;
    private ChromeDriver browser;
    private Path site;

    @BeforeAll
    void renderAndStartBrowser() throws Exception {
        browser = HeadlessChromium.start(dir);
        Path project = Files.createDirectories(dir.resolve("project"));
        ExperimentDefinition gradients = ExperimentDefinition.of("grads").with("type", "gradients")
                .with("dataset", "gaussian(rows=40, cols=6, seed=1)").with("layers", "6,5,4").with("activation", "tanh")
                .with("seeds", "0..4").withInitializers("xavier_normal", "kaiming_normal(nonlinearity=relu)");
        ExperimentDefinition training = ExperimentDefinition.of("train").with("type", "training")
                .with("dataset", "circles(samples=40, noise=0.1, seed=1)").with("layers", "5,1").with("activation", "relu")
                .with("iterations", "60").with("recordEvery", "10").with("seeds", "0,4,9")
                .withInitializers("kaiming_normal(nonlinearity=relu)", "normal(std=1)");
        site = project.resolve("site");
        new ReportBuilder(ProgressListener.SILENT).build(new ReportRequest("none", List.of(gradients, training), site,
                new SiteSources(null, null, project), false, "java", null,
                new DatasetContext(project, true, project, DatasetListener.SILENT), false, null, 1));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void layerChartsDrawMediansWithBandsAndPooledHistogramsWithWhiskers() {
        open("experiments/grads.html");
        @SuppressWarnings("unchecked")
        Map<String, Object> drawn = (Map<String, Object>) script("""
                const option = el => echarts.getInstanceByDom(el).getOption();
                const spread = [...document.querySelectorAll('.chart[data-kind=seed-spread]')].map(option);
                const hist = option(document.querySelector('.chart[data-layer="0"]'));
                const band = spread[0].series.filter(s => s.stack === 'std');
                return {all: [...document.querySelectorAll('.chart')].every(c => c.dataset.drawn === 'true'),
                        spreads: spread.length, bandFilled: band.length === 2 && !!band[1].areaStyle && !band[0].areaStyle,
                        medianLayers: spread[0].series[0].data.length,
                        histTypes: hist.series.map(s => s.type), whiskers: hist.series[1].data.length,
                        bars: hist.series[0].data.length};""");
        assertThat(drawn.get("all")).isEqualTo(true);
        assertThat(drawn.get("spreads")).isEqualTo(2L);
        assertThat(drawn.get("bandFilled")).isEqualTo(true);
        assertThat(drawn.get("medianLayers")).isEqualTo(3L);
        assertThat(drawn.get("histTypes")).isEqualTo(List.of("bar", "custom"));
        assertThat(drawn.get("whiskers")).isEqualTo(drawn.get("bars"));
        assertThat(text(".seeds-note")).contains("5 seeds; lines show the median over the seeds");
        assertThat(cells(".seed-spread")).hasSize(2 * 3 * 2).allMatch(c -> c.matches("\\S+ \\[\\S+, \\S+\\]"));
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void costCurvesDrawBandsAndTheTableShowsMediansWithIntervals() {
        open("experiments/train.html");
        @SuppressWarnings("unchecked")
        Map<String, Object> costs = (Map<String, Object>) script("""
                const o = echarts.getInstanceByDom(document.querySelector('.chart[data-kind=costs]')).getOption();
                return {legend: o.legend[0].data, series: o.series.length,
                        filled: o.series.filter(s => s.areaStyle).length, points: o.series[0].data.length,
                        recorded: window.initlabData.train.runs[0].training.costs.length,
                        all: [...document.querySelectorAll('.chart')].every(c => c.dataset.drawn === 'true')};""");
        assertThat(costs.get("legend")).isEqualTo(List.of("kaiming_normal(nonlinearity=relu)", "normal(std=1)"));
        assertThat(costs.get("series")).isEqualTo(6L);
        assertThat(costs.get("filled")).isEqualTo(2L);
        assertThat(costs.get("points")).isEqualTo(costs.get("recorded")).isNotEqualTo(0L);
        assertThat(costs.get("all")).isEqualTo(true);
        assertThat(cells(".seeds-table td.num")).hasSize(2 * 3).anyMatch(c -> c.matches("\\S+ \\[\\S+, \\S+\\]"))
                .contains("no test set");
        assertThat(consoleErrors()).isEmpty();
    }

    private void open(String page) {
        browser.get(site.resolve(page).toUri().toString());
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> "true".equals(script("return document.documentElement.dataset.initlabReady")));
    }

    @SuppressWarnings("unchecked")
    private List<String> cells(String selector) {
        return (List<String>) script("return [...document.querySelectorAll(arguments[0])].map(td => td.innerText.trim())",
                selector);
    }

    private String text(String selector) {
        return (String) script("return document.querySelector(arguments[0]).innerText", selector);
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    private List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::getMessage).toList();
    }
}
