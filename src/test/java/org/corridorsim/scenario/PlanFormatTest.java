package org.corridorsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The plan section: what is read, and a located error for each mistake. */
class PlanFormatTest {

    static final String BASE = """
            id: plan
            start: 2020-01-01T00:00
            end: 2020-01-02T00:00
            populations:
              - id: people
                size: 100
                travel: {C1: 10m, C2: 10m}
            corridors:
              - id: C1
                checkpoint: {lanes: 2, screening: 5m}
                transport: {vehicles: 2, seats: 20, trip: 1h}
              - id: C2
                checkpoint: {screening: 5m}
            linked:
              lanes: corridors.*.checkpoint.lanes
            """;

    private final ScenarioLoader loader = new ScenarioLoader();

    private Scenario parse(String more) {
        return loader.parse(BASE + more, "p.yaml");
    }

    private List<String> errors(String more) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> parse(more));
        return e.errors().stream().map(error -> error.line() + ":" + error.column() + " " + error.path() + ": "
                + error.message()).toList();
    }

    @Test
    void readsVariablesAndTargets() {
        Planning plan = parse("""
                plan:
                  variables:
                    lanes: {from: 1, to: 4, cost: 1}
                    corridors.C1.transport.vehicles: {from: 1, to: 3, cost: 2.5}
                  targets:
                    - {metric: evacuated, at-least: 90, probability: 0.9}
                    - {metric: corridor.*.checkpoint.wait, mean-at-most: 10m}
                  confidence: 0.99
                  monotone: false
                """).plan().orElseThrow();

        assertEquals(List.of(new Planning.Variable("lanes", 1, 4, 1, 2),
                new Planning.Variable("corridors.C1.transport.vehicles", 1, 3, 2.5, 1)), plan.variables());
        assertEquals(List.of(new Planning.Target("evacuated", true, 90, OptionalDouble.of(0.9)),
                new Planning.Target("corridor.C1.checkpoint.wait", false, 600, OptionalDouble.empty()),
                new Planning.Target("corridor.C2.checkpoint.wait", false, 600, OptionalDouble.empty())), plan.targets());
        assertEquals(0.99, plan.confidence());
        assertEquals(Planning.DEFAULT_INDIFFERENCE, plan.indifference());
        assertEquals(false, plan.monotone());
        assertEquals(16, plan.variables().get(0).cost(8 / 2 * 2), 1e-12);
        assertEquals("P(evacuated >= 90) >= 0.9", plan.targets().get(0).describe());
    }

    @Test
    void aScenarioWithoutAPlanHasNone() {
        assertEquals(java.util.Optional.empty(), parse("").plan());
    }

    @Test
    void aDecisionVariableNeedsAWholeNumberPath() {
        assertEquals(List.of("18:5 plan.variables.corridors.C1.checkpoint.screening: a decision variable takes whole "
                        + "numbers, such as lanes, vehicles, seats or ambulances; the scenario reads a duration at "
                        + "corridors.C1.checkpoint.screening"),
                errors("""
                        plan:
                          variables:
                            corridors.C1.checkpoint.screening: {from: 1, to: 4, cost: 1}
                          targets: [{metric: evacuated, at-least: 90, probability: 0.9}]
                        """));
        assertEquals(List.of("18:5 plan.variables.corridors.C9.checkpoint.lanes: a decision variable needs the path of a "
                        + "whole number of the scenario (as for --set), or a linked name; corridors.C9.checkpoint.lanes: "
                        + "no item of corridors has the id 'C9'; ids: C1, C2"),
                errors("""
                        plan:
                          variables:
                            corridors.C9.checkpoint.lanes: {from: 1, to: 4, cost: 1}
                          targets: [{metric: evacuated, at-least: 90, probability: 0.9}]
                        """));
        assertEquals(List.of("18:19 plan.variables.lanes.from: the scenario takes at least 1 at lanes, got 0"),
                errors("""
                        plan:
                          variables:
                            lanes: {from: 0, to: 4, cost: 1}
                          targets: [{metric: evacuated, at-least: 90, probability: 0.9}]
                        """));
    }

    @Test
    void eachMistakeInATargetOrCostIsLocated() {
        assertEquals(List.of(
                        "18:35 plan.variables.lanes.cost: expected a number, got 'cheap'",
                        "20:16 plan.targets[0].metric: unknown metric 'evacuees'; metrics: " + String.join(", ",
                                new org.corridorsim.model.MetricNames(parse("").evacuation()).names()),
                        "21:54 plan.targets[1].probability: must be between 0 and 1 (exclusive), got 1",
                        "22:7 plan.targets[2]: needs one of at-least, at-most (with probability), mean-at-least, mean-at-most",
                        "23:45 plan.targets[3].probability: a target on the mean has no probability; write at-most with "
                                + "probability for a target on the share of replications"),
                errors("""
                        plan:
                          variables:
                            lanes: {from: 1, to: 4, cost: cheap}
                          targets:
                            - {metric: evacuees, at-least: 90, probability: 0.9}
                            - {metric: evacuated, at-least: 90, probability: 1}
                            - {metric: evacuated, probability: 0.5}
                            - {metric: evacuated, mean-at-most: 90, probability: 0.5}
                        """));
    }
}
