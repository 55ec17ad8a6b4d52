package org.corridorsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.corridorsim.random.RandomStreams;
import org.corridorsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Convoys authorised by opening windows and by a policy's decision, with outcomes known by hand.
 * As in ConvoyTest, 1,000 persons set out in the first hour and walk straight to a staging point
 * whose 2 vehicles of 50 seats take 1 h on the road and 50 min back: a convoy carries 100, and its
 * vehicles are at hand again 1 h 50 min after it leaves. The day ends at 09:30.
 */
class ConvoyAuthorisationTest {

    private static final String SCENARIO = """
            id: convoy
            start: 2024-01-01T00:00
            end: 2024-01-01T09:30
            populations:
              - id: town
                size: 1000
                departures: {profile: [1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}
                travel: {C: 0s}
            corridors:
              - id: C
                windows: [{from: 2024-01-01T00:00, to: 2024-01-01T05:00}]
                route:
                  - {id: gate, checkpoint: {lanes: 1000, screening: 1s}}
                  - {id: yard, convoy: {vehicles: 2, seats: 50, %s, road: 1h, back: 50m}}
            blocking:
            %s
            """;

    private static Map<String, Double> run(String authorisation, String blocking) {
        Evacuation e = new ScenarioLoader().parse(SCENARIO.formatted(authorisation, blocking), "convoy.yaml")
                .evacuation();
        EvacuationModel model = new EvacuationModel(e);
        Outcome o = model.replicate(new RandomStreams(3), 0);
        Map<String, Double> values = new HashMap<>();
        model.metricNames().names().forEach(n -> values.put(n, o.value(model.metricNames(), n)));
        assertEquals(1000, MetricNames.FATES.stream().mapToDouble(values::get).sum(), "the fates sum to the population");
        return values;
    }

    @Test
    void theStationsOwnWindowsAuthoriseAConvoyAsEachOpensThenEveryPeriodWhileOpen() {
        // authorised 01, 02, 03 and 06: 01 leaves (vehicles back 02:50), 02 finds none, 03 leaves
        // (back 04:50), 06 leaves; they arrive at 02, 04 and 07.
        Map<String, Double> v = run("""
                windows: [{from: 2024-01-01T01:00, to: 2024-01-01T04:00}, {from: 2024-01-01T06:00, to: 2024-01-01T07:00}],\
                 every: 1h""", "  []");
        assertEquals(3, v.get("corridor.C.station.yard.convoys"));
        assertEquals(300, v.get("evacuated"));
        assertEquals(0, v.get("corridor.C.station.yard.in-transit"));
    }

    @Test
    void atTimesOutsideTheWindowsAreNotAuthorised() {
        // 04:30 falls between the windows: convoys at 01 and 06 only.
        Map<String, Double> v = run("""
                windows: [{from: 2024-01-01T01:00, to: 2024-01-01T02:00}, {from: 2024-01-01T06:00, to: 2024-01-01T07:00}],\
                 at: [2024-01-01T01:00, 2024-01-01T04:30, 2024-01-01T06:00]""", "  []");
        assertEquals(2, v.get("corridor.C.station.yard.convoys"));
        assertEquals(200, v.get("evacuated"));
    }

    @Test
    void theCorridorsWindowsAuthoriseConvoysOnlyWhileTheCorridorIsOpen() {
        // the corridor is open 00:00-05:00: authorised 00 (nobody is there yet), 02 and 04; an
        // always-open station would also send convoys at 06 and 08.
        Map<String, Double> v = run("windows: corridor, every: 2h", "  []");
        assertEquals(2, v.get("corridor.C.station.yard.convoys"));
        assertEquals(200, v.get("evacuated"));
        Map<String, Double> once = run("windows: corridor", "  []");
        assertEquals(0, once.get("corridor.C.station.yard.convoys"), "authorised once, at 00:00, with nobody there");
    }

    @Test
    void aPolicyThatRefusesEveryAuthorisationKeepsEveryoneWaiting() {
        Map<String, Double> v = run("every: 1h, first: 2024-01-01T01:00", """
                  - {id: no-deal, policy: interception, where: authorisation, probability: 1}""");
        assertEquals(0, v.get("corridor.C.station.yard.convoys"));
        assertEquals(9, v.get("corridor.C.station.yard.convoys-turned-back"));   // refused at 01, 02, ..., 09
        assertEquals(0, v.get("evacuated"));
        assertEquals(0, v.get("blocked"), "a refused convoy turns nobody back");
        assertEquals(1000, v.get("fate.en-route"));
    }

    @Test
    void aPolicyThatDetainsAtAuthorisationDetainsEveryoneWhoWouldHaveBoarded() {
        // the vehicles never leave: 100 are detained each hour from 01 to 09
        Map<String, Double> v = run("every: 1h, first: 2024-01-01T01:00", """
                  - {id: arrests, policy: interception, where: authorisation, probability: 1, outcome: detain}""");
        assertEquals(0, v.get("corridor.C.station.yard.convoys"));
        assertEquals(900, v.get("fate.detained"));
        assertEquals(100, v.get("fate.en-route"));
    }

    @Test
    void aPolicyThatHoldsTheConvoyAsksAgainAfterTheHold() {
        // holds (1 h) until 02:15: held at 01 and 02, leaves at 03 (back 04:50); then 05, 07, 09;
        // the 02:00 and 03:00 authorisations fall inside the hold and are not asked separately.
        Map<String, Double> v = run("every: 1h, first: 2024-01-01T01:00", """
                  - {id: talks, policy: interception, where: authorisation, outcome: delay, delay: 1h,
                     schedule: [2024-01-01T00:00, 2024-01-01T02:15], probability: [1, 0]}""");
        assertEquals(4, v.get("corridor.C.station.yard.convoys"));
        assertEquals(2, v.get("corridor.C.station.yard.convoys-held"));
        assertEquals(300, v.get("evacuated"));
        assertEquals(100, v.get("corridor.C.station.yard.in-transit"));
    }
}
