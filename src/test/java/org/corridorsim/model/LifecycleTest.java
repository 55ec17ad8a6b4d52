package org.corridorsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.corridorsim.policy.Kind;
import org.corridorsim.random.RandomStreams;
import org.corridorsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    private static final Kind[] ONE_POPULATION = {Kind.CIVILIAN};

    /** A group of 3 brought to {@code state} along allowed edges (none needed for TRAVELLING). */
    private static int groupIn(Groups groups, Lifecycle lifecycle, byte state) {
        int g = groups.allocate(0, 0, 3, false, 0);
        lifecycle.setOut(g);
        byte[] path = switch (state) {
            case Lifecycle.TRAVELLING -> new byte[] {};
            case Lifecycle.HELD -> new byte[] {Lifecycle.HELD};
            case Lifecycle.QUEUED -> new byte[] {Lifecycle.QUEUED};
            case Lifecycle.SCREENING -> new byte[] {Lifecycle.QUEUED, Lifecycle.SCREENING};
            case Lifecycle.BOARDING -> new byte[] {Lifecycle.QUEUED, Lifecycle.SCREENING, Lifecycle.BOARDING};
            case Lifecycle.RETRYING -> new byte[] {Lifecycle.RETRYING};
            case Lifecycle.EVACUATED -> new byte[] {Lifecycle.QUEUED, Lifecycle.SCREENING, Lifecycle.EVACUATED};
            case Lifecycle.DETAINED -> new byte[] {Lifecycle.DETAINED};
            case Lifecycle.IN_TRANSIT -> new byte[] {Lifecycle.QUEUED, Lifecycle.SCREENING, Lifecycle.BOARDING,
                Lifecycle.IN_TRANSIT};
            default -> new byte[] {Lifecycle.GAVE_UP};
        };
        for (byte step : path) {
            lifecycle.move(g, step);
        }
        return g;
    }

    private static double total(Lifecycle lifecycle) {
        double sum = 0;
        for (int s = 0; s < Lifecycle.STATES; s++) {
            sum += lifecycle.in(s);
        }
        return sum;
    }

    @Test
    void everyEdgeOfTheTableMovesPersonsAndEveryOtherPairIsRefused() {
        int allowed = 0;
        for (byte from = 0; from < Lifecycle.STATES; from++) {
            for (byte to = 0; to < Lifecycle.STATES; to++) {
                Groups groups = new Groups(ONE_POPULATION, 4);
                Lifecycle lifecycle = new Lifecycle(groups);
                int g = groupIn(groups, lifecycle, from);
                lifecycle.countEdges();
                assertEquals(from, groups.state[g]);
                double before = lifecycle.in(to);
                byte target = to;
                if (Lifecycle.allowed(from, to)) {
                    allowed++;
                    lifecycle.move(g, target);
                    assertEquals(to, groups.state[g]);
                    assertEquals(before + (from == to ? 0 : 3), lifecycle.in(to));
                    assertEquals(3, lifecycle.moved(from, to));
                } else {
                    assertThrows(IllegalStateException.class, () -> lifecycle.move(g, target),
                            Lifecycle.NAMES[from] + " -> " + Lifecycle.NAMES[to]);
                }
                assertEquals(lifecycle.setOut(), total(lifecycle), "persons are conserved");
            }
        }
        assertEquals(22, allowed, "the table in Lifecycle's comment has 22 edges");
    }

    @Test
    void finalStatesHaveNoWayOut() {
        for (byte s = 0; s < Lifecycle.STATES; s++) {
            boolean any = false;
            for (byte t = 0; t < Lifecycle.STATES; t++) {
                any |= Lifecycle.allowed(s, t);
            }
            assertEquals(!Lifecycle.terminal(s), any, Lifecycle.NAMES[s]);
        }
    }

    @Test
    void aGroupSplitAcrossVehiclesLeavesBoardingWithItsLastPerson() {
        Groups groups = new Groups(ONE_POPULATION, 4);
        Lifecycle lifecycle = new Lifecycle(groups);
        int g = groupIn(groups, lifecycle, Lifecycle.BOARDING);
        groups.toBoard[g] = 1;
        lifecycle.move(g, Lifecycle.EVACUATED, 2);
        assertEquals(Lifecycle.BOARDING, groups.state[g]);
        assertEquals(1, lifecycle.in(Lifecycle.BOARDING));
        groups.toBoard[g] = 0;
        lifecycle.move(g, Lifecycle.EVACUATED, 1);
        assertEquals(Lifecycle.EVACUATED, groups.state[g]);
        assertEquals(3, lifecycle.in(Lifecycle.EVACUATED));
    }

    /** Scenarios that between them take every edge of the table inside the real model. */
    static final String EDGES = """
            id: edges
            title: every edge
            time-zone: UTC
            start: 2024-01-01T00:00
            end: 2024-01-03T00:00
            windows: {daily: {from: "06:00", to: "20:00"}}
            on-window-close: %s
            populations:
              - id: town
                kind: civilian
                size: 4000
                intent: 0.9
                departures: uniform
                group-size: {dist: geometric, mean: 3}
                medical-share: 0.1
                patience: {dist: exponential, mean: 40m}
                retry: {probability: 0.5, after: {dist: exponential, mean: 3h}}
                travel:
                  A: {dist: exponential, mean: 30m}
                  B: {dist: exponential, mean: 30m}
                  R: {dist: exponential, mean: 30m}
                  V: {dist: exponential, mean: 30m}
                  W: {dist: exponential, mean: 30m}
            corridors:
              - id: A
                serves: [civilian]
                checkpoint: {lanes: 1, screening: {dist: exponential, mean: 4m}, capacity: 20}
                transport: {vehicles: 2, seats: 7, trip: 1h, depart-when: {full-or-after: 20m}}
              - id: B
                serves: [civilian]
                checkpoint: {lanes: 2, screening: {dist: exponential, mean: 3m}}
              - id: R
                serves: [civilian]
                route:
                  - {id: first, checkpoint: {lanes: 1, screening: {dist: exponential, mean: 2m}}}
                  - {id: road, travel: {dist: exponential, mean: 10m}}
                  - {id: second, checkpoint: {lanes: 1, screening: {dist: exponential, mean: 2m}}}
              - id: V
                serves: [civilian]
                route:
                  - {id: post, checkpoint: {lanes: 2, screening: {dist: exponential, mean: 2m}}}
                  - {id: yard, convoy: {vehicles: 3, seats: 40, every: 3h, road: 1h}}
              - id: W
                serves: [civilian]
                route:
                  - {id: post, checkpoint: {lanes: 2, screening: {dist: exponential, mean: 2m}}}
                  - {id: walk, travel: {dist: exponential, mean: 20m}}
            routing: random
            blocking:
              - {id: hold-home, policy: interception, where: departure, probability: 0.1, outcome: delay, delay: 1h}
              - {id: arrest-home, policy: interception, where: departure, probability: 0.05, outcome: detain}
              - {id: patrol, policy: interception, where: approach, probability: 0.1, outcome: turn-back}
              - {id: check, policy: screening, probability: 0.05}
              - {id: quota, policy: quota, corridors: [B], per-hour: 60}
              - {id: road-block, policy: interception, where: convoy, probability: 0.2, outcome: turn-back}
              - {id: road-arrest, policy: interception, where: convoy, probability: 0.1, outcome: detain}
            experiment: {replications: 1, seed: 1}
            """;

    @Test
    void theModelTakesEveryEdgeAndThePersonsInAllStatesAreThoseWhoSetOut() {
        double[] moved = new double[Lifecycle.STATES * Lifecycle.STATES];
        for (String close : List.of("stay", "go-home")) {
            var scenario = new ScenarioLoader().parse(EDGES.formatted(close), "edges.yaml");
            Evacuation e = scenario.evacuation();
            for (int r = 0; r < 3; r++) {
                ModelRun run = new ModelRun(e, new MetricNames(e), new RandomStreams(7).forReplication(r));
                run.lifecycle().countEdges();
                run.run(r);
                Lifecycle lifecycle = run.lifecycle();
                double inStates = 0;
                for (int s = 0; s < Lifecycle.STATES; s++) {
                    inStates += lifecycle.in(s);
                }
                assertEquals(lifecycle.setOut(), inStates);
                for (int from = 0; from < Lifecycle.STATES; from++) {
                    for (int to = 0; to < Lifecycle.STATES; to++) {
                        moved[from * Lifecycle.STATES + to] += lifecycle.moved(from, to);
                    }
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (int from = 0; from < Lifecycle.STATES; from++) {
            for (int to = 0; to < Lifecycle.STATES; to++) {
                if (Lifecycle.allowed(from, to) && moved[from * Lifecycle.STATES + to] == 0) {
                    missing.add(Lifecycle.NAMES[from] + " -> " + Lifecycle.NAMES[to]);
                }
            }
        }
        assertTrue(missing.isEmpty(), "edges never taken: " + missing);
    }
}
