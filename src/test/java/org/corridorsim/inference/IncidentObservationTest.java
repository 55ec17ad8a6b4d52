package org.corridorsim.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.corridorsim.scenario.Observation;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** Incident counts ("nobody crossed between 16:00 and 20:00") and one-sided bounds, through the simulator. */
class IncidentObservationTest {

    static Scenario closure() {
        return new ScenarioLoader().load(Path.of("src/test/resources/inference/closure.yaml"));
    }

    @Test
    void onlyTheClosureHypothesisProducesNobodyBetweenTheTwoTimes() throws InterruptedException {
        FitResult result = Fit.of(closure()).particles(200).seed(4).predictiveDraws(50).run();
        assertEquals(FitResult.Stop.EXACT, result.stop());
        HypothesisPosterior closure = result.hypotheses().get(1);
        assertEquals("closure", closure.id());
        assertTrue(closure.probability() >= 0.95, "P(closure) = " + closure.probability());
        assertTrue(closure.probabilityLow() >= 0.95, "even its 95% interval: " + closure.probabilityLow());
        assertTrue(result.misspecification().isEmpty(), result.misspecification().toString());
    }

    @Test
    void theIncidentCountIsTheDifferenceOfTheCumulativeCounts() {
        Scenario scenario = closure();
        ScenarioSimulation simulation = new ScenarioSimulation(scenario, 1, false);
        double[] open = simulation.simulate(0, new double[0], 8);
        double[] closed = simulation.simulate(1, new double[0], 8);
        assertTrue(open[0] > 60, "about 120 groups cross in four open hours: " + open[0]);
        assertEquals(0, closed[0], "nobody crosses while the corridor is shut");
        assertTrue(closed[1] >= 300 && open[1] > closed[1], "the whole day's count: " + open[1] + ", " + closed[1]);
        Observation incident = scenario.inference().observed().get(0);
        assertTrue(incident.incident());
        assertEquals("evacuated from 2024-01-01T16:00 to 2024-01-01T20:00 in [0, 0]", incident.label());
        assertEquals("evacuated at least 300", scenario.inference().observed().get(1).label());
    }

    @Test
    void aOneSidedBoundIsMeasuredInUnitsOfItsSize() {
        ObservedRange atLeast = new ObservedRange("x", 5000, Double.POSITIVE_INFINITY);
        assertEquals(0.2, atLeast.distance(4000), 1e-12);
        assertEquals(0, atLeast.distance(7000));
        ObservedRange atMost = new ObservedRange("y", Double.NEGATIVE_INFINITY, 0);
        assertEquals(3, atMost.distance(3), 1e-12, "at most 0: in persons");
    }
}
