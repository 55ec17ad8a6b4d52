package org.corridorsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.corridorsim.planning.Plan;
import org.corridorsim.planning.PlanResult;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Opens a plan's report in headless Chromium: it loads without a console error, and in the
 * feasibility map every cell lies inside the map and no label (caption or axis value) covers a cell.
 */
class PlanReportBrowserTest extends InBrowser {

    /** Two variables so that the map has rows and columns: lanes at C and the capacity of its queue. */
    private static final String SCENARIO = """
            id: staffing-map
            time-zone: UTC
            start: 2024-01-01T00:00
            end: 2024-01-02T00:00
            populations:
              - id: p
                kind: civilian
                arrivals: {rate: 50/h}
                group-size: {dist: const, value: 1}
                travel: {C: 0s}
            corridors:
              - id: C
                serves: [civilian]
                checkpoint: {lanes: 1, capacity: 10, screening: {dist: exponential, mean: 3m}}
            plan:
              variables:
                corridors.C.checkpoint.lanes: {from: 1, to: 6, cost: 10}
                corridors.C.checkpoint.capacity: {from: 1, to: 8, cost: 1}
              targets:
                - {metric: corridor.C.checkpoint.wait, mean-at-most: 90s}
                - {metric: balked.full, at-most: 60, probability: 0.8}
              monotone: false   # a longer queue means fewer turned away but longer waits
            """;

    private static final String GEOMETRY = """
            var map = document.querySelector('table.plan-map');
            var box = map.getBoundingClientRect();
            var cells = Array.from(map.querySelectorAll('td.cell')).map(function (c) { return c.getBoundingClientRect(); });
            var labels = Array.from(map.querySelectorAll('th, caption')).map(function (c) { return c.getBoundingClientRect(); });
            var outside = cells.filter(function (r) {
              return r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5;
            }).length;
            var covered = 0;
            cells.forEach(function (c) { labels.forEach(function (l) {
              var w = Math.min(c.right, l.right) - Math.max(c.left, l.left);
              var h = Math.min(c.bottom, l.bottom) - Math.max(c.top, l.top);
              if (w > 0.5 && h > 0.5) { covered++; }
            }); });
            return { cells: cells.length, outside: outside, covered: covered, width: box.width, height: box.height,
              stars: map.querySelectorAll('td.cell[style*="3px solid"]').length,
              run: Array.from(map.querySelectorAll('td.cell')).filter(function (c) { return c.textContent.match(/[0-9]/); }).length };
            """;

    @Test
    @SuppressWarnings("unchecked")
    void theMapsCellsLieInsideItAndNoLabelCoversOne() throws IOException {
        Scenario scenario = new ScenarioLoader().parse(SCENARIO, "staffing-map.yaml");
        PlanResult result = Plan.of(scenario).threads(2).run();
        HtmlReport.writePlan(directory, scenario, result);

        ReportPageChecks.openWithoutConsoleErrors(driver, directory.resolve("report.html"));

        Map<String, Object> map = (Map<String, Object>) driver.executeScript(GEOMETRY);
        assertEquals(6L * 8, map.get("cells"), map.toString());
        assertEquals(0L, map.get("outside"), "cells outside the map: " + map);
        assertEquals(0L, map.get("covered"), "labels over cells: " + map);
        assertEquals(result.chosen().isPresent() ? 1L : 0L, map.get("stars"), map.toString());
        assertEquals((long) result.runPoints().size(), map.get("run"), "every configuration run is numbered: " + map);
        assertTrue(((Number) map.get("width")).doubleValue() > 100 && ((Number) map.get("height")).doubleValue() > 100,
                map.toString());
    }
}
