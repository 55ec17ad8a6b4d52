package org.corridorsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every report page must do in headless Chromium, checked by the browser tests of the
 * reports: it loads from disk without a console error or a network request, under a policy that
 * forbids requests, and every chart draws inside its canvas.
 */
final class ReportPageChecks {

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

    static final String MARKED = """
            return Array.from(document.querySelectorAll('[data-metric]')).map(function (e) {
              return { metric: e.dataset.metric, mean: e.dataset.mean, variant: e.dataset.variant || '',
                role: e.dataset.role || '', shown: e.querySelector('.mean').textContent,
                card: e.closest('.card') !== null };
            });""";

    private ReportPageChecks() {
    }

    static void assertAssumptionsShown(ChromeDriver driver) {
        String box = driver.findElement(By.cssSelector("details.assumptions")).getText();
        assertTrue(box.contains("corridors.north.checkpoint.lanes") && box.contains("<b>not bold</b>"), box);
    }

    /**
     * Opens {@code file} and checks what every report must do: no console error, no request for
     * anything, a policy that forbids requests, and every chart drawn with data.
     */
    /** Opens {@code file}, waits until its charts are drawn, and checks that the console shows no error. */
    static void openWithoutConsoleErrors(ChromeDriver driver, Path file) {
        driver.manage().logs().get(LogType.BROWSER); // start from an empty console
        driver.get(file.toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> d.findElement(By.tagName("body")).getDomAttribute("data-charts-drawn") != null);
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
        assertEquals(List.of(), errors, "console errors");
    }

    static void openCleanly(ChromeDriver driver, Path file) {
        openCleanly(driver, file, 5);
    }

    static void openCleanly(ChromeDriver driver, Path file, int leastCharts) {
        openWithoutConsoleErrors(driver, file);
        assertEquals(0L, driver.executeScript("return performance.getEntriesByType('resource').length"),
                "network or file requests");
        String policy = (String) driver.executeScript(
                "return document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content");
        assertTrue(policy.startsWith("default-src 'none';"), policy);

        List<Map<String, Object>> canvases = script(driver, CANVASES);
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
        checkGeometry(driver);
    }

    /**
     * Every chart keeps most of its canvas for the plot (labels that fill the canvas leave a blank
     * chart), draws every point inside its plot area, and has numeric axes that span its data.
     */
    @SuppressWarnings("unchecked")
    private static void checkGeometry(ChromeDriver driver) {
        for (Map<String, Object> chart : script(driver, GEOMETRY)) {
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

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> script(ChromeDriver driver, String code) {
        return (List<Map<String, Object>>) driver.executeScript(code);
    }
}
