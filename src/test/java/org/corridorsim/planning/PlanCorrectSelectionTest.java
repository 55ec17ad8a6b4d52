package org.corridorsim.planning;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.model.Outcome;
import org.corridorsim.random.RandomStreams;
import org.corridorsim.scenario.Planning;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioLoader;
import org.corridorsim.scenario.ScenarioOverride;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Correct selection, measured: a staffing plan with a probability target (in at least 80% of
 * 8-hour days, the mean wait is at most 45 s) is run with 100 seeds. Each lane count's true
 * probability is estimated beforehand from 20,000 independent replications (standard error below
 * 0.004). With indifference zone 0.05, a selection is correct when the chosen lane count truly
 * meets the target up to the zone (p &ge; 0.75) and costs no more than the cheapest lane count
 * that meets it with room (p &ge; 0.85). The share of correct selections must reach the plan's
 * confidence, 95%.
 *
 * <p>The 100 seeds take about a minute, so they run in the {@code full} profile
 * ({@code mvn verify -Pfull}); the default run measures 10 seeds.
 */
class PlanCorrectSelectionTest {

    private static final int SEEDS = 100;
    private static final int TRUTH_REPLICATIONS = 20_000;

    static final String SCENARIO = """
            id: staffing-day
            time-zone: UTC
            start: 2024-01-01T00:00
            end: 2024-01-01T08:00
            populations:
              - id: p
                kind: civilian
                arrivals: {rate: 50/h}
                group-size: {dist: const, value: 1}
                travel: {C: 0s}
            corridors:
              - id: C
                serves: [civilian]
                checkpoint: {lanes: 1, screening: {dist: exponential, mean: 3m}}
            plan:
              variables:
                corridors.C.checkpoint.lanes: {from: 2, to: 7, cost: 1}
              targets:
                - {metric: corridor.C.checkpoint.wait, at-most: 45s, probability: 0.8}
              indifference: 0.05
            """;

    @Test
    void tenSeedsChooseCorrectly() {
        Measured measured = measure(10, 2_000);
        assertTrue(measured.correct() >= 9, measured.toString());
    }

    @Test
    @Tag("full")
    void choosesACorrectLaneCountInAtLeastTheStatedShareOfSeeds() {
        Measured measured = measure(SEEDS, TRUTH_REPLICATIONS);
        System.out.println(measured);
        assertTrue(measured.truth().values().stream().anyMatch(v -> v > 0.2 && v < 0.95),
                "a lane count near the target: " + measured.truth());
        assertTrue((double) measured.correct() / SEEDS >= 0.95, measured.toString());
    }

    private record Measured(Map<Integer, Double> truth, int seeds, int correct, long replications) {}

    private static Measured measure(int seeds, int truthReplications) {
        Scenario scenario = new ScenarioLoader().parse(SCENARIO, "staffing-day.yaml");
        Planning planning = scenario.plan().orElseThrow();
        Planning.Target target = planning.targets().get(0);
        double p = target.probability().getAsDouble();
        double delta = planning.indifference();
        Map<Integer, Double> truth = new TreeMap<>();
        for (int lanes = 2; lanes <= 7; lanes++) {
            Scenario variant = scenario.withOverrides(java.util.List.of(
                    new ScenarioOverride("corridors.C.checkpoint.lanes", Integer.toString(lanes))));
            EvacuationModel model = new EvacuationModel(variant.evacuation());
            RandomStreams streams = new RandomStreams(-12345);
            int met = 0;
            for (int r = 0; r < truthReplications; r++) {
                Outcome outcome = model.replicate(streams, r);
                met += target.isMetBy(outcome.value(model.metricNames(), target.metric())) ? 1 : 0;
            }
            truth.put(lanes, (double) met / truthReplications);
        }
        int cheapestWithRoom = truth.entrySet().stream().filter(e -> e.getValue() >= p + delta).mapToInt(Map.Entry::getKey)
                .min().orElseThrow();
        int correct = 0;
        long replications = 0;
        for (int seed = 1; seed <= seeds; seed++) {
            PlanResult result = Plan.of(scenario).seed(seed).threads(2).run();
            replications += result.replications();
            if (result.chosen().isPresent()) {
                int chosen = result.chosen().get().values().get(0);
                correct += truth.get(chosen) >= p - delta && chosen <= cheapestWithRoom ? 1 : 0;
            }
        }
        return new Measured(truth, seeds, correct, replications);
    }
}
