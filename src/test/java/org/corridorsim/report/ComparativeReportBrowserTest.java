package org.corridorsim.report;

import static org.corridorsim.report.ReportPageChecks.MARKED;
import static org.corridorsim.report.ReportPageChecks.assertAssumptionsShown;
import static org.corridorsim.report.ReportPageChecks.openCleanly;
import static org.corridorsim.report.ReportPageChecks.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.corridorsim.experiment.output.ComparisonFiles;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Opens the reports that set runs side by side in headless Chromium (comparison, attribution,
 * fit and sweep): each loads cleanly and draws every chart, and the numbers shown are those of
 * the result files.
 */
class ComparativeReportBrowserTest extends InBrowser {

    @Test
    void comparisonReportShowsThePairedDifferencesOfComparisonJsonAndMarksConditionalMetrics() throws IOException {
        Path out = directory.resolve("compare");
        ComparisonFiles.writeAll(out, Reports.comparison());
        HtmlReport.writeComparison(out, Reports.variants(), Reports.comparison());
        openCleanly(driver, out.resolve(HtmlReport.REPORT_HTML));

        assertEquals("Comparison: report-small vs. report-small-calm", driver.findElement(By.tagName("h1")).getText(),
                "named after what is compared, not after the baseline's title");
        assertEquals(driver.getTitle(), driver.findElement(By.tagName("h1")).getText());
        assertAssumptionsShown(driver);
        JsonNode metrics = new ObjectMapper().readTree(out.resolve(ComparisonFiles.COMPARISON_JSON).toFile()).get("metrics");
        int differences = 0;
        for (Map<String, Object> number : script(driver, MARKED)) {
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
        openCleanly(driver, out.resolve(HtmlReport.REPORT_HTML), 2);

        String table = driver.findElement(By.cssSelector("table.attribution")).getText();
        for (String policy : result.policies()) {
            assertTrue(table.contains(policy), table);
        }
        assertAssumptionsShown(driver);
    }

    @Test
    void fitReportLoadsOfflineAndDrawsBarsDensitiesScatterAndPredictiveChecks() throws Exception {
        Path out = directory.resolve("fit");
        org.corridorsim.scenario.Scenario scenario = new org.corridorsim.scenario.ScenarioLoader()
                .load(Path.of("src/test/resources/inference/two-corridors.yaml"));
        org.corridorsim.inference.FitResult result = org.corridorsim.inference.Fit.of(scenario).particles(60).seed(2)
                .predictiveDraws(20).run();
        HtmlReport.writeFit(out, result);
        openCleanly(driver, out.resolve(HtmlReport.REPORT_HTML), 8);
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
        openCleanly(driver, out.resolve(HtmlReport.REPORT_HTML));
        assertEquals(Reports.sweep().size() * 7, script(driver, MARKED).size());
        assertSweepLinesPerCorridorHaveDistinctDashes();
    }

    @Test
    void aTwoParameterSweepDrawsEveryMetricAsAHeatMapOverTheGrid() throws IOException {
        Path out = directory.resolve("sweep-grid");
        HtmlReport.writeSweep(out, Reports.scenario(), Reports.sweep(Reports.GRID), Reports.GRID);
        openCleanly(driver, out.resolve(HtmlReport.REPORT_HTML)); // checks that no chart is left blank by its labels
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
        assertAssumptionsShown(driver);
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
}
