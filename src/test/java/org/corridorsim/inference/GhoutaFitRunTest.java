package org.corridorsim.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.corridorsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A tiny fit of the shipped Ghouta fit file runs through the likelihood path: tempered from a
 * first temperature above 1, and, out of budget long before temperature 1, it says so (stop
 * budget, a misspecification warning) instead of presenting its particles as the posterior.
 * About 20 s on a loaded 2-core machine, so in the full profile.
 */
class GhoutaFitRunTest {

    @Test
    @Tag("full")
    void aTinyFitIsTemperedAndSaysItStoppedOnItsBudget() throws InterruptedException {
        FitResult result = Fit.of(new ScenarioLoader().load(Path.of("scenarios/ghouta-2018-fit.yaml")))
                .particles(20).maxSimulations(300).seed(3).threads(2).predictiveDraws(0).run();
        assertEquals(FitResult.Stop.BUDGET, result.stop());
        assertTrue(result.temperatures().get(0) > 1, "first temperature " + result.temperatures());
        assertTrue(result.misspecification().isPresent(), "a fit that ran out of budget warns");
        double total = result.hypotheses().stream().mapToDouble(HypothesisPosterior::probability).sum();
        assertEquals(1, total, 1e-9);
        assertEquals(13, result.hypotheses().size());
        assertTrue(result.simulations() >= 300 && result.simulations() < 400, "simulations " + result.simulations());
    }
}
