package org.corridorsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.corridorsim.inference.Fit;
import org.corridorsim.inference.FitResult;
import org.corridorsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;

/**
 * Opens the report of a fit to a series from two disagreeing sources in headless Chromium: each
 * observed series is drawn over time, every source's figures as its own legend entry and mark
 * inside the plot, over a posterior predictive band, on a time axis that spans every observation,
 * with the legend above the plot rather than on it; the observation models and the bias prior are
 * listed. Saves target/fit-series-screenshot.png.
 */
class FitSeriesBrowserTest extends InBrowser {

    /** Per series chart: its legend, datasets, axis range, the observations' times and the legend's place. */
    private static final String SERIES = """
            return Array.from(document.querySelectorAll('figure')).filter(function (f) {
              return / by time: | per interval: /.test(f.querySelector('.chart-title').textContent);
            }).map(function (f) {
              var chart = Chart.getChart(f.querySelector('canvas'));
              var spec = JSON.parse(document.getElementById('report-data').textContent).charts
                .find(function (c) { return c.id === chart.canvas.id; });
              var times = [];
              spec.points.forEach(function (p) { times.push(p.from === undefined ? p.x : p.from, p.to === undefined ? p.x : p.to); });
              var bands = chart.data.datasets.filter(function (d) { return d.band; });
              var banded = bands.filter(function (d) {
                return d.data.some(function (p) { return p.y !== null && isFinite(p.y); }); }).length;
              var observed = chart.data.datasets.filter(function (d) { return d.observed; });
              return { title: f.querySelector('.chart-title').textContent,
                legend: chart.legend.legendItems.map(function (i) { return i.text; }),
                legendBottom: chart.legend.bottom, areaTop: chart.chartArea.top,
                xmin: chart.scales.x.min, xmax: chart.scales.x.max,
                first: Math.min.apply(null, times), last: Math.max.apply(null, times),
                bands: banded, observed: observed.map(function (d) { return d.label; }),
                marks: [].concat.apply([], observed.map(function (d) { return d.pointStyle; })) };
            });""";

    @Test
    @SuppressWarnings("unchecked")
    void eachSeriesIsDrawnOverItsPredictiveBandWithEachSourceInItsOwnMark() throws Exception {
        Path out = directory.resolve("fit");
        FitResult result = Fit.of(new ScenarioLoader().load(Path.of("src/test/resources/inference/series-report.yaml")))
                .particles(60).seed(3).predictiveDraws(40).run();
        HtmlReport.writeFit(out, result);
        ReportPageChecks.openWithoutConsoleErrors(driver, out.resolve(HtmlReport.REPORT_HTML));
        long charts = (Long) driver.executeScript(
                "return JSON.parse(document.getElementById('report-data').textContent).charts.length");
        assertEquals(Long.toString(charts), driver.findElement(By.tagName("body")).getDomAttribute("data-charts-drawn"),
                "every chart drawn");

        long hypothesesWithDraws = result.hypotheses().stream()
                .filter(h -> result.predictive().hypotheses().contains(h.id())).count();
        List<Map<String, Object>> series = (List<Map<String, Object>>) driver.executeScript(SERIES);
        assertEquals(2 * (1 + hypothesesWithDraws), series.size(),
                "cumulative and incident series, for all hypotheses and each with draws: " + series);
        for (Map<String, Object> chart : series) {
            double xmin = ((Number) chart.get("xmin")).doubleValue();
            double xmax = ((Number) chart.get("xmax")).doubleValue();
            assertTrue(xmin <= ((Number) chart.get("first")).doubleValue()
                    && xmax >= ((Number) chart.get("last")).doubleValue(), "the time axis spans the observations: " + chart);
            assertTrue(((Number) chart.get("bands")).intValue() >= 1, "a predictive band: " + chart);
            assertTrue(((Number) chart.get("legendBottom")).doubleValue() <= ((Number) chart.get("areaTop")).doubleValue(),
                    "the legend stays above the plot: " + chart);
            List<String> legend = (List<String>) chart.get("legend");
            for (String source : (List<String>) chart.get("observed")) {
                assertTrue(legend.contains(source), "the legend names the source " + source + ": " + chart);
            }
        }
        Map<String, Object> byTime = series.get(0);
        assertEquals("evacuated by time: all hypotheses", byTime.get("title"));
        assertEquals(List.of("counted", "claimed"), byTime.get("observed"), "one mark per source");
        assertTrue(((List<String>) byTime.get("marks")).contains("triangle"), "the at-least bound as a triangle: " + byTime);
        assertTrue(((List<String>) byTime.get("marks")).contains("circle"), "counts as dots: " + byTime);

        // every point of every chart inside its plot, numeric axes spanning the data
        for (Map<String, Object> chart : (List<Map<String, Object>>) driver.executeScript(ReportPageChecks.GEOMETRY)) {
            assertEquals(0L, chart.get("outsideCount"), "points drawn outside the plot area: " + chart);
        }
        String observations = driver.findElement(By.cssSelector("table.fit-observations")).getText();
        assertTrue(observations.contains("claimed poisson log-uniform 0.5 to 4"), observations);
        assertTrue(observations.contains("counted range"), observations);
        String priors = driver.findElement(By.cssSelector("table.fit-priors")).getText();
        assertTrue(priors.contains("sources.claimed.bias log-uniform 0.5 to 4"), priors);

        long height = (Long) driver.executeScript("return document.body.scrollHeight");
        driver.manage().window().setSize(new Dimension(1300, (int) Math.min(height, 6000)));
        Path screenshot = Path.of("target", "fit-series-screenshot.png");
        Files.write(screenshot, driver.getScreenshotAs(OutputType.BYTES));
        assertTrue(Files.size(screenshot) > 50_000, "screenshot of " + Files.size(screenshot) + " bytes");
    }
}
