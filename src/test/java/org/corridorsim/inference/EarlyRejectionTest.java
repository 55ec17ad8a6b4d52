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
        FitResult on = sameOnAndOff(Fit.of(ExactPosteriorTest.thinning()).particles(120).seed(11).predictiveDraws(0));
        assertTrue(on.generations() >= 3, "generations: " + on.generations());
    }

    @Test
    void aTemperedFitIsTheSameWithEarlyRejectionOnAndOff() throws InterruptedException {
        FitResult on = sameOnAndOff(
                Fit.of(CountLikelihoodTest.load("closure-poisson.yaml")).particles(100).seed(4).predictiveDraws(0));
        assertEquals(FitResult.Stop.EXACT, on.stop());
        assertTrue(on.temperatures().size() >= 2, "temperatures: " + on.temperatures());
    }

    /** Runs the fit with early rejection on and off, asserts the same result, and returns the first. */
    private static FitResult sameOnAndOff(Fit fit) throws InterruptedException {
        FitResult on = fit.earlyRejection(true).run();
        FitResult off = fit.earlyRejection(false).run();
        assertEquals(off.particlesOfAllGenerations(), on.particlesOfAllGenerations());
        assertEquals(off.hypotheses(), on.hypotheses());
        assertEquals(off.tolerances(), on.tolerances());
        assertEquals(off.temperatures(), on.temperatures());
        assertEquals(off.acceptanceRates(), on.acceptanceRates());
        assertEquals(off.simulations(), on.simulations());
        return on;
    }

    @Test
    void anIncidentCountAlreadyTooHighForItsLikelihoodDrawEndsTheReplication() {
        // Open: about 30 an hour cross from 16:00 on, against a Poisson count of 0 between 16:00 and 20:00, so
        // by 17:00 the log-ratio is at most about -30. Closed: nobody crosses then, and the ratio stays 0.
        Scenario closure = CountLikelihoodTest.load("closure-poisson.yaml");
        Likelihood likelihood = new Likelihood(closure.inference().observed(), java.util.List.of());
        Simulation.Acceptable atLeastMinus10 = (atLeast, settled) ->
                likelihood.possible(new double[0], atLeast, settled, Double.POSITIVE_INFINITY, -10);
        ScenarioSimulation simulation = new ScenarioSimulation(closure, 1);
        double[] open = simulation.simulate(0, new double[0], 3);
        assertTrue(likelihood.logRatio(new double[0], open) < -10, "open: " + open[0]);
        assertNull(simulation.simulate(0, new double[0], 3, atLeastMinus10), "open, stopped early");
        assertArrayEquals(open, new ScenarioSimulation(closure, 1, false).simulate(0, new double[0], 3, atLeastMinus10),
                "early rejection off");
        assertArrayEquals(simulation.simulate(1, new double[0], 3), simulation.simulate(1, new double[0], 3,
                atLeastMinus10), "closed: runs to the end");
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
