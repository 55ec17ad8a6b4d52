package org.corridorsim.scenario;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every new mistake in routes, convoys, cars, demand events, selectors and schedules is a located error. */
class RouteErrorsTest {

    private static List<String> errors(String corridor, String population, String blocking) {
        String text = """
                id: routes
                start: 2020-01-01T00:00
                end: 2020-01-02T00:00
                populations:
                  - id: p
                    size: 10
                    travel: {C: 5m}
                """ + population.indent(4) + "corridors:\n  - id: C\n" + corridor.indent(4)
                + (blocking.isEmpty() ? "" : "blocking:\n" + blocking.indent(2));
        ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioLoader().parse(text, "r.yaml"));
        return e.errors().stream().map(ScenarioError::toString).toList();
    }

    private static void assertError(List<String> errors, String where, String what) {
        assertTrue(errors.size() == 1 && errors.get(0).startsWith("r.yaml:") && errors.get(0).contains(where)
                && errors.get(0).contains(what), errors.toString());
    }

    private static final String ROUTE = "route:\n  - {id: gate, checkpoint: {screening: 1m}}\n";

    @Test
    void stationMistakesPointAtTheStation() {
        assertError(errors("route:\n  - {id: gate, checkpoint: {screening: 1m}, travel: 5m}", "", ""),
                "corridors[0].route[0]", "a station has exactly one kind key");
        assertError(errors("route:\n  - {id: road, travel: 5m}", "", ""),
                "corridors[0].route", "a route needs at least one checkpoint");
        assertError(errors(ROUTE + "  - {id: bus, shuttle: {vehicles: 1, seats: 5, trip: 1h}}\n  - {id: road, travel: 5m}",
                "", ""), "corridors[0].route", "a shuttle carries people to the destination, so 'bus' must come right before it");
        assertError(errors(ROUTE + "  - {id: gate, travel: 5m}", "", ""), "corridors[0].route", "station id 'gate' is used twice");
        assertError(errors(ROUTE + "checkpoint: {screening: 1m}", "", ""), "corridors[0].checkpoint",
                "a corridor has either a route or checkpoint");
        assertError(errors(ROUTE + "  - {id: end, destination: {name: x}}", "", ""), "corridors[0].route[1].destination",
                "a destination has no settings");
    }

    @Test
    void convoyMistakesPointAtTheConvoy() {
        assertError(errors(ROUTE + "  - {id: yard, convoy: {vehicles: 2, seats: 10, road: 1h}}", "", ""),
                "corridors[0].route[1].convoy", "give either at: [DATE-TIME, ...] or every: DURATION");
        assertError(errors(ROUTE + "  - {id: yard, convoy: {vehicles: 2, seats: 10, road: 1h, at: [2020-01-01T05:00, 2020-01-01T04:00]}}",
                "", ""), "corridors[0].route[1].convoy.at", "convoy times must increase");
        assertError(errors(ROUTE + "  - {id: yard, convoy: {vehicles: 0, seats: 10, road: 1h, every: 1h}}", "", ""),
                "corridors[0].route[1].convoy.vehicles", "at least 1");
        String yard = ROUTE + "  - {id: yard, convoy: {vehicles: 2, seats: 10, road: 1h, ";
        assertError(errors(yard + "windows: corridor, every: 1h, first: 2020-01-01T05:00}}", "", ""),
                "corridors[0].route[1].convoy.first", "every: counts from each window's opening");
        assertError(errors(yard + "windows: corridor, every: 1h, at: [2020-01-01T05:00]}}", "", ""),
                "corridors[0].route[1].convoy", "not both");
        assertError(errors(yard + "windows: [{from: 2020-01-01T06:00, to: 2020-01-01T07:00}], at: [2020-01-01T05:00]}}",
                "", ""), "corridors[0].route[1].convoy.windows", "no authorised convoy time falls inside these windows");
        assertError(errors(yard + "windows: sometimes}}", "", ""), "corridors[0].route[1].convoy.windows",
                "expected always");
        assertError(errors(ROUTE + "  - {id: yard, convoy: {vehicles: 2, seats: 10, road: 1h}}", "", ""),
                "corridors[0].route[1].convoy", "windows: (corridor, or its own windows)");
    }

    @Test
    void carsEventsSelectorsAndSchedulesPointAtTheirKey() {
        assertError(errors("checkpoint: {screening: 1m}", "own-cars: {share: 2}", ""), "populations[0].own-cars.share", "");
        assertError(errors("checkpoint: {screening: 1m}", "", "- {id: e, policy: demand-event, at: 2020-01-01T05:00}"),
                "blocking[0]", "a demand event changes intent, corridors or both");
        assertError(errors("checkpoint: {screening: 1m}", "",
                "- {id: i, policy: interception, populations: [q], probability: 1}"), "blocking[0].populations[0]",
                "unknown population 'q'");
        assertError(errors("checkpoint: {screening: 1m}", "",
                "- {id: i, policy: interception, where: approach, at: [nowhere], probability: 1}"), "blocking[0].at[0]",
                "unknown station (id or kind) 'nowhere'");
        assertError(errors("checkpoint: {screening: 1m}", "",
                "- {id: i, policy: interception, at: [checkpoint], probability: 1}"), "blocking[0].at",
                "at needs where: approach or where: checkpoint");
        assertError(errors("checkpoint: {screening: 1m}", "",
                "- {id: i, policy: interception, schedule: [2020-01-01T00:00], probability: [0.5, 0.2]}"),
                "blocking[0].probability", "a schedule has one value per time in schedule: 1 times, got 2 values");
    }

    @Test
    void attributeMistakesPointAtTheAttribute() {
        String cp = "checkpoint: {screening: 1m}";
        assertError(errors(cp, "attributes: {men: {share: 1.5}}", ""), "populations[0].attributes.men.share", "1.5");
        // one error, not a second one at the policy that names the attribute
        assertError(errors(cp, "attributes: {men: {share: 1.5}}",
                "- {id: i, policy: screening, attributes: [men], probability: 1}"), "populations[0].attributes.men.share",
                "got 1.5");
        assertError(errors(cp, "attributes: {men: {share: -0.1}}", ""), "populations[0].attributes.men.share", "");
        assertError(errors(cp, "attributes: {men: 0.3}", ""), "populations[0].attributes.men", "{share: 0.3}");
        assertError(errors(cp, "attributes: [men]", ""), "populations[0].attributes", "{fighting-age-men: {share: 0.3}}");
        assertError(errors(cp, "attributes: {men: {share: 0.3}}",
                "- {id: i, policy: screening, attributes: [women], probability: 1}"), "blocking[0].attributes[0]",
                "unknown attribute 'women'; known: men");
        assertError(errors(cp, "", "- {id: i, policy: interception, attributes: [men], probability: 1}"),
                "blocking[0].attributes[0]", "unknown attribute 'men'");
    }
}
