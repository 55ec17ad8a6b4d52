package org.corridorsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.corridorsim.model.Corridor;
import org.corridorsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The scenario overview lists every station of a route, not only the first checkpoint. */
class RouteTextTest {

    private static final String YAML = """
            id: two-gates
            start: 2024-01-01T00:00
            end: 2024-01-02T00:00
            populations:
              - {id: town, size: 10, travel: {C: 0s}}
            corridors:
              - id: C
                route:
                  - {id: army, checkpoint: {lanes: 2, screening: 5m}}
                  - {id: road, travel: 30m}
                  - {id: militia, checkpoint: {lanes: 1, screening: 10m, discipline: medical-first}}
                  - {id: yard, convoy: {vehicles: 3, seats: 40, every: 6h, road: 2h}}
                  - {id: safe, destination: {}}
            """;

    @Test
    void everyStationOfTheRouteIsListedInOrderWithItsSettings() {
        Corridor corridor = new ScenarioLoader().parse(YAML, "r.yaml").evacuation().corridors().get(0);
        String html = RouteText.html(corridor).replace('\u00a0', ' ');  // units are joined by a no-break space
        assertEquals("<ol class=\"route\">"
                + "<li>army (checkpoint): 2 lanes, screening fixed 5 min per group, first come, first served, waiting room unlimited</li>"
                + "<li>road (travel): takes fixed 30 min</li>"
                + "<li>militia (checkpoint): 1 lane, screening fixed 10 min per group, medical cases first, waiting room unlimited</li>"
                + "<li>yard (convoy): 3 vehicles × 40 seats, leaving at 4 authorised times, road fixed 2 h</li>"
                + "<li>safe (destination): evacuated on arrival</li></ol>", html);
    }

    @Test
    void theRunReportShowsTheRouteOfEachCorridor() {
        String page = HtmlReport.run(Reports.scenario(), Reports.run());
        for (Corridor corridor : Reports.scenario().evacuation().corridors()) {
            assertTrue(page.contains(RouteText.html(corridor)), corridor.id());
        }
    }
}
