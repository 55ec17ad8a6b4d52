package org.corridorsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corridorsim.random.RandomStreams;
import org.corridorsim.scenario.Hypothesis;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioLoader;
import org.corridorsim.scenario.ScenarioOverride;
import org.junit.jupiter.api.Test;

/**
 * Distributions of built-in policies that change by date, with outcomes known by hand: a
 * disruption whose open and closed spells change length at 04:00, and an interception whose
 * holds do; each piece set by its override path, by --set as by a prior.
 */
class ScheduledDistributionsTest {

    /**
     * Four populations of 1, 2, 4 and 8 persons set out in hours 3, 5, 6 and 9 straight into the
     * corridor, so the count turned back says which of those hours were closed. Spells: the first
     * closure after 2 h (piece 0), closed 1 h to 03:00, open 2 h (piece 0, drawn at 03:00) to
     * 05:00, closed 2 h (piece 1, drawn at 05:00) to 07:00, open 1 h to 08:00, closed to 10:00:
     * hours 5, 6 and 9 are closed, 2 + 4 + 8 = 14 turned back.
     */
    private static final String SHELLING = """
            id: shelling
            start: 2024-01-01T00:00
            end: 2024-01-01T12:00
            populations:
            %s
            corridors:
              - id: C
                checkpoint: {lanes: 1000, screening: 1s}
            blocking:
              - id: shelling
                policy: disruption
                schedule: [2024-01-01T00:00, 2024-01-01T04:00]
                every: [{dist: const, value: 2h}, {dist: const, value: 1h}]
                lasts: [{dist: const, value: 1h}, {dist: const, value: 2h}]
            """.formatted(populations(3, 1) + populations(5, 2) + populations(6, 4) + populations(9, 8));

    /**
     * One person sets out at a time u in hour 0 and two at times v in hour 5, each stopped at
     * departure every time it sets out (probability 1), so the holds follow one another until
     * the horizon at 10:00. Holds are 1 h before 04:00 and 3 h from then: the first person is held
     * at u, u + 1, u + 2, u + 3 (1 h each), u + 4 and u + 7 (3 h each), 6 holds; each of the others
     * at v and v + 3, 2 holds: 10 in all, whatever u and v. With 1 h throughout: 10 + 2 × 5 = 20.
     */
    private static final String HOLDS = """
            id: holds
            start: 2024-01-01T00:00
            end: 2024-01-01T10:00
            populations:
            %s
            corridors:
              - id: C
                checkpoint: {lanes: 1000, screening: 1s}
            blocking:
              - id: hold
                policy: interception
                probability: 1
                outcome: delay
                schedule: [2024-01-01T00:00, 2024-01-01T04:00]
                delay: [{dist: const, value: 1h}, {dist: const, value: 3h}]
            """.formatted(populations(0, 1) + populations(5, 2));

    /** A population of {@code size} persons in groups of one who all set out in local hour {@code hour}. */
    private static String populations(int hour, int size) {
        String[] weights = new String[24];
        java.util.Arrays.fill(weights, "0");
        weights[hour] = "1";
        return ("  - id: h" + hour + "\n    size: " + size + "\n    departures: {profile: [" + String.join(",", weights)
                + "]}\n    travel: {C: 0s}\n");
    }

    private static Evacuation read(String yaml, String... overrides) {
        return new ScenarioLoader().parse(yaml, "s.yaml",
                List.of(overrides).stream().map(ScenarioOverride::parse).toList()).evacuation();
    }

    private static double run(Evacuation evacuation, String metric) {
        EvacuationModel model = new EvacuationModel(evacuation);
        return model.replicate(new RandomStreams(5), 0).value(model.metricNames(), metric);
    }

    @Test
    void aDisruptionDrawsEachSpellFromThePieceInForceWhenItStarts() {
        assertEquals(14, run(read(SHELLING), "blocked.shelling"));
        // piece 0 throughout: closed 02-03, 05-06, 08-09: only hour 5
        assertEquals(2, run(read(SHELLING, "blocking.shelling.lasts[1].value=1h", "blocking.shelling.every[1].value=2h"),
                "blocked.shelling"));
        // closed 1 h from 05:00, open 1 h, closed 07-08 and 09-10: hours 5 and 9
        assertEquals(10, run(read(SHELLING, "blocking.shelling.lasts[1].value=1h"), "blocked.shelling"));
    }

    @Test
    void anInterceptionHoldsEachGroupForThePieceInForceWhenItIsStopped() {
        assertEquals(10, run(read(HOLDS), "delayed.hold"));
        assertEquals(20, run(read(HOLDS, "blocking.hold.delay[1].value=1h"), "delayed.hold"));
        // 2 h, then 3 h: u, u + 2, u + 4, u + 7 and v, v + 3
        assertEquals(8, run(read(HOLDS, "blocking.hold.delay[0].value=2h"), "delayed.hold"));
    }

    @Test
    void aPriorOnOnePieceVariesThatPieceAlone() {
        Scenario scenario = new ScenarioLoader().parse(SHELLING + """
                observed:
                  - {metric: blocked, between: [0, 15]}
                priors:
                  blocking.shelling.lasts[1].value: {dist: uniform, min: 30m, max: 3h}
                """, "s.yaml");
        Hypothesis all = scenario.inference().hypotheses().get(0);
        Evacuation varied = scenario.variants(all).evacuation(new double[] {3600});
        assertEquals(read(SHELLING, "blocking.shelling.lasts[1].value=1h").blocking(), varied.blocking());
        assertEquals(10, run(varied, "blocked.shelling"));
    }
}
