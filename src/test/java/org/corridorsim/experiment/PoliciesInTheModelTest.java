package org.corridorsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.corridorsim.model.EvacuationModel;
import org.corridorsim.model.MetricNames;
import org.corridorsim.model.Outcome;
import org.corridorsim.random.RandomStreams;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The built-in policies, loaded from scenario text, acting on the running model. */
class PoliciesInTheModelTest {

    private static final String BASE = """
            id: policies
            start: 2020-01-01T00:00
            end: 2020-01-03T00:00
            populations:
              - id: town
                arrivals: {rate: 120/h}
                travel: {A: 10m, B: 20m}
            corridors:
              - id: A
                checkpoint: {lanes: 4, screening: {dist: exponential, mean: 1m}}
              - id: B
                checkpoint: {lanes: 4, screening: {dist: exponential, mean: 1m}}
            routing: nearest
            experiment: {replications: 3, seed: 11, bin: 1h}
            """;

    private static Outcome run(String blocking) {
        Scenario scenario = new ScenarioLoader().parse(BASE + blocking, "policies.yaml");
        EvacuationModel model = new EvacuationModel(scenario.evacuation());
        return model.replicate(new RandomStreams(scenario.experiment().seed()), 0);
    }

    private static double metric(String blocking, String name) {
        Scenario scenario = new ScenarioLoader().parse(BASE + blocking, "policies.yaml");
        return run(blocking).value(new EvacuationModel(scenario.evacuation()).metricNames(), name);
    }

    @Test
    void aClosureStopsEveryoneAtItsCorridorForItsWholeSpan() {
        String closure = "blocking:\n  - {id: shut, policy: closure, corridors: [A], from: 2020-01-01T00:00, to: 2020-01-03T00:00}\n";
        assertEquals(0, metric(closure, "corridor.A.evacuated"));
        assertTrue(metric(closure, "blocked.shut") > 4000, "about 5,760 arrivals in two days are turned back");
        assertEquals(0, metric(closure, "corridor.B.evacuated"), "nearest routing keeps sending groups to A");
    }

    @Test
    void aQuotaCapsEveryHourOfThroughput() {
        String quota = "blocking:\n  - {id: cap, policy: quota, corridors: [A], per-hour: 50}\n";
        Outcome o = run(quota);
        Scenario scenario = new ScenarioLoader().parse(BASE + quota, "policies.yaml");
        MetricNames names = new EvacuationModel(scenario.evacuation()).metricNames();
        int seriesA = -1;
        for (int s = 0; s < names.seriesCount(); s++) {
            if (names.seriesCorridor(s).equals("A") && names.seriesKind(s).equals(MetricNames.ALL)) {
                seriesA = s;
            }
        }
        double total = 0;
        for (double perHour : o.throughput()[seriesA]) {
            // screening started within the hour may finish a minute or so into the next one
            assertTrue(perHour <= 50 + 8, "hourly throughput " + perHour + " above the quota of 50");
            total += perHour;
        }
        assertTrue(total > 40 * 48 * 0.9, "the quota is used, got " + total);
    }

    @Test
    void interceptionAtDepartureStopsAboutItsShare() {
        String interception = "blocking:\n  - {id: stop, policy: interception, where: departure, probability: 0.25}\n";
        double blocked = metric(interception, "blocked.stop");
        double attempted = metric(interception, "attempted");
        double share = blocked / attempted;
        // ~5,760 groups: the standard error of the share is about 0.006
        assertTrue(Math.abs(share - 0.25) < 0.03, "share stopped " + share);
    }

    @Test
    void aDisruptionThatDispersesQueuesIsChargedWithThePeopleItSentHome() {
        String busy = BASE.replace("{lanes: 4,", "{lanes: 2,");
        String disruption = "blocking:\n  - {id: shelling, policy: disruption, corridors: [A], "
                + "every: {dist: exponential, mean: 3h}, lasts: {dist: exponential, mean: 30m}, queued: disperse}\n";
        Scenario scenario = new ScenarioLoader().parse(busy + disruption, "policies.yaml");
        EvacuationModel model = new EvacuationModel(scenario.evacuation());
        Outcome o = model.replicate(new RandomStreams(scenario.experiment().seed()), 0);
        double dispersed = o.value(model.metricNames(), "dispersed");
        double blocked = o.value(model.metricNames(), "blocked.shelling");
        assertTrue(dispersed > 0, "a saturated checkpoint has a queue to disperse");
        assertTrue(blocked >= dispersed, "blocked.shelling " + blocked + " includes the dispersed " + dispersed);
        assertEquals(o.value(model.metricNames(), "blocked"), blocked);
    }

    @Test
    void aClosureFromAScenarioFileDescribesItselfInLocalTime() {
        Scenario scenario = new ScenarioLoader().parse(BASE
                + "blocking:\n  - {id: shut, policy: closure, corridors: [A], from: 2020-01-01T06:00, to: 2020-01-02T18:30}\n",
                "policies.yaml");
        String description = scenario.evacuation().blocking().get(0).describe();
        org.junit.jupiter.api.Assertions.assertTrue(
                description.contains("closed Wed 1 Jan 06:00 to Thu 2 Jan 18:30"), description);
    }
}
