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

    /**
     * Histograms a reader can read: a value x-axis whose ticks are round (1, 2, 2.5 or 5 × 10^k
     * apart, multiples of that step) and cover the bins, each bar between its own edges, ReLU's
     * exact zeros (and values outside a configured range) as a note above the plot that never
     * sets the y maximum, and every text on the charts in contrast with the card behind it.
     */
    @Test
    void histogramsHaveRoundTicksTrueEdgesAndNotesThatNeverSetTheAxis() {
        try {
            for (String page : List.of("experiments/relu.html", "experiments/ranged.html")) {
                open(page);
                assertHistogramsReadable(page, "light");
                script("document.querySelector('.theme-toggle').click()");
                assertHistogramsReadable(page, "dark");
                script("document.querySelector('.theme-toggle').click()");
            }
            @SuppressWarnings("unchecked")
            List<String> notes = (List<String>) script(HISTOGRAMS + "return read().map(h => h.notes.join(' · '));");
            assertThat(notes).as("the ranged layers' notes: zeros, and the values the range [-1, 1] leaves out")
                    .allMatch(n -> n.matches("\\d+ exact zeros \\(\\d+ %\\) · \\d+ above 1"));
            assertThat(consoleErrors()).isEmpty();
        } finally {
            script("localStorage.clear()");
        }
    }

    @SuppressWarnings("unchecked")
    private void assertHistogramsReadable(String page, String theme) {
        List<Map<String, Object>> charts = (List<Map<String, Object>>) script(HISTOGRAMS + "return read();");
        assertThat(charts).as("histograms on " + page).isNotEmpty();
        int zeroDominated = 0;
        for (Map<String, Object> c : charts) {
            String what = page + " " + c.get("label") + " (" + theme + ")";
            assertThat(c.get("theme")).isEqualTo(theme);
            assertThat(c.get("xType")).as("x-axis type of " + what).isEqualTo("value");
            List<Number> ticks = (List<Number>) c.get("ticks");
            double step = ticks.get(1).doubleValue() - ticks.get(0).doubleValue();
            double mantissa = step / Math.pow(10, Math.floor(Math.log10(step)));
            assertThat(List.of(1.0, 2.0, 2.5, 5.0)).as("tick step " + step + " of " + what)
                    .anySatisfy(m -> assertThat(mantissa).isCloseTo(m, org.assertj.core.data.Offset.offset(1e-9)));
            for (Number t : ticks) {
                double k = t.doubleValue() / step;
                assertThat(Math.abs(k - Math.rint(k))).as("tick " + t + " a multiple of " + step + " on " + what).isLessThan(1e-6);
            }
            for (String label : (List<String>) c.get("labels")) {
                assertThat(label.replace("−", "-").replaceAll("e[-+]?\\d+$", "").replaceAll("^-?0*\\.?0*", "").replace(".", "").length())
                        .as("significant digits of the x label '" + label + "' on " + what).isLessThanOrEqualTo(3);
            }
            assertThat(ticks.get(0).doubleValue()).as("first tick at or below the first edge").isLessThanOrEqualTo(((Number) c.get("firstEdge")).doubleValue());
            assertThat(ticks.get(ticks.size() - 1).doubleValue()).as("last tick at or above the last edge")
                    .isGreaterThanOrEqualTo(((Number) c.get("lastEdge")).doubleValue());
            assertThat((Number) c.get("edgeError")).as("largest distance in px between a bar's side and its bin edge on " + what)
                    .satisfies(e -> assertThat(e.doubleValue()).isLessThan(1.5));
            double yMax = ((Number) c.get("yMax")).doubleValue();
            long tallest = ((Number) c.get("tallest")).longValue();
            long zeros = ((Number) c.get("zeros")).longValue();
            assertThat(yMax).as("y max of " + what + " covers the tallest bar").isGreaterThanOrEqualTo(tallest);
            if (zeros > 2 * tallest) {
                zeroDominated++;
                assertThat(yMax).as("y max of " + what + " is not set by its " + zeros + " exact zeros").isLessThan(zeros);
                assertThat((List<String>) c.get("notes")).as("notes of " + what).anyMatch(n -> n.startsWith(zeros + " exact zeros"));
            }
            assertThat(((Number) c.get("contrast")).doubleValue()).as("lowest contrast of a text (" + c.get("faintest") + ") on " + what)
                    .isGreaterThanOrEqualTo(4.5);
        }
        assertThat(zeroDominated).as("ReLU layers whose exact zeros outnumber every bar, on " + page).isPositive();
    }

    /** Each histogram as drawn: its axes through the ECharts model, its bars, notes and texts. */
    private static final String HISTOGRAMS = """
            const rgb = c => { const x = document.createElement('canvas').getContext('2d'); x.fillStyle = '#000'; x.fillStyle = c;
              const v = x.fillStyle; return v[0] === '#' ? [1, 3, 5].map(i => parseInt(v.substr(i, 2), 16))
                : v.match(/[\\d.]+/g).slice(0, 3).map(Number); };
            const lum = c => { const [r, g, b] = rgb(c).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
              return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
            const contrast = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
            function read() {
              return [...document.querySelectorAll('.chart[data-layer]')].map(el => {
                const chart = echarts.getInstanceByDom(el), model = chart.getModel();
                const stats = initlabData[el.dataset.experiment].runs[Number(el.dataset.run)].layers[Number(el.dataset.layer)][el.dataset.stat];
                const x = model.getComponent('xAxis', 0).axis, y = model.getComponent('yAxis', 0).axis;
                const data = model.getSeriesByIndex(0).getData();
                let edgeError = 0, tallest = 0;
                for (let i = 0; i < data.count(); i++) {
                  const bar = data.getItemGraphicEl(i), e = stats.histogram.edges;
                  const left = chart.convertToPixel({xAxisIndex: 0}, e[i]), right = chart.convertToPixel({xAxisIndex: 0}, e[i + 1]);
                  edgeError = Math.max(edgeError, Math.abs(bar.shape.x - left), Math.abs(bar.shape.x + bar.shape.width - right));
                  tallest = Math.max(tallest, data.get(data.mapDimension('y'), i));
                }
                const back = getComputedStyle(el.closest('.run') || document.body).backgroundColor;
                const texts = chart.getZr().storage.getDisplayList().filter(t => t.style && t.style.text && t.style.fill);
                const faintest = texts.map(t => [contrast(t.style.fill, back), t.style.text + ' in ' + t.style.fill + ' on ' + back])
                    .sort((a, b) => a[0] - b[0])[0];
                return {label: el.getAttribute('aria-label'), theme: el.dataset.theme, xType: chart.getOption().xAxis[0].type,
                  ticks: x.scale.getTicks().map(t => t.value), labels: x.getViewLabels().map(l => l.formattedLabel),
                  firstEdge: stats.histogram.edges[0], lastEdge: stats.histogram.edges[stats.histogram.edges.length - 1],
                  edgeError, tallest, yMax: y.scale.getExtent()[1], zeros: stats.zeros || 0,
                  notes: (chart.getOption().graphic[0] || {elements: []}).elements.map(g => g.style.text),
                  contrast: faintest[0], faintest: faintest[1]};
              });
            }
            """;

    /** An explanation's markdown table is ruled and padded like the report's own number tables. */
    @Test
    void anExplanationsMarkdownTableIsStyledLikeTheReportsOwn() {
        open("experiments/relu.html");
        @SuppressWarnings("unchecked")
        Map<String, String> style = (Map<String, String>) script("""
                const own = getComputedStyle(document.querySelector('table.numbers td'));
                const cell = document.querySelector('.explanation table td');
                const md = getComputedStyle(cell), right = getComputedStyle(cell.parentElement.lastElementChild);
                const table = getComputedStyle(cell.closest('table'));
                return {border: md.borderBottomStyle + ' ' + md.borderBottomWidth + ' ' + md.borderBottomColor,
                        ownBorder: own.borderBottomStyle + ' ' + own.borderBottomWidth + ' ' + own.borderBottomColor,
                        padding: md.paddingLeft, collapse: table.borderCollapse, alignRight: right.textAlign,
                        header: getComputedStyle(cell.closest('table').querySelector('th')).borderBottomWidth};""");
        assertThat(style.get("border")).as("a markdown table cell's rule").isEqualTo(style.get("ownBorder")).startsWith("solid 1px");
        assertThat(style.get("padding")).as("its padding").isNotEqualTo("0px");
        assertThat(style.get("collapse")).isEqualTo("collapse");
        assertThat(style.get("alignRight")).as("a column aligned ---: in markdown").isIn("right", "-webkit-right");
        assertThat(style.get("header")).as("the header's rule").isEqualTo("2px");
    }

    /**
     * A phone-wide window (390 px): the page never scrolls sideways, and every chart follows its
     * box, both when the page opens that narrow and when a wide window is narrowed.
     */
    @Test
    void chartsFollowAPhoneWideWindow() {
        try {
            for (String page : List.of("experiments/circles.html", "experiments/relu.html")) {
                browser.manage().window().setSize(new Dimension(1280, 1800));
                open(page);
                browser.manage().window().setSize(new Dimension(390, 844));
                new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> (Long) script("return window.innerWidth") <= 390L);
                assertChartsFitTheirBoxes("narrowed, " + page);
                open(page);
                assertChartsFitTheirBoxes("opened narrow, " + page);
                assertThat((Long) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                        .as("width beyond the window on " + page).isLessThanOrEqualTo(0L);
            }
            assertThat(consoleErrors()).isEmpty();
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1800));
        }
    }

    private void assertChartsFitTheirBoxes(String when) {
        @SuppressWarnings("unchecked")
        List<String> misfits = (List<String>) script("""
                return [...document.querySelectorAll('.chart')].filter(el => {
                  const c = echarts.getInstanceByDom(el);
                  return !c || Math.abs(c.getWidth() - el.clientWidth) > 1 || c.getWidth() > window.innerWidth;
                }).map(el => el.getAttribute('aria-label') + ': ' + echarts.getInstanceByDom(el).getWidth() + ' in ' + el.clientWidth);""");
        assertThat(misfits).as("charts not the width of their box, " + when).isEmpty();
    }

    /** No page of this report shows "NaN" as a value, in its text or drawn on a chart. */
    @Test
    void noPageShowsNaN() {
        for (String page : List.of("index.html", "experiments/circles.html", "experiments/relu.html", "experiments/ranged.html")) {
            open(page);
            assertThat(script(VISIBLE_TEXT)).as("visible text of " + page).asString().doesNotContain("NaN");
        }
    }

    /**
     * The page's rendered values: its text without the column headers ("NaN / ∞" names a count) and
     * the explanations' prose (which may speak of NaN), with every chart's drawn texts.
     */
    static final String VISIBLE_TEXT = """
            let shown = document.body.innerText;
            document.querySelectorAll('th, .explanation, .derivation').forEach(el => { shown = shown.replace(el.innerText, ''); });
            return shown + '\\n' + [...document.querySelectorAll('.chart')].map(el => {
              const c = echarts.getInstanceByDom(el);
              return c ? c.getZr().storage.getDisplayList().map(t => t.style && t.style.text).filter(Boolean).join('\\n') : '';
            }).join('\\n');""";

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
