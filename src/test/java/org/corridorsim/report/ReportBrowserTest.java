package org.corridorsim.report;

import static org.corridorsim.report.ReportPageChecks.MARKED;
import static org.corridorsim.report.ReportPageChecks.openCleanly;
import static org.corridorsim.report.ReportPageChecks.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.corridorsim.experiment.output.ExperimentFiles;
import org.corridorsim.format.Format;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;

/**
 * Opens the run reports in headless Chromium: they load from disk without a console error or a
 * network request, every chart draws, and the numbers shown are those of the result files.
 * Saves target/report-screenshot.png of the run report.
 */
class ReportBrowserTest extends InBrowser {

    @Test
    void runReportLoadsOfflineDrawsEveryChartWithUnitsAndShowsTheNumbersOfSummaryJson() throws IOException, URISyntaxException {
        Path out = directory.resolve("run");
        ExperimentFiles.writeAll(out, Reports.run(), Reports.scenario()::offsetTime);
        HtmlReport.writeRun(out, Reports.scenario(), Reports.run());
        openCleanly(driver, out.resolve(HtmlReport.REPORT_HTML));
        // checked on this page rather than on pages of their own: each page load costs a second or two
        assertNoValueAxisEndsBelowOneHundredth();
        assertEveryCorridorColumnHasOneUnitInItsHeading();

        assertEquals(Reports.TITLE, driver.getTitle(), "the title is text, not markup");
        assertEquals(Reports.TITLE, driver.findElement(By.tagName("h1")).getText());
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), "no injected script ran");

        JsonNode summary = new ObjectMapper().readTree(out.resolve(ExperimentFiles.SUMMARY_JSON).toFile()).get("metrics");
        List<Map<String, Object>> marked = script(driver, MARKED);
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
        openCleanly(driver, out.resolve(HtmlReport.REPORT_HTML));
        assertTrue(driver.findElement(By.cssSelector(".card.primary")).getText().contains("no interval from 1 replication"));
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
        openCleanly(driver, out.resolve(HtmlReport.REPORT_HTML));
        var note = driver.findElement(By.cssSelector("[data-note='tiny-checkpoint-values']"));
        assertTrue(note.isDisplayed());
        assertTrue(note.getText().contains("not charted"), note.getText());
        List<Map<String, Object>> axes = script(driver, VALUE_AXES);
        assertTrue(axes.stream().noneMatch(a -> a.get("title").equals("Queue at the checkpoint")), axes.toString());
        assertTrue(axes.stream().noneMatch(a -> a.get("title").equals("Wait for screening")), axes.toString());
    }

    /** No chart of the run report has a value axis ending below one hundredth. */
    private static void assertNoValueAxisEndsBelowOneHundredth() {
        for (Map<String, Object> axis : script(driver, VALUE_AXES)) {
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

    private static int height() {
        return ((Long) driver.executeScript("return document.documentElement.scrollHeight")).intValue();
    }

    /** target/, found from target/test-classes, so that a build with -Dbuild.dir keeps its own. */
    private static Path buildDirectory() throws URISyntaxException {
        return Path.of(ReportBrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    }
}
