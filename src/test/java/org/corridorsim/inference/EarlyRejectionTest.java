package org.corridorsim.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** A replication that can no longer come back within the tolerance stops, and the fit does not change. */
class EarlyRejectionTest {

    @Test
    void theParticlesAndWeightsAreTheSameWithEarlyRejectionOnAndOff() throws InterruptedException {
        Fit fit = Fit.of(ExactPosteriorTest.thinning()).particles(120).seed(11).predictiveDraws(0);
        FitResult on = fit.earlyRejection(true).run();
        FitResult off = fit.earlyRejection(false).run();
        assertTrue(on.generations() >= 3, "generations: " + on.generations());
        assertEquals(off.particlesOfAllGenerations(), on.particlesOfAllGenerations());
        assertEquals(off.hypotheses(), on.hypotheses());
        assertEquals(off.tolerances(), on.tolerances());
        assertEquals(off.acceptanceRates(), on.acceptanceRates());
        assertEquals(off.simulations(), on.simulations());
    }

    @Test
    void aCountAlreadyAboveItsRangeEndsTheReplication() {
        // 40 set out in the first hour and all pass with theta = 0: 40 evacuated by 01:00, above [25, 30].
        Scenario thinning = ExactPosteriorTest.thinning();
        ScenarioSimulation simulation = new ScenarioSimulation(thinning, 1);
        double[] full = simulation.simulate(0, new double[] {0}, 5);
        assertArrayEquals(new double[] {40}, full);
        assertArrayEquals(full, simulation.simulate(0, new double[] {0}, 5, 2.0), "(40 - 30) / 5 = 2 is within 2");
        assertNull(simulation.simulate(0, new double[] {0}, 5, 1.9), "beyond 1.9 widths");
        assertArrayEquals(full, new ScenarioSimulation(thinning, 1, false).simulate(0, new double[] {0}, 5, 1.9),
                "early rejection off");
    }

    @Test
    void aCountAtATimeAlreadyPastBelowItsRangeEndsTheReplication() {
        // Everyone is turned back (theta = 1): 0 evacuated by 02:00, against [25, 30] at 02:00.
        Scenario scenario = new ScenarioLoader().load(Path.of("src/test/resources/inference/thinning.yaml"),
                java.util.List.of(org.corridorsim.scenario.ScenarioOverride.parse(
                        "observed=[{metric: evacuated, at: 2024-01-01T02:00, between: [25, 30]}]")));
        ScenarioSimulation simulation = new ScenarioSimulation(scenario, 1);
        assertArrayEquals(new double[] {0}, simulation.simulate(0, new double[] {1}, 5));
        assertNull(simulation.simulate(0, new double[] {1}, 5, 4.9), "25 / 5 = 5 widths below");
        assertNotNull(simulation.simulate(0, new double[] {1}, 5, 5.0));
    }
}
