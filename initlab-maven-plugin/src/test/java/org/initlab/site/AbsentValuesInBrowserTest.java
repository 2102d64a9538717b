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
 * Pages of values that do not exist, in a real browser: LSUV's theory (no formula variance, so no
 * linear approximation) and a regression's accuracy are absent from the data, and the pages draw
 * every chart and say "not defined" where the old ones printed NaN.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AbsentValuesInBrowserTest {
    @TempDir
    static Path dir;
    private ChromeDriver browser;
    private Path site;

    @BeforeAll
    void renderAndStartBrowser() throws Exception {
        browser = HeadlessChromium.start(dir);
        Path project = Files.createDirectories(dir.resolve("project"));
        ExperimentDefinition lsuv = ExperimentDefinition.of("lsuv").with("dataset", "gaussian(rows=40, cols=6, seed=0)")
                .with("layers", "6,6").with("activation", "tanh").withInitializers("lsuv", "xavier_normal");
        ExperimentDefinition regression = ExperimentDefinition.of("regression").with("type", "training")
                .with("dataset", "circles(samples=40, noise=0.05, seed=1)").with("layers", "4,1").with("activation", "tanh")
                .with("outputActivation", "linear").with("loss", "mse").with("iterations", "20").withInitializers("xavier_uniform");
        site = project.resolve("site");
        new ReportBuilder(ProgressListener.SILENT).build(new ReportRequest("none", List.of(lsuv, regression), site,
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
    void lsuvsTheoryChartNamesTheMissingLinearApproximation() {
        open("experiments/lsuv.html");
        @SuppressWarnings("unchecked")
        Map<String, Object> theory = (Map<String, Object>) script("""
                const charts = [...document.querySelectorAll('.chart[data-kind=theory]')];
                const legends = charts.map(c => echarts.getInstanceByDom(c).getOption().legend[0].data);
                return {lsuv: legends[0][2], xavier: legends[1][2],
                        drawn: [...document.querySelectorAll('.chart')].every(c => c.dataset.drawn === 'true')};""");
        assertThat(theory.get("lsuv")).isEqualTo("linear approx.: not defined for lsuv");
        assertThat(theory.get("xavier")).isEqualTo("linear approx. n·Var(w)·E[x²]");
        assertThat(theory.get("drawn")).isEqualTo(true);
        assertThat(cells()).contains("not defined for lsuv").doesNotContain("NaN");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void aRegressionsAccuracyIsNotDefinedRatherThanNaN() {
        open("experiments/regression.html");
        assertThat(cells()).contains("not defined for a linear output").doesNotContain("NaN");
        assertThat(script("return [...document.querySelectorAll('.chart')].every(c => c.dataset.drawn === 'true')"))
                .isEqualTo(true);
        assertThat(consoleErrors()).isEmpty();
    }

    private void open(String page) {
        browser.get(site.resolve(page).toUri().toString());
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> "true".equals(script("return document.documentElement.dataset.initlabReady")));
    }

    /** The numbers' cells of the page's tables, as shown. */
    @SuppressWarnings("unchecked")
    private List<String> cells() {
        return (List<String>) script("return [...document.querySelectorAll('td.num')].map(td => td.innerText.trim())");
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    private List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::getMessage).toList();
    }
}
