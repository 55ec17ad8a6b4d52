package org.corridorsim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corridorsim.planning.Plan;
import org.corridorsim.planning.PlanPoint;
import org.corridorsim.planning.PlanResult;
import org.corridorsim.planning.Verdict;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioLoader;
import org.corridorsim.validation.QueueingTheory.MMc;
import org.junit.jupiter.api.Test;

/**
 * The staffing question with a known answer, through the real model: one checkpoint fed by
 * Poisson arrivals (50 groups an hour) with exponential screening (mean 3 min). How many lanes
 * keep the mean wait at or below 90 s? Erlang C: 2 lanes are unstable, 3 wait 252.8 s on
 * average, 4 wait 38.4 s, so the answer is 4; the plan must find exactly it, and classify every
 * other lane count on the right side.
 */
class PlanStaffingTest {

    private static final double LAMBDA = 50 / 3600.0;
    private static final double MU = 1 / 180.0;
    private static final double LIMIT = 90;

    static final String SCENARIO = """
            id: staffing
            time-zone: UTC
            start: 2024-01-01T00:00
            end: 2024-01-09T08:00
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
            experiment: {seed: 7}
            plan:
              variables:
                corridors.C.checkpoint.lanes: {from: 2, to: 7, cost: 1}
              targets:
                - {metric: corridor.C.checkpoint.wait, mean-at-most: 90s}
            """;

    /** The smallest lane count whose Erlang C mean wait is at most the limit. */
    private static int erlangAnswer() {
        for (int c = 1; ; c++) {
            if (LAMBDA < c * MU && new MMc(LAMBDA, MU, c).meanWait() <= LIMIT) {
                return c;
            }
        }
    }

    private static Scenario scenario() {
        return new ScenarioLoader().parse(SCENARIO, "staffing.yaml");
    }

    @Test
    void findsTheErlangCLaneCount() {
        PlanResult result = Plan.of(scenario()).threads(2).run();

        assertEquals(4, erlangAnswer());
        assertEquals(List.of(erlangAnswer()), result.chosen().orElseThrow().values());
        assertTrue(result.monotone());
        // every lane count is settled on the right side, run or implied
        for (PlanPoint point : result.points()) {
            int lanes = point.values().get(0);
            assertEquals(lanes >= erlangAnswer(), point.verdict().isFeasible(), point.toString());
        }
        // the search runs fewer configurations than the grid holds
        assertTrue(result.runPoints().size() < result.gridSize(), result.runPoints().toString());
    }

    @Test
    void runningEveryLaneCountClassifiesEachAsErlangCSays() {
        PlanResult result = Plan.of(scenario()).threads(2).exhaustive(true).run();

        Map<Integer, Verdict> verdicts = new TreeMap<>();
        result.points().forEach(p -> verdicts.put(p.values().get(0), p.verdict()));
        assertEquals(Map.of(2, Verdict.INFEASIBLE, 3, Verdict.INFEASIBLE, 4, Verdict.FEASIBLE, 5, Verdict.FEASIBLE,
                6, Verdict.FEASIBLE, 7, Verdict.FEASIBLE), verdicts);
        assertEquals(List.of(4), result.chosen().orElseThrow().values());
        // the exact mean wait of each stable lane count lies inside the bounds reported for it
        for (PlanPoint point : result.points()) {
            int lanes = point.values().get(0);
            if (lanes >= 3) {
                double exact = new MMc(LAMBDA, MU, lanes).meanWait();
                double lower = point.targets().get(0).lower();
                double upper = point.targets().get(0).upper();
                assertTrue(lower <= exact * 1.02 && exact <= upper * 1.02 + 0.5, lanes + " lanes: exact " + exact
                        + " outside [" + lower + ", " + upper + "]");
            }
        }
    }
}
