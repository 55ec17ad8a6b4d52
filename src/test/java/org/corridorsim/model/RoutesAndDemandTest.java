package org.corridorsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.corridorsim.random.RandomStreams;
import org.corridorsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Small scenarios whose outcome is known by hand: demand events, route choice that changes,
 * policies that select by population and by station. Groups are of one person, screening takes
 * one second on lanes enough for everyone, and no group retries, so each count is exact.
 */
class RoutesAndDemandTest {

    private static final String BASE = """
            id: small
            start: 2024-01-01T00:00
            end: 2024-01-01T20:00
            populations:
              - id: town
                size: 1000
                intent: %s
                departures: {profile: [1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}
                travel: {A: 1h, B: 2h}
              - id: village
                size: 200
                departures: {profile: [1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}
                travel: {A: 1h}
            corridors:
              - id: A
                route:
                  - {id: first, checkpoint: {lanes: 1000, screening: 1s}}
                  - {id: road, travel: 30m}
                  - {id: second, checkpoint: {lanes: 1000, screening: 1s}}
              - id: B
                checkpoint: {lanes: 1000, screening: 1s}
            blocking:
            %s
            """;

    private static Map<String, Double> run(String intent, String blocking) {
        Evacuation e = new ScenarioLoader().parse(BASE.formatted(intent, blocking), "small.yaml").evacuation();
        EvacuationModel model = new EvacuationModel(e);
        Outcome o = model.replicate(new RandomStreams(5), 0);
        Map<String, Double> values = new java.util.HashMap<>();
        for (String name : model.metricNames().names()) {
            values.put(name, o.value(model.metricNames(), name));
        }
        return values;
    }

    @Test
    void withoutEventsEveryoneGoesThroughBothCheckpointsOfTheNearestCorridor() {
        Map<String, Double> v = run("1", "  []");
        assertEquals(1200, v.get("evacuated"));
        assertEquals(1200, v.get("corridor.A.evacuated"));
        assertEquals(1200, v.get("corridor.A.station.first.passed"));
        assertEquals(1200, v.get("corridor.A.station.road.passed"));
        assertEquals(1200, v.get("corridor.A.station.second.passed"));
        assertEquals(1200, v.get("corridor.A.station.destination.passed"));
    }

    @Test
    void aRisingIntentSendsTheExtraPersonsAfterTheEvent() {
        // nobody intends to leave until 12:00, when half the town does, over an hour: 500 out, 500 stay
        Map<String, Double> v = run("0", """
                  - {id: front, policy: demand-event, at: 2024-01-01T12:00, populations: [town], intent: 0.5, over: 1h}""");
        assertEquals(500 + 200, v.get("evacuated"));
        assertEquals(500, v.get("fate.stayed"));
    }

    @Test
    void aFallingIntentKeepsTheRestAtHomeAndAnEventChangesRouteChoice() {
        Map<String, Double> none = run("1", """
                  - {id: fear, policy: demand-event, at: 2024-01-01T00:00, populations: [town], intent: 0}""");
        assertEquals(200, none.get("evacuated"));
        assertEquals(1000, none.get("fate.stayed"));
        Map<String, Double> moved = run("1", """
                  - {id: front, policy: demand-event, at: 2024-01-01T00:00, populations: [town], corridors: [B]}""");
        assertEquals(1000, moved.get("corridor.B.evacuated"));
        assertEquals(200, moved.get("corridor.A.evacuated"));
    }

    @Test
    void policiesSelectByPopulationAndByStation() {
        Map<String, Double> byPopulation = run("1", """
                  - {id: arrests, policy: interception, populations: [village], where: departure, probability: 1, outcome: detain}""");
        assertEquals(200, byPopulation.get("fate.detained"));
        assertEquals(1000, byPopulation.get("evacuated"));
        Map<String, Double> atSecond = run("1", """
                  - {id: police, policy: interception, where: approach, at: [second], probability: 1, outcome: detain}""");
        assertEquals(1200, atSecond.get("corridor.A.station.first.passed"));
        assertEquals(1200, atSecond.get("detained"));
        assertEquals(0, atSecond.get("evacuated"));
        Map<String, Double> atFirstScreening = run("1", """
                  - {id: army, policy: screening, populations: [town], at: [first], probability: 1}""");
        assertEquals(1000, atFirstScreening.get("detained"));
        assertEquals(200, atFirstScreening.get("corridor.A.station.second.passed"));
    }

    @Test
    void groupsWithTheirOwnCarPassTheCheckpointAndSkipTheBusesOneWay() {
        // 90 persons in groups of 3 (30 groups); one bus of 10 seats that takes 100 h to come back.
        // Without cars only its first load leaves; with cars for every group, all 90 leave in
        // 2 cars of 2 seats each per group, and the bus never fills.
        String yaml = """
                id: cars
                start: 2024-01-01T00:00
                end: 2024-01-02T00:00
                populations:
                  - id: town
                    size: 90
                    group-size: {dist: const, value: 3}
                    departures: uniform
                    travel: {C: 10m}
                    %s
                corridors:
                  - id: C
                    checkpoint: {lanes: 100, screening: 1m}
                    transport: {vehicles: 1, seats: 10, trip: 100h}
                """;
        EvacuationModel bus = new EvacuationModel(new ScenarioLoader().parse(yaml.formatted(""), "a.yaml").evacuation());
        Outcome byBus = bus.replicate(new RandomStreams(1), 0);
        assertEquals(10, byBus.value(bus.metricNames(), "evacuated"));
        EvacuationModel cars = new EvacuationModel(new ScenarioLoader().parse(
                yaml.formatted("own-cars: {share: 1, seats: 2}"), "b.yaml").evacuation());
        Outcome byCar = cars.replicate(new RandomStreams(1), 0);
        assertEquals(90, byCar.value(cars.metricNames(), "evacuated"));
        assertEquals(90, byCar.value(cars.metricNames(), "corridor.C.station.destination.by-car"));
        assertEquals(60, byCar.value(cars.metricNames(), "corridor.C.station.destination.cars"));
        assertEquals(90, byCar.value(cars.metricNames(), "corridor.C.station.checkpoint.passed"));
    }

    @Test
    void aScheduledProbabilityChangesAtItsTimeAndEachPieceIsAnOverridePath() {
        // early leaves in the first hour, late in the eleventh; arrests are certain until 05:00, then stop
        String yaml = """
                id: schedule
                start: 2024-01-01T00:00
                end: 2024-01-02T00:00
                populations:
                  - id: early
                    size: 300
                    departures: {profile: [1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}
                    travel: {C: 0s}
                  - id: late
                    size: 500
                    departures: {profile: [0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0]}
                    travel: {C: 0s}
                corridors:
                  - id: C
                    checkpoint: {lanes: 1000, screening: 1s}
                blocking:
                  - id: arrests
                    policy: interception
                    where: departure
                    schedule: [2024-01-01T00:00, 2024-01-01T05:00]
                    probability: [1, 0]
                    outcome: detain
                """;
        Evacuation e = new ScenarioLoader().parse(yaml, "s.yaml").evacuation();
        EvacuationModel model = new EvacuationModel(e);
        Outcome o = model.replicate(new RandomStreams(2), 0);
        assertEquals(300, o.value(model.metricNames(), "detained"));
        assertEquals(500, o.value(model.metricNames(), "evacuated"));
        Evacuation always = new ScenarioLoader().parse(yaml, "s.yaml",
                java.util.List.of(org.corridorsim.scenario.ScenarioOverride.parse("blocking.arrests.probability[1]=1")))
                .evacuation();
        EvacuationModel overridden = new EvacuationModel(always);
        assertEquals(800, overridden.replicate(new RandomStreams(2), 0).value(overridden.metricNames(), "detained"));
    }
}
