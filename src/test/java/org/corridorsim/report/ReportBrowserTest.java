package org.corridorsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.corridorsim.experiment.output.ComparisonFiles;
import org.corridorsim.experiment.output.ExperimentFiles;
import org.corridorsim.format.Format;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens the generated reports in headless Chromium: they load from disk without a console error
 * or a network request, every chart draws, and the numbers shown are those of the result files.
 * Saves target/report-screenshot.png of the run report.
 */
class ReportBrowserTest {

    private static final String CANVASES = """
            return Array.from(document.querySelectorAll('canvas')).map(function (canvas) {
              var painted = 0;
              if (canvas.width > 0 && canvas.height > 0) {
                var pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                for (var i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) { painted++; } }
              }
              var chart = Chart.getChart(canvas);
              return { id: canvas.id, width: canvas.width, height: canvas.height, painted: painted,
                points: chart ? chart.data.datasets.reduce(function (n, d) { return n + d.data.length; }, 0) : 0 };
            });""";

    /**
     * Where each chart drew: its plot area against its canvas, every drawn point against the plot
     * area, and the range of each numeric axis against that of the data plotted on it (a scatter
     * plot whose x axis spans only its first and last point hides the particles beyond them).
     */
    static final String GEOMETRY = """
            return Array.from(document.querySelectorAll('canvas')).map(function (canvas) {
              var chart = Chart.getChart(canvas);
              var area = chart.chartArea;
              var title = canvas.closest('figure').querySelector('.chart-title').textContent;
              var outside = [];
              var range = { x: [Infinity, -Infinity], y: [Infinity, -Infinity] };
              var pointed = chart.config.type === 'scatter' || chart.config.type === 'line';
              chart.data.datasets.forEach(function (d, i) {
                if (!pointed || !chart.isDatasetVisible(i)) { return; }
                chart.getDatasetMeta(i).data.forEach(function (element, j) {
                  var raw = d.data[j];
                  if (raw === null || raw === undefined || element.skip) { return; }
                  if (typeof raw === 'object') {
                    if (raw.x === null || raw.y === null || !isFinite(raw.x) || !isFinite(raw.y)) { return; }
                    range.x = [Math.min(range.x[0], raw.x), Math.max(range.x[1], raw.x)];
                    range.y = [Math.min(range.y[0], raw.y), Math.max(range.y[1], raw.y)];
                  }
                  if (!(element.x >= area.left - 0.5 && element.x <= area.right + 0.5
                      && element.y >= area.top - 0.5 && element.y <= area.bottom + 0.5)) {
                    outside.push(d.label + '[' + j + '] at ' + Math.round(element.x) + ',' + Math.round(element.y));
                  }
                });
              });
              var axes = {};
              ['x', 'y'].forEach(function (id) {
                var scale = chart.scales[id];
                if (scale && scale.type === 'linear' && range[id][0] <= range[id][1]) {
                  axes[id] = { min: scale.min, max: scale.max, low: range[id][0], high: range[id][1] };
                }
              });
              // an axis title longer than its side of the canvas is cut off where it is drawn
              var clipped = [];
              ['x', 'y'].forEach(function (id) {
                var scale = chart.scales[id];
                var t = scale && scale.options.title;
                if (!t || !t.display || !t.text) { return; }
                var ctx = chart.ctx;
                ctx.save();
                ctx.font = Chart.helpers.toFont(t.font).string;
                var width = ctx.measureText(String(t.text)).width;
                ctx.restore();
                var room = id === 'x' ? chart.width : chart.height;
                if (width > room) { clipped.push(id + ': "' + t.text + '" is ' + Math.round(width) + ' px, room ' + room); }
              });
              return { title: title, type: chart.config.type, canvasWidth: chart.width, canvasHeight: chart.height,
                areaWidth: area.right - area.left, areaHeight: area.bottom - area.top,
                outside: outside.slice(0, 5), outsideCount: outside.length, axes: axes, clipped: clipped };
            });""";

    private static final String MARKED = """
            return Array.from(document.querySelectorAll('[data-metric]')).map(function (e) {
              return { metric: e.dataset.metric, mean: e.dataset.mean, variant: e.dataset.variant || '',
                role: e.dataset.role || '', shown: e.querySelector('.mean').textContent,
                card: e.closest('.card') !== null };
            });""";

    @TempDir
    static Path directory;

    private static ChromeDriver driver;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (Browser.present()) {
            driver = Browser.shared();
        }
    }

    @BeforeEach
    void requireBrowser() {
        Browser.assumePresent();
    }

    @Test
    void runReportLoadsOfflineDrawsEveryChartWithUnitsAndShowsTheNumbersOfSummaryJson() throws IOException, URISyntaxException {
        Path out = directory.resolve("run");
        ExperimentFiles.writeAll(out, Reports.run(), Reports.scenario()::offsetTime);
        HtmlReport.writeRun(out, Reports.scenario(), Reports.run());
        openCleanly(out.resolve(HtmlReport.REPORT_HTML));
        // checked on this page rather than on pages of their own: each page load costs a second or two
        assertNoValueAxisEndsBelowOneHundredth();
        assertEveryCorridorColumnHasOneUnitInItsHeading();

        assertEquals(Reports.TITLE, driver.getTitle(), "the title is text, not markup");
        assertEquals(Reports.TITLE, driver.findElement(By.tagName("h1")).getText());
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), "no injected script ran");

        JsonNode summary = new ObjectMapper().readTree(out.resolve(ExperimentFiles.SUMMARY_JSON).toFile()).get("metrics");
        List<Map<String, Object>> marked = script(MARKED);
        assertTrue(marked.size() > 20, "numbers marked: " + marked.size());
        for (Map<String, Object> number : marked) {
            JsonNode meanNode = summary.get((String) number.get("metric")).get("mean");
            if (meanNode.isNull()) {
                assertEquals(null, number.get("mean"), "no mean is marked where none was observed");
                continue;
            }
            double mean = meanNode.asDouble();
            assertEquals(mean, Double.parseDouble((String) number.get("mean")), number.toString());
            if ((Boolean) number.get("card")) {
                assertEquals(Format.number(mean), number.get("shown"), number.toString());
            }
        }
        assertTrue(marked.stream().anyMatch(n -> n.get("metric").equals("evacuated") && (Boolean) n.get("card")));

        Map<String, Object> tooltip = tooltip("Throughput, all corridors", 10);
        assertEquals("Sun 31 Mar 05:00–06:00", tooltip.get("title"),
                "the 11th bin, 10 hours after 18:00, in local time after the clock change");
        assertTrue(((String) tooltip.get("body")).matches("all corridors: [0-9.,]+ persons \\(95% CI .+ – .+ persons\\)"),
                tooltip.toString());

        driver.manage().window().setSize(new Dimension(1300, height()));
        Path screenshot = buildDirectory().resolve("report-screenshot.png");
        Files.write(screenshot, driver.getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new Dimension(1300, 1000));
        assertTrue(Files.size(screenshot) > 50_000, "screenshot of " + Files.size(screenshot) + " bytes");
    }

    @Test
    void aSingleReplicationHasNoIntervalsAndStillDrawsCleanly() throws IOException {
        Path out = directory.resolve("single");
        HtmlReport.writeRun(out, Reports.scenario(), Reports.single());
        openCleanly(out.resolve(HtmlReport.REPORT_HTML));
        assertTrue(driver.findElement(By.cssSelector(".card.primary")).getText().contains("no interval from 1 replication"));
    }

    @Test
    void comparisonReportShowsThePairedDifferencesOfComparisonJsonAndMarksConditionalMetrics() throws IOException {
        Path out = directory.resolve("compare");
        ComparisonFiles.writeAll(out, Reports.comparison());
        HtmlReport.writeComparison(out, Reports.variants(), Reports.comparison());
        openCleanly(out.resolve(HtmlReport.REPORT_HTML));

        assertEquals("Comparison: report-small vs. report-small-calm", driver.findElement(By.tagName("h1")).getText(),
                "named after what is compared, not after the baseline's title");
        assertEquals(driver.getTitle(), driver.findElement(By.tagName("h1")).getText());
        assertAssumptionsShown();
        JsonNode metrics = new ObjectMapper().readTree(out.resolve(ComparisonFiles.COMPARISON_JSON).toFile()).get("metrics");
        int differences = 0;
        for (Map<String, Object> number : script(MARKED)) {
            boolean difference = number.get("role").equals("difference");
            JsonNode expected = metrics.get((String) number.get("metric")).get(difference ? "differences" : "variants")
                    .get((String) number.get("variant"));
            assertEquals(expected.get("mean").asDouble(), Double.parseDouble((String) number.get("mean")), number.toString());
            differences += difference ? 1 : 0;
        }
        assertTrue(differences >= 10, "differences shown: " + differences);
        assertConditionalMetricsMarkedAndNeverHighlighted();
    }

    @Test
    void attributionReportLoadsOfflineAndDrawsItsBarsWithWhiskers() throws IOException {
        Path out = directory.resolve("attribution");
        org.corridorsim.scenario.Scenario scenario = Reports.scenario();
        org.corridorsim.experiment.AttributionResult result = org.corridorsim.experiment.Attribution.of(scenario)
                .replications(3).run();
        HtmlReport.writeAttribution(out, scenario, result);
        openCleanly(out.resolve(HtmlReport.REPORT_HTML), 2);

        String table = driver.findElement(By.cssSelector("table.attribution")).getText();
        for (String policy : result.policies()) {
            assertTrue(table.contains(policy), table);
        }
        assertAssumptionsShown();
    }

    @Test
    void fitReportLoadsOfflineAndDrawsBarsDensitiesScatterAndPredictiveChecks() throws Exception {
        Path out = directory.resolve("fit");
        org.corridorsim.scenario.Scenario scenario = new org.corridorsim.scenario.ScenarioLoader()
                .load(Path.of("src/test/resources/inference/two-corridors.yaml"));
        org.corridorsim.inference.FitResult result = org.corridorsim.inference.Fit.of(scenario).particles(60).seed(2)
                .predictiveDraws(20).run();
        HtmlReport.writeFit(out, result);
        openCleanly(out.resolve(HtmlReport.REPORT_HTML), 8);
        long scatters = (Long) driver.executeScript("return JSON.parse(document.getElementById('report-data')"
                + ".textContent).charts.filter(function (c) { return c.type === 'scatter'; }).length");
        assertEquals(1L, scatters, "one pair of parameters, under the hypothesis with two");
        // both parameters are probabilities: the scatter's axes stay within [0, 1], where they can lie
        @SuppressWarnings("unchecked")
        Map<String, Object> ranges = (Map<String, Object>) driver.executeScript("""
                var canvas = Array.from(document.querySelectorAll('canvas')).find(function (c) {
                  return Chart.getChart(c).config.type === 'scatter'; });
                var chart = Chart.getChart(canvas);
                return { xmin: chart.scales.x.min, xmax: chart.scales.x.max, ymin: chart.scales.y.min,
                  ymax: chart.scales.y.max };""");
        for (String end : List.of("xmin", "ymin")) {
            assertTrue(((Number) ranges.get(end)).doubleValue() >= 0, "a probability axis below 0: " + ranges);
        }
        for (String end : List.of("xmax", "ymax")) {
            assertTrue(((Number) ranges.get(end)).doubleValue() <= 1, "a probability axis above 1: " + ranges);
        }
        String table = driver.findElement(By.cssSelector("table.fit-hypotheses")).getText();
        for (org.corridorsim.inference.HypothesisPosterior h : result.hypotheses()) {
            assertTrue(table.contains(h.id()), table);
        }
        String priors = driver.findElement(By.cssSelector("table.fit-priors")).getText();
        assertTrue(priors.contains("blocking.block-a.probability uniform 0 to 1")
                && priors.contains("blocking.block-b.probability uniform 0 to 1"), priors);
        // The file's 0.5 for these probabilities is a placeholder: never shown as a policy in force.
        String placeholders = driver.findElement(By.cssSelector("[data-note='placeholders']")).getText();
        assertTrue(placeholders.contains("blocking.block-a.probability") && placeholders.contains("not in force"),
                placeholders);
        List<String> headings = driver.findElements(By.tagName("h3")).stream().map(e -> e.getText()).toList();
        assertFalse(headings.contains("Blocking policies in force"), headings.toString());
        String policies = driver.findElement(By.cssSelector("table.policies")).getText();
        assertTrue(policies.contains("placeholder: probability fitted"), policies);
    }

    @Test
    void sweepReportLoadsOfflineAndDrawsEveryChartWithADashPerCorridor() throws IOException {
        Path out = directory.resolve("sweep");
        HtmlReport.writeSweep(out, Reports.scenario(), Reports.sweep(), Reports.POINTS);
        openCleanly(out.resolve(HtmlReport.REPORT_HTML));
        assertEquals(Reports.sweep().size() * 7, script(MARKED).size());
        assertSweepLinesPerCorridorHaveDistinctDashes();
    }

    @Test
    void aTwoParameterSweepDrawsEveryMetricAsAHeatMapOverTheGrid() throws IOException {
        Path out = directory.resolve("sweep-grid");
        HtmlReport.writeSweep(out, Reports.scenario(), Reports.sweep(Reports.GRID), Reports.GRID);
        openCleanly(out.resolve(HtmlReport.REPORT_HTML)); // checks that no chart is left blank by its labels
        @SuppressWarnings("unchecked")
        Map<String, Object> evacuated = (Map<String, Object>) driver.executeScript("""
                var figure = Array.from(document.querySelectorAll('figure')).find(function (f) {
                  return f.querySelector('.chart-title').textContent === 'Evacuated';
                });
                var chart = Chart.getChart(figure.querySelector('canvas'));
                return { x: chart.options.scales.x.title.text, y: chart.options.scales.y.title.text,
                  cells: chart.data.datasets[0].data.length };""");
        // long paths keep their end on the axis; the points table and tooltips name them in full
        assertTrue(((String) evacuated.get("x")).endsWith("north.checkpoint.lanes"), evacuated.toString());
        assertTrue(((String) evacuated.get("y")).endsWith("south.transport.vehicles"), evacuated.toString());
        assertEquals(4L, evacuated.get("cells"), "one cell per point of the 2 x 2 grid");
        assertAssumptionsShown();
    }

    private static void assertAssumptionsShown() {
        String box = driver.findElement(By.cssSelector("details.assumptions")).getText();
        assertTrue(box.contains("corridors.north.checkpoint.lanes") && box.contains("<b>not bold</b>"), box);
    }

    private static final String VALUE_AXES = """
            return Array.from(document.querySelectorAll('canvas')).map(function (canvas) {
              var chart = Chart.getChart(canvas);
              var scale = chart.options.indexAxis === 'y' && chart.config.type === 'bar' && !chart.scales.x.options.afterBuildTicks
                  ? chart.scales.x : chart.scales.y;
              var title = canvas.closest('figure').querySelector('.chart-title').textContent;
              return { title: title, max: Math.max(Math.abs(scale.max), Math.abs(scale.min)) };
            });""";

    @Test
    void tinyCheckpointValuesGetANoteInsteadOfAnAxisScaledToThousandths() throws IOException {
        Path out = directory.resolve("uncrowded");
        HtmlReport.writeRun(out, Reports.uncrowded(), Reports.uncrowdedRun());
        openCleanly(out.resolve(HtmlReport.REPORT_HTML));
        var note = driver.findElement(By.cssSelector("[data-note='tiny-checkpoint-values']"));
        assertTrue(note.isDisplayed());
        assertTrue(note.getText().contains("not charted"), note.getText());
        List<Map<String, Object>> axes = script(VALUE_AXES);
        assertTrue(axes.stream().noneMatch(a -> a.get("title").equals("Queue at the checkpoint")), axes.toString());
        assertTrue(axes.stream().noneMatch(a -> a.get("title").equals("Wait for screening")), axes.toString());
    }

    /** No chart of the run report has a value axis ending below one hundredth. */
    private static void assertNoValueAxisEndsBelowOneHundredth() {
        for (Map<String, Object> axis : script(VALUE_AXES)) {
            assertTrue(((Number) axis.get("max")).doubleValue() >= 0.01, axis.toString());
        }
    }

    /** Every column of the corridor table has one unit, named in its heading. */
    private static void assertEveryCorridorColumnHasOneUnitInItsHeading() {
        List<String> headings = driver.findElements(By.cssSelector("table.corridor-metrics th")).stream()
                .map(e -> e.getText()).toList();
        assertTrue(headings.subList(1, headings.size()).stream().allMatch(h -> h.matches(".+ \\((persons|s|min|h|d|groups|%)\\)")),
                headings.toString());
        List<String> cells = driver.findElements(By.cssSelector("table.corridor-metrics td .metric")).stream()
                .map(e -> e.getText()).toList();
        assertTrue(cells.size() >= 6, cells.toString());
        for (String cell : cells) {
            assertTrue(cell.matches("[0-9.,]+( ± [0-9.,]+)?|n/a"),
                    "a number in the column's unit, no unit of its own (n/a: nobody observed): " + cell);
        }
    }

    /** The sweep's lines per corridor have distinct dashes, and the caption points to a file that exists. */
    private static void assertSweepLinesPerCorridorHaveDistinctDashes() {
        @SuppressWarnings("unchecked")
        Map<String, Object> chart = (Map<String, Object>) driver.executeScript("""
                var figure = Array.from(document.querySelectorAll('figure')).find(function (f) {
                  return f.querySelector('.chart-title').textContent === 'Evacuated per corridor';
                });
                var chart = Chart.getChart(figure.querySelector('canvas'));
                return { caption: figure.textContent,
                  dashes: chart.data.datasets.filter(function (d) { return !d.band; })
                    .map(function (d) { return JSON.stringify(d.borderDash); }) };""");
        @SuppressWarnings("unchecked")
        List<String> dashes = (List<String>) chart.get("dashes");
        assertEquals(3, dashes.size(), dashes.toString());
        assertEquals(dashes.size(), new java.util.HashSet<>(dashes).size(), "distinct dash patterns: " + dashes);
        String caption = (String) chart.get("caption");
        assertFalse(caption.contains("table of each point"), caption);
        assertTrue(caption.contains("sweep.csv"), caption);
    }

    /** The comparison marks conditional metrics and never highlights their differences. */
    private static void assertConditionalMetricsMarkedAndNeverHighlighted() {
        List<org.openqa.selenium.WebElement> rows = driver.findElements(By.cssSelector("table.comparison tbody tr"));
        int conditionalRows = 0;
        for (org.openqa.selenium.WebElement row : rows) {
            String label = row.findElement(By.tagName("td")).getText();
            boolean conditional = label.startsWith("Time in system");
            assertEquals(conditional, !row.findElements(By.cssSelector(".conditional")).isEmpty(), label);
            if (conditional) {
                conditionalRows++;
                assertTrue(row.findElements(By.cssSelector(".shift")).isEmpty(), "highlighted: " + label);
            }
        }
        assertEquals(3, conditionalRows, "mean, median and 90th percentile of time in system");
    }

    /**
     * Opens {@code file} and checks what every report must do: no console error, no request for
     * anything, a policy that forbids requests, and every chart drawn with data.
     */
    private static void openCleanly(Path file) {
        openCleanly(file, 5);
    }

    private static void openCleanly(Path file, int leastCharts) {
        driver.manage().logs().get(LogType.BROWSER); // start from an empty console
        driver.get(file.toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> d.findElement(By.tagName("body")).getDomAttribute("data-charts-drawn") != null);

        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
        assertEquals(List.of(), errors, "console errors");
        assertEquals(0L, driver.executeScript("return performance.getEntriesByType('resource').length"),
                "network or file requests");
        String policy = (String) driver.executeScript(
                "return document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content");
        assertTrue(policy.startsWith("default-src 'none';"), policy);

        List<Map<String, Object>> canvases = script(CANVASES);
        long charts = (Long) driver.executeScript(
                "return JSON.parse(document.getElementById('report-data').textContent).charts.length");
        assertTrue(charts >= leastCharts, charts + " charts");
        assertEquals(charts, canvases.size(), "one canvas per chart");
        assertEquals(Long.toString(charts), driver.findElement(By.tagName("body")).getDomAttribute("data-charts-drawn"));
        for (Map<String, Object> canvas : canvases) {
            assertTrue((Long) canvas.get("width") > 0 && (Long) canvas.get("height") > 0, canvas.toString());
            assertTrue((Long) canvas.get("painted") > 1000, "drawn pixels: " + canvas);
            assertTrue((Long) canvas.get("points") > 0, "plotted values: " + canvas);
        }
        checkGeometry();
    }

    /**
     * Every chart keeps most of its canvas for the plot (labels that fill the canvas leave a blank
     * chart), draws every point inside its plot area, and has numeric axes that span its data.
     */
    @SuppressWarnings("unchecked")
    private static void checkGeometry() {
        for (Map<String, Object> chart : script(GEOMETRY)) {
            double width = ((Number) chart.get("canvasWidth")).doubleValue();
            double height = ((Number) chart.get("canvasHeight")).doubleValue();
            double areaWidth = ((Number) chart.get("areaWidth")).doubleValue();
            double areaHeight = ((Number) chart.get("areaHeight")).doubleValue();
            assertTrue(areaWidth >= 0.5 * width && areaHeight >= 0.4 * height,
                    "labels leave the plot " + Math.round(areaWidth) + " x " + Math.round(areaHeight) + " of a "
                    + Math.round(width) + " x " + Math.round(height) + " canvas: " + chart);
            assertEquals(0L, chart.get("outsideCount"), "points drawn outside the plot area: " + chart);
            assertEquals(List.of(), chart.get("clipped"), "axis titles cut off: " + chart);
            Map<String, Map<String, Object>> axes = (Map<String, Map<String, Object>>) chart.get("axes");
            for (var axis : axes.entrySet()) {
                Map<String, Object> a = axis.getValue();
                double min = ((Number) a.get("min")).doubleValue();
                double max = ((Number) a.get("max")).doubleValue();
                assertTrue(min <= ((Number) a.get("low")).doubleValue() && max >= ((Number) a.get("high")).doubleValue(),
                        "the " + axis.getKey() + " axis does not span the data: " + chart);
            }
        }
    }

    /** What the tooltip of the chart headed {@code heading} says over point {@code index} of its first line. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> tooltip(String heading, int index) {
        return (Map<String, Object>) driver.executeScript("""
                var heading = arguments[0];
                var index = arguments[1];
                var figure = Array.from(document.querySelectorAll('figure')).find(function (f) {
                  return f.querySelector('.chart-title').textContent === heading;
                });
                var chart = Chart.getChart(figure.querySelector('canvas'));
                var line = chart.data.datasets.findIndex(function (d) { return !d.band; });
                chart.tooltip.setActiveElements([{ datasetIndex: line, index: index }], { x: 0, y: 0 });
                chart.update();
                return { title: chart.tooltip.title.join(' '),
                  body: chart.tooltip.body.map(function (b) { return b.lines.join(' '); }).join(' | ') };
                """, heading, index);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> script(String code) {
        return (List<Map<String, Object>>) driver.executeScript(code);
    }

    private static int height() {
        return ((Long) driver.executeScript("return document.documentElement.scrollHeight")).intValue();
    }

    /** target/, found from target/test-classes, so that a build with -Dbuild.dir keeps its own. */
    private static Path buildDirectory() throws URISyntaxException {
        return Path.of(ReportBrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    }
}
