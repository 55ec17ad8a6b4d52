package org.corridorsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corridorsim.policy.Kind;
import org.corridorsim.random.Distribution;
import org.corridorsim.random.RandomStreams;
import org.corridorsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class HoldsAndFatesTest {

    /** The probe from issue 7: 60 groups an hour against a quota of 10 persons an hour, 30 min patience. */
    private static final String QUOTA_PROBE = """
            id: quota-probe
            title: quota probe
            time-zone: UTC
            start: 2024-01-01T00:00
            end: 2024-01-03T00:00
            populations:
              - id: town
                kind: civilian
                arrivals: {rate: 60/h}
                group-size: {dist: const, value: 1}
                patience: {dist: exponential, mean: 30m}
                travel: {C: 10m}
            corridors:
              - id: C
                serves: [civilian]
                checkpoint: {lanes: 4, screening: 1m, capacity: %d, after-hold: %s}
            blocking:
              - {id: quota, policy: quota, per-hour: 10, outcome: delay}
            experiment: {replications: 1, seed: 1}
            """;

    private static Outcome run(String yaml, long seed) {
        Evacuation e = new ScenarioLoader().parse(yaml, "probe.yaml").evacuation();
        return new EvacuationModel(e).replicate(new RandomStreams(seed), 0);
    }

    private static double value(String yaml, Outcome o, String metric) {
        Evacuation e = new ScenarioLoader().parse(yaml, "probe.yaml").evacuation();
        return o.value(new MetricNames(e), metric);
    }

    private static double fateSum(String yaml, Outcome o) {
        double sum = 0;
        for (String fate : MetricNames.FATES) {
            sum += value(yaml, o, fate);
        }
        return sum;
    }

    @Test
    void heldGroupsKeepWaitingAndMostGiveUpWithTheHoldCounted() {
        String yaml = QUOTA_PROBE.formatted(Checkpoint.UNLIMITED, "keep-place");
        Outcome o = run(yaml, 3);
        double arrived = value(yaml, o, "attempted");
        assertEquals(arrived, fateSum(yaml, o), "fates sum to the persons who arrived");
        assertTrue(value(yaml, o, "evacuated") <= 48 * 10, "at most 10 an hour pass");
        assertTrue(value(yaml, o, "fate.gave-up") > 0.7 * arrived,
                "about 50 of 60 an hour cannot pass and give up: " + value(yaml, o, "fate.gave-up") + " of " + arrived);
        assertTrue(value(yaml, o, "reneged") > 0.7 * arrived, "they give up by reneging while held");
        assertTrue(value(yaml, o, "delayed.quota") > 0.7 * arrived, "holds are counted");
        assertEquals(value(yaml, o, "delayed"), value(yaml, o, "delayed.quota"));
        assertTrue(value(yaml, o, "delay-time.quota") > 0.1 * arrived * 0.25,
                "person-hours held: " + value(yaml, o, "delay-time.quota"));
        assertTrue(value(yaml, o, "corridor.C.checkpoint.wait") > 10 * 60,
                "the wait includes the hold, got " + value(yaml, o, "corridor.C.checkpoint.wait") + " s");
        assertTrue(value(yaml, o, "corridor.C.checkpoint.queue") > 5, "held groups stay in the queue");
    }

    @Test
    void heldGroupsCountAgainstCapacity() {
        String yaml = QUOTA_PROBE.formatted(3, "back");
        Outcome o = run(yaml, 3);
        assertTrue(value(yaml, o, "balked.full") > 0.5 * value(yaml, o, "attempted"),
                "with room for 3 groups, held groups fill it and later arrivals balk");
        assertEquals(value(yaml, o, "balked"), value(yaml, o, "balked.full"));
        assertEquals(0, value(yaml, o, "balked.closed"));
        assertEquals(value(yaml, o, "attempted"), fateSum(yaml, o));
    }

    /** Questioning at the checkpoint: a held group's hold ends at its own time. */
    private static final String QUESTIONING = """
            id: questioning
            title: questioning
            time-zone: UTC
            start: 2024-01-01T00:00
            end: 2024-01-02T00:00
            populations:
              - id: town
                kind: civilian
                arrivals: {rate: 25/h}
                group-size: {dist: const, value: 1}
                travel: {C: 10m}
            corridors:
              - id: C
                serves: [civilian]
                checkpoint: {lanes: 1, screening: {dist: exponential, mean: 2m}, after-hold: %s}
            blocking:
              - {id: questions, policy: interception, where: checkpoint, probability: 0.3, outcome: delay,
                 delay: {dist: exponential, mean: 20m}}
            experiment: {replications: 1, seed: 1}
            """;

    @Test
    void afterTheHoldAGroupKeepsItsPlaceOrGoesToTheBack() {
        String keep = QUESTIONING.formatted("keep-place");
        String back = QUESTIONING.formatted("back");
        double keepWait = value(keep, run(keep, 5), "corridor.C.checkpoint.wait");
        double backWait = value(back, run(back, 5), "corridor.C.checkpoint.wait");
        // Screening is work-conserving, so the order changes who waits, not much the mean wait.
        assertTrue(backWait != keepWait, "the order after a hold changes the waits");
        assertTrue(keepWait > 0.3 * 20 * 60 * 0.5 && backWait > 0.3 * 20 * 60 * 0.5, "the waits include the holds");
    }

    private static final String WINDOWS = """
            id: windows
            title: windows
            time-zone: UTC
            start: 2024-01-01T00:00
            end: 2024-01-02T12:00
            windows: {daily: {from: "08:00", to: "10:00"}}
            on-window-close: go-home
            populations:
              - id: town
                kind: civilian
                size: 3000
                intent: 0.6
                departures: uniform
                group-size: {dist: geometric, mean: 2}
                retry: {probability: 0.4, after: 6h}
                travel: {C: 10m}
            corridors:
              - id: C
                serves: [civilian]
                checkpoint: {lanes: 1, screening: 2m}
            experiment: {replications: 1, seed: 1}
            """;

    @Test
    void arrivalsAtAClosedWindowBalkAsClosedAndQueuesAtClosingAreSentHome() {
        Outcome o = run(WINDOWS, 11);
        assertTrue(value(WINDOWS, o, "balked.closed") > 0);
        assertEquals(0, value(WINDOWS, o, "balked.full"));
        assertEquals(value(WINDOWS, o, "balked"), value(WINDOWS, o, "balked.closed"));
        assertTrue(value(WINDOWS, o, "sent-home") > 0, "the queue at 10:00 is sent home");
        assertEquals(3000, fateSum(WINDOWS, o), 1e-9, "fates sum to the population");
        assertEquals(3000 - 1800, value(WINDOWS, o, "fate.stayed"), "40% never intended to leave");
        assertTrue(value(WINDOWS, o, "fate.retrying") > 0, "some will try again after the horizon");
        assertTrue(value(WINDOWS, o, "fate.gave-up") > 0);
        assertEquals(value(WINDOWS, o, "evacuated"), value(WINDOWS, o, "fate.evacuated"));
        assertEquals(value(WINDOWS, o, "remaining"), value(WINDOWS, o, "fate.gave-up")
                + value(WINDOWS, o, "fate.retrying") + value(WINDOWS, o, "fate.en-route"));
    }

    @Test
    void personsStoppedCountsEachPersonOnceHoweverOftenStopped() {
        String yaml = """
                id: wall
                title: wall
                time-zone: UTC
                start: 2024-01-01T00:00
                end: 2024-01-01T10:00:01
                populations:
                  - id: town
                    kind: civilian
                    size: 100
                    intent: 1
                    departures: {profile: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]}
                    group-size: {dist: const, value: 1}
                    retry: {probability: 1, after: 1h}
                    travel: {C: 1m}
                corridors:
                  - {id: C, serves: [civilian], checkpoint: {lanes: 1, screening: 1m}}
                blocking:
                  - {id: wall, policy: interception, where: departure, probability: 1}
                experiment: {replications: 1, seed: 1}
                """;
        Outcome o = run(yaml, 1);
        assertEquals(1000, value(yaml, o, "blocked.wall"), "100 people stopped once an hour for 10 hours");
        assertEquals(100, value(yaml, o, "persons-stopped.wall"));
        assertEquals(100, value(yaml, o, "fate.retrying"));
        assertEquals(100, fateSum(yaml, o));
    }

    @Test
    void groupsEvacuatedExactlyAtTheHorizonLandInTheLastBin() {
        double horizon = 4 * 3600;
        Evacuation e = new Evacuation(horizon,
                List.of(new Population("p", Kind.CIVILIAN, new Demand.Finite(3, 1, DepartureProfile.uniform(
                        new Interval(0, 3600))), new Distribution.Constant(1), 0, Optional.empty(), Retry.NEVER,
                        Map.of("C", new Distribution.Constant(60)))),
                List.of(new Corridor("C", "C", EnumSet.of(Kind.CIVILIAN), new Windows(List.of(new Interval(horizon - 60,
                        horizon))), new Checkpoint(3, new Distribution.Constant(60), Discipline.FIFO, Checkpoint.UNLIMITED),
                        Optional.empty(), Optional.empty())),
                Routing.NEAREST, OnWindowClose.STAY, List.of(), 3600);
        Outcome o = new EvacuationModel(e).replicate(new RandomStreams(1), 0);
        MetricNames names = new MetricNames(e);
        assertEquals(3, o.value(names, "evacuated"), "screened from the window's opening, out at the horizon");
        double[] all = o.throughput()[MetricNames.seriesAllKinds(1)];
        assertEquals(4, all.length);
        assertEquals(3, all[3], "in the last bin");
    }
}
