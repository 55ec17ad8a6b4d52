package org.corridorsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.corridorsim.random.RandomStreams;
import org.corridorsim.scenario.ScenarioLoader;
import org.corridorsim.stats.Summary;
import org.junit.jupiter.api.Test;

/**
 * Convoys with outcomes known by hand. 1,000 persons set out in the first hour and walk straight
 * to a staging point; 2 vehicles of 50 seats are authorised every hour from 01:00, take 1 h on the
 * road and 50 min back, so a convoy of 100 leaves every other hour (01:00, 03:00, ...) and arrives an
 * hour later.
 */
class ConvoyTest {

    private static final String SCENARIO = """
            id: convoy
            start: 2024-01-01T00:00
            end: 2024-01-01T%s
            populations:
              - id: town
                size: 1000
                departures: {profile: [1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}
                travel: {C: 0s}
            corridors:
              - id: C
                route:
                  - {id: gate, checkpoint: {lanes: 1000, screening: 1s}}
                  - {id: yard, convoy: {vehicles: 2, seats: 50, every: 1h, first: 2024-01-01T01:00, road: 1h, back: 50m}}
            blocking:
            %s
            """;

    private static Map<String, Double> run(String end, String blocking) {
        Evacuation e = new ScenarioLoader().parse(SCENARIO.formatted(end, blocking), "convoy.yaml").evacuation();
        EvacuationModel model = new EvacuationModel(e);
        Outcome o = model.replicate(new RandomStreams(3), 0);
        Map<String, Double> values = new HashMap<>();
        model.metricNames().names().forEach(n -> values.put(n, o.value(model.metricNames(), n)));
        double fates = MetricNames.FATES.stream().mapToDouble(values::get).sum();
        assertEquals(1000, fates, "the fates sum to the population");
        return values;
    }

    @Test
    void aConvoyEveryOtherHourCarriesOneHundredAndCountsThemAtTheDestination() {
        Map<String, Double> v = run("09:30", "  []");
        assertEquals(5, v.get("corridor.C.station.yard.convoys"));           // 01, 03, 05, 07, 09
        assertEquals(400, v.get("evacuated"));                                // arrived 02, 04, 06, 08
        assertEquals(100, v.get("corridor.C.station.yard.in-transit"));      // the 09:00 convoy
        assertEquals(600, v.get("fate.en-route"));                            // 100 on the road, 500 waiting
    }

    @Test
    void aConvoyTurnedBackOrDetainedOnTheRoadChangesTheFateOfEveryoneAboard() {
        Map<String, Double> back = run("10:30", """
                  - {id: road-block, policy: interception, where: convoy, probability: 1, outcome: turn-back}""");
        assertEquals(5, back.get("corridor.C.station.yard.convoys-turned-back"));
        assertEquals(0, back.get("evacuated"));
        assertEquals(500, back.get("fate.gave-up"));
        Map<String, Double> detained = run("10:30", """
                  - {id: arrests, policy: interception, where: convoy, probability: 1, outcome: detain}""");
        assertEquals(500, detained.get("fate.detained"));
        assertEquals(0, detained.get("corridor.C.station.yard.in-transit"));
        Map<String, Double> aboard = run("10:30", """
                  - {id: search, policy: screening, at: [yard], probability: 1}""");
        assertEquals(500, aboard.get("detained"));
        assertEquals(0, aboard.get("corridor.C.station.yard.convoys-turned-back"));
    }

    @Test
    void aClosureThatHoldsKeepsTheConvoyLoadedUntilItEnds() {
        // closed 00:30-01:30: the 01:00 convoy leaves at 01:30 (arrives 02:30, back 03:20), so the
        // 02:00 and 03:00 authorisations find no vehicle; then 04, 06, 08, 10. By 10:30: 5 convoys,
        // 4 arrived.
        Map<String, Double> v = run("10:30", """
                  - {id: stoppage, policy: closure, from: 2024-01-01T00:30, to: 2024-01-01T01:30, queued: hold}""");
        assertEquals(5, v.get("corridor.C.station.yard.convoys"));
        assertEquals(1, v.get("corridor.C.station.yard.convoys-held"));
        assertEquals(400, v.get("evacuated"));
        assertEquals(0, v.get("blocked"), "a closure that holds turns nobody back");
    }

    @Test
    void aDisruptionThatHoldsKeepsTheConvoyLoadedUntilEachStoppageEnds() {
        // open 30 min, closed 1 h, over and over: closed 00:30-01:30, 02:00-03:00, 03:30-04:30,
        // 05:00-06:00, 06:30-07:30, 08:00-09:00, 09:30-10:30. The 01:00 convoy leaves at 01:30 and
        // its vehicles are back at 03:20; 04:00 is closed, so it leaves at 04:30 (back 06:20); 07:00
        // is closed, it leaves at 07:30 (back 09:20); 10:00 is closed till after the end. Held: the
        // authorisations at 01, 04, 07 and 10 (at 02, 05, 08 no vehicle was there to hold).
        Map<String, Double> v = run("10:15", """
                  - {id: shelling, policy: disruption, every: 30m, lasts: 1h, queued: hold}""");
        assertEquals(3, v.get("corridor.C.station.yard.convoys"));
        assertEquals(4, v.get("corridor.C.station.yard.convoys-held"));
        assertEquals(300, v.get("evacuated"));
        assertEquals(0, v.get("blocked"), "a disruption that holds turns nobody back");
    }

    @Test
    void aFixedScheduleConvoyWithRoomForEveryoneMakesPoissonArrivalsWaitHalfThePeriod() {
        // Poisson arrivals see the schedule's phase uniformly: the mean wait is T/2 exactly, and
        // the time in system adds the 1 s screening and the road.
        String yaml = """
                id: schedule
                start: 2024-01-01T00:00
                end: 2024-02-12T00:00
                populations:
                  - id: p
                    arrivals: {rate: 30/h}
                    travel: {C: 0s}
                corridors:
                  - id: C
                    route:
                      - {id: gate, checkpoint: {lanes: 1000, screening: 1s}}
                      - {id: yard, convoy: {vehicles: 100, seats: 100, every: 2h, road: 30m, back: 1m}}
                """;
        EvacuationModel model = new EvacuationModel(new ScenarioLoader().parse(yaml, "s.yaml").evacuation());
        double[] wait = new double[20];
        double[] sojourn = new double[20];
        for (int r = 0; r < wait.length; r++) {
            Outcome o = model.replicate(new RandomStreams(17), r);
            wait[r] = o.value(model.metricNames(), "corridor.C.station.yard.wait");
            sojourn[r] = o.value(model.metricNames(), "time-in-system");
        }
        assertCovers(3600, Summary.of(wait, 0.999));
        assertCovers(1 + 3600 + 1800, Summary.of(sojourn, 0.999));
    }

    private static void assertCovers(double exact, Summary s) {
        String detail = "exact " + exact + ", simulated " + s.mean() + " +- " + s.halfWidth();
        org.junit.jupiter.api.Assertions.assertTrue(s.contains(exact) && s.halfWidth() < 0.02 * exact, detail);
    }
}
