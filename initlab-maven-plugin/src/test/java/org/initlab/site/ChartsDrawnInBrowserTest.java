package org.initlab.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the charts draw, checked in headless Chromium on a small report (issue 15): the decision
 * boundary's shading against the run's predictions, read back from the canvas; histograms' axes
 * (round ticks, a y maximum the exact zeros and out-of-range values do not set, labels that
 * contrast with the page in light and dark); explanations' markdown tables styled like the
 * report's; charts that follow a phone-wide window; and a page printed to PDF by
 * {@code chromium --print-to-pdf} that settles and carries every chart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChartsDrawnInBrowserTest {
    @TempDir
    static Path dir;
    private ChromeDriver browser;
    private Path site;

    @BeforeAll
    void renderAndStartBrowser() throws Exception {
        browser = HeadlessChromium.start(dir);
        Path project = Files.createDirectories(dir.resolve("project"));
        Path explanations = Files.createDirectories(project.resolve("explanations"));
        Files.writeString(explanations.resolve("relu.md"), """
                What ReLU does to the spread, layer by layer.

                | initializer | Var(w) |
                |---|---:|
                | He | 2/n |
                | small | 0.0001 |
                """);
        ExperimentDefinition circles = ExperimentDefinition.of("circles").with("type", "training")
                .with("dataset", "circles(samples=200, noise=0.05, seed=1)").with("layers", "10,5,1")
                .with("activation", "relu").with("outputActivation", "sigmoid").with("loss", "bce")
                .with("optimizer", "gd").with("learningRate", "0.5").with("iterations", "600").with("recordEvery", "100")
                .withInitializers("kaiming_normal(nonlinearity=relu)", "xavier_normal");
        ExperimentDefinition relu = ExperimentDefinition.of("relu").with("dataset", "gaussian(rows=400, cols=50, seed=0)")
                .with("layers", "50,50,50").with("activation", "relu")
                .withInitializers("kaiming_normal(nonlinearity=relu)", "normal(std=0.01)");
        ExperimentDefinition ranged = ExperimentDefinition.of("ranged").with("dataset", "gaussian(rows=400, cols=50, seed=0)")
                .with("layers", "50,50").with("activation", "relu").with("range", "-1,1").withInitializers("normal(std=1)");
        site = project.resolve("site");
        new ReportBuilder(ProgressListener.SILENT).build(new ReportRequest("none", List.of(circles, relu, ranged), site,
                new SiteSources(null, explanations, project), false, "java", null,
                new DatasetContext(project, true, project, DatasetListener.SILENT), false, null, 1));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /**
     * Every grid cell's centre, sampled on a screenshot of the chart (what a reader sees, all of
     * ECharts' canvas layers composed), is shaded as the run predicted it. With progressive
     * rendering the upper cells are not painted yet when the page reports itself ready.
     */
    @Test
    void theDecisionBoundaryIsShadedAsTheRunPredictedAtOnce() throws IOException {
        // No animation frame ever runs, as in a print snapshot: what is not painted at once never is.
        Map<String, Object> frozen = browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", "window.requestAnimationFrame = function () { return 0; };"));
        try {
            open("experiments/circles.html");
        } finally {
            browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", frozen.get("identifier")));
        }
        List<WebElement> charts = browser.findElements(By.cssSelector(".chart[data-kind=boundary]"));
        assertThat(charts).hasSize(2);
        for (WebElement chart : charts) {
            @SuppressWarnings("unchecked")
            List<List<Number>> cells = (List<List<Number>>) script(CELL_CENTRES, chart);
            BufferedImage shot = ImageIO.read(new ByteArrayInputStream(chart.getScreenshotAs(OutputType.BYTES)));
            double scale = shot.getWidth() / chart.getRect().getWidth();
            int sampled = 0;
            int agree = 0;
            boolean[] classes = new boolean[2];
            for (List<Number> cell : cells) {
                int x = (int) Math.round(cell.get(0).doubleValue() * scale);
                int y = (int) Math.round(cell.get(1).doubleValue() * scale);
                int predicted = cell.get(2).intValue() > 0 ? 1 : 0;
                classes[predicted] = true;
                sampled++;
                agree += shadeAt(shot.getRGB(x, y)) == predicted ? 1 : 0;
            }
            assertThat(classes).as("both classes predicted somewhere (else the test proves little)").containsOnly(true);
            assertThat(sampled).as("cells sampled away from the axes and the training points").isGreaterThan(1500);
            assertThat(agree).as("cells shaded as predicted, of " + sampled).isGreaterThanOrEqualTo((int) Math.round(0.95 * sampled));
        }
        assertThat(consoleErrors()).isEmpty();
    }

    /** boundaryOption's light shades of class 0 and 1. */
    private static final int[][] SHADES = {{0xfd, 0xe7, 0xcf}, {0xd6, 0xe2, 0xfb}};

    /** The class whose shade the pixel shows, or -1 when it is neither (unpainted, or another mark). */
    private static int shadeAt(int rgb) {
        int[] p = {(rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff};
        for (int k = 0; k < SHADES.length; k++) {
            if (Math.abs(p[0] - SHADES[k][0]) + Math.abs(p[1] - SHADES[k][1]) + Math.abs(p[2] - SHADES[k][2]) < 30) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Each grid cell's centre in the chart's CSS pixels with its predicted class, leaving out the
     * cells on the plot's border (axis lines) and those under a training point.
     */
    private static final String CELL_CENTRES = """
            const el = arguments[0], chart = echarts.getInstanceByDom(el);
            const b = initlabData[el.dataset.experiment].runs[Number(el.dataset.run)].training.boundary;
            const covered = b.points.map(p => chart.convertToPixel({seriesIndex: 1}, [p[0], p[1]]));
            const cells = [];
            b.predictions.forEach((p, j) => {
              const i = j % b.size, k = Math.floor(j / b.size);
              if (i === 0 || k === 0 || i === b.size - 1 || k === b.size - 1) { return; }
              const [px, py] = chart.convertToPixel({seriesIndex: 0},
                  [b.xMin + (b.xMax - b.xMin) / (b.size - 1) * i, b.yMin + (b.yMax - b.yMin) / (b.size - 1) * k]);
              if (!covered.some(([cx, cy]) => Math.abs(cx - px) < 6 && Math.abs(cy - py) < 6)) { cells.push([px, py, p]); }
            });
            return cells;""";

    /**
     * {@code chromium --print-to-pdf} with a virtual-time budget, as a reader's "save as PDF" or a
     * CI job would: it settles (a chart still painting progressively never lets virtual time
     * run out), and the PDF, rendered back to pixels, shows both classes' shading and the runs'
     * ink. Chromium prints canvases as vectors; the old boundary (3600 symbols on a layer of their
     * own) printed only its training points.
     */
    @Test
    void aPagePrintedToPdfSettlesAndCarriesEveryChart() throws Exception {
        Path pdf = dir.resolve("circles.pdf");
        Process chromium = new ProcessBuilder("/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--user-data-dir=" + Files.createTempDirectory(dir, "print"), "--virtual-time-budget=20000",
                "--no-pdf-header-footer", "--print-to-pdf=" + pdf, site.resolve("experiments/circles.html").toUri().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("print.log").toFile()).start();
        boolean settled = chromium.waitFor(120, TimeUnit.SECONDS);
        if (!settled) {
            chromium.destroyForcibly();
        }
        assertThat(settled).as("chromium --print-to-pdf finished within 120 s").isTrue();
        assertThat(chromium.exitValue()).as(Files.readString(dir.resolve("print.log"))).isZero();
        long[] shaded = new long[SHADES.length];
        long ink = 0;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 72);
                for (int y = 0; y < image.getHeight(); y++) {
                    for (int x = 0; x < image.getWidth(); x++) {
                        int shade = shadeAt(image.getRGB(x, y));
                        if (shade >= 0) {
                            shaded[shade]++;
                        }
                        ink += near(image.getRGB(x, y), RUN_BLUE) ? 1 : 0;
                    }
                }
            }
        }
        // two boundary charts of about 220 × 200 points at 72 dpi, each with both classes shaded
        assertThat(shaded[0]).as("points of the PDF shaded as class 0").isGreaterThan(5000);
        assertThat(shaded[1]).as("points of the PDF shaded as class 1").isGreaterThan(5000);
        assertThat(ink).as("points of the PDF in the first run's colour (its cost curve and class-1 points)").isGreaterThan(200);
    }

    /** The first run's colour on the cost chart, and class 1's points on the boundary. */
    private static final int[] RUN_BLUE = {0x34, 0x61, 0xc1};

    private static boolean near(int rgb, int[] colour) {
        return Math.abs(((rgb >> 16) & 0xff) - colour[0]) + Math.abs(((rgb >> 8) & 0xff) - colour[1])
                + Math.abs((rgb & 0xff) - colour[2]) < 40;
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    private void open(String page) {
        browser.get(site.resolve(page).toUri().toString());
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> "true".equals(script("return document.documentElement.dataset.initlabReady")));
    }

    private List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::getMessage).toList();
    }
}
