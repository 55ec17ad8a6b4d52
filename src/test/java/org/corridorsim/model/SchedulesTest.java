package org.corridorsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corridorsim.random.RandomStreams;
import org.corridorsim.scenario.Hypothesis;
import org.corridorsim.scenario.Parameter;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioLoader;
import org.corridorsim.scenario.ScenarioOverride;
import org.corridorsim.stats.Summary;
import org.junit.jupiter.api.Test;

/**
 * Values that change by date, with outcomes known by hand: a quota whose count changes by the hour,
 * and a population whose intent and departure profile change by the day; each piece set by its
 * override path, by --set as by a prior.
 */
class SchedulesTest {

    /** 100 persons in groups of 1 reach the checkpoint in the first hour; the quota holds the rest to the next hour. */
    private static final String QUOTA = """
            id: quota
            start: 2024-01-01T00:00
            end: 2024-01-01T02:30
            populations:
              - id: town
                size: 100
                departures: {profile: [1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}
                travel: {C: 0s}
            corridors:
              - id: C
                checkpoint: {lanes: 1000, screening: 1s}
            blocking:
              - id: q
                policy: quota
                schedule: [2024-01-01T00:00, 2024-01-01T01:00]
                per-hour: [10, 30]
            """;

    /**
     * 1,000 persons; day 1 (the first piece, which also holds before its start) has intent 0.5 and
     * people leave in its hour 0; day 2 has intent 1 and people leave in its hour 12. Weights per hour
     * are equal, so 0.5 × 1 h + 1 × 1 h of a total 2 h: intent 0.75, 750 set out, a third of them
     * (250 expected) on day 1. The corridor is closed from day 2 on, so only day 1's get out.
     */
    private static final String DAYS = """
            id: days
            start: 2024-01-01T00:00
            end: 2024-01-03T00:00
            populations:
              - id: town
                size: 1000
                schedule: [2024-01-01T00:00, 2024-01-02T00:00]
                intent: [0.5, 1]
                departures:
                  - {profile: [1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}
                  - {profile: [0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0]}
                travel: {C: 0s}
            corridors:
              - id: C
                checkpoint: {lanes: 1000, screening: 1s}
            blocking:
              - {id: shut, policy: closure, from: 2024-01-02T00:00, to: 2024-01-03T00:00}
            """;

    private static double run(Evacuation evacuation, int replication, String metric) {
        EvacuationModel model = new EvacuationModel(evacuation);
        Outcome o = model.replicate(new RandomStreams(5), replication);
        double fates = MetricNames.FATES.stream().mapToDouble(n -> o.value(model.metricNames(), n)).sum();
        long size = evacuation.populations().stream()
                .mapToLong(p -> ((Demand.Finite) p.demand()).size()).sum();
        assertEquals(size, fates, "the fates sum to the population");
        return o.value(model.metricNames(), metric);
    }

    private static Evacuation read(String yaml, String... overrides) {
        return new ScenarioLoader().parse(yaml, "s.yaml",
                List.of(overrides).stream().map(ScenarioOverride::parse).toList()).evacuation();
    }

    @Test
    void aQuotaAllowsInEachHourTheCountInForceWhenTheHourStarts() {
        // 10 in hour 0, then 30 in hours 1 and 2 from those held over
        assertEquals(70, run(read(QUOTA), 0, "evacuated"));
        assertEquals(20, run(read(QUOTA, "blocking.q.per-hour[1]=5"), 0, "evacuated"));
        assertEquals(100, run(read(QUOTA, "blocking.q.per-hour[0]=100"), 0, "evacuated"));
    }

    @Test
    void intentAndDeparturesByDateSetOutTheHandComputedNumbers() {
        Demand.Finite demand = (Demand.Finite) read(DAYS).populations().get(0).demand();
        assertEquals(0.75, demand.intent());
        assertEquals(750, demand.leaving());
        assertEquals(List.of(new Interval(0, 3600), new Interval(36 * 3600, 37 * 3600)), positive(demand.departures()));
        double[] evacuated = new double[20];
        for (int r = 0; r < evacuated.length; r++) {
            evacuated[r] = run(read(DAYS), r, "evacuated");
            assertEquals(750 - evacuated[r], run(read(DAYS), r, "blocked"), "day 2's are turned back");
        }
        Summary s = Summary.of(evacuated, 0.99);
        assertTrue(s.contains(250), "a third of 750 on day 1, simulated " + s.mean() + " +- " + s.halfWidth());
    }

    @Test
    void eachPieceIsReachableByItsOverridePath() {
        // nobody intends to leave on day 2: 0.5 × 1 h of 2 h, all of them on day 1
        assertEquals(250, run(read(DAYS, "populations.town.intent[1]=0"), 0, "evacuated"));
        assertEquals(0, run(read(DAYS, "populations.town.intent[1]=0"), 0, "blocked"));
        // day 2's hour 12 weighs 3: (0.5 + 3) / 4 of 1,000 set out
        assertEquals(875, ((Demand.Finite) read(DAYS, "populations.town.departures[1].profile[12]=3")
                .populations().get(0).demand()).leaving());
    }

    @Test
    void aPriorOnOnePieceVariesThatPieceAlone() {
        Scenario scenario = new ScenarioLoader().parse(DAYS + """
                observed:
                  - {metric: evacuated, between: [0, 1000]}
                priors:
                  populations.town.intent[1]: {dist: uniform, min: 0, max: 1}
                """, "s.yaml");
        assertEquals(new Parameter("populations.town.intent[1]", Parameter.Type.NUMBER, 0, 1),
                scenario.inference().parameters().get("populations.town.intent[1]"));
        Hypothesis all = scenario.inference().hypotheses().get(0);
        Evacuation none = scenario.variants(all).evacuation(new double[] {0});
        assertEquals(250, ((Demand.Finite) none.populations().get(0).demand()).leaving());
    }

    private static List<Interval> positive(DepartureProfile profile) {
        List<Interval> result = new java.util.ArrayList<>();
        for (int i = 0; i < profile.intervals().size(); i++) {
            if (profile.weights().get(i) > 0) {
                result.add(profile.intervals().get(i));
            }
        }
        return result;
    }
}
