package org.corridorsim.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioException;
import org.corridorsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Window hours as a decision variable: a daily window written as {@code {from, hours}}. People
 * arrive at 60 an hour all day; the checkpoint is open from 08:00 for {@code hours} hours and has
 * ample lanes; the scenario ends at 08:00 the next day, so those who arrive after the close are
 * still waiting. About 60 × hours get out, so a mean of at least 285 needs 5 hours (300), and
 * 4 hours (240) is clearly short.
 */
class PlanWindowHoursTest {

    static final String SCENARIO = """
            id: window-hours
            time-zone: UTC
            start: 2024-01-01T08:00
            end: 2024-01-02T08:00
            windows: {daily: {from: "08:00", hours: 2}}
            populations:
              - id: p
                kind: civilian
                arrivals: {rate: 60/h}
                group-size: {dist: const, value: 1}
                travel: {C: 0s}
            corridors:
              - id: C
                serves: [civilian]
                checkpoint: {lanes: 20, screening: {dist: const, value: 1m}}
            experiment: {seed: 11}
            plan:
              variables:
                windows.daily.hours: {from: 1, to: 12, cost: 1}
              targets:
                - {metric: evacuated, mean-at-least: 285}
            """;

    @Test
    void theShortestWindowThatMeetsTheTargetIsFiveHours() {
        Scenario scenario = new ScenarioLoader().parse(SCENARIO, "window-hours.yaml");
        PlanResult result = Plan.of(scenario).threads(1).run();
        assertEquals(List.of(5), result.chosen().orElseThrow().values());
        for (PlanPoint point : result.points()) {
            assertEquals(point.values().get(0) >= 5, point.verdict().isFeasible(), point.toString());
        }
    }

    @Test
    void aWindowOfHoursIsTheSameAsOneWithItsClosingTime() {
        ScenarioLoader loader = new ScenarioLoader();
        Scenario hours = loader.parse(SCENARIO, "a.yaml");
        String withoutPlan = SCENARIO.substring(0, SCENARIO.indexOf("plan:"));
        Scenario to = loader.parse(withoutPlan.replace("hours: 2}", "to: \"10:00\"}"), "b.yaml");
        assertEquals(to.evacuation().corridors().get(0).windows(), hours.evacuation().corridors().get(0).windows());
        Scenario day = loader.parse(SCENARIO.replace("hours: 2}", "hours: 24}"), "c.yaml");
        assertEquals(1, day.evacuation().corridors().get(0).windows().intervals().size(), "24 hours a day is one open stretch");
    }

    @Test
    void hoursAndToTogetherOrMoreThanADayAreLocatedErrors() {
        ScenarioLoader loader = new ScenarioLoader();
        ScenarioException both = assertThrows(ScenarioException.class,
                () -> loader.parse(SCENARIO.replace("hours: 2}", "hours: 2, to: \"10:00\"}"), "both.yaml"));
        assertTrue(both.getMessage().contains("both.yaml:5:") && both.getMessage().contains("not both"),
                both.getMessage());
        ScenarioException long_ = assertThrows(ScenarioException.class,
                () -> loader.parse(SCENARIO.replace("hours: 2}", "hours: 25}"), "long.yaml"));
        assertTrue(long_.getMessage().contains("long.yaml:5:") && long_.getMessage().contains("at most 24 hours"),
                long_.getMessage());
    }
}
