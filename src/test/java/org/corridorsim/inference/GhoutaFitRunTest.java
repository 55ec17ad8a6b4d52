package org.corridorsim.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.corridorsim.scenario.Observation;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A tiny fit of the shipped Ghouta fit file runs through the likelihood path: tempered from a
 * first temperature above 1, and, out of budget long before temperature 1, it says so (stop
 * budget, a misspecification warning) instead of presenting its particles as the posterior.
 * The tiny fit takes about 15 s on a loaded 2-core machine, so it is in the full profile.
 */
class GhoutaFitRunTest {

    private static final Scenario FIT = new ScenarioLoader().load(Path.of("scenarios/ghouta-2018-fit.yaml"));

    @Test
    void theFiguresAreWeighedByTheirRelativeErrorAfterTheirSourceSBias() {
        List<Observation> observed = FIT.inference().observed();
        List<String> noiseNames = new ArrayList<>(FIT.inference().noise().keySet());
        Likelihood likelihood = new Likelihood(observed, noiseNames);
        assertTrue(likelihood.counted() && likelihood.ranged());
        double[] noise = new double[noiseNames.size()];
        Arrays.fill(noise, 1);
        double[] simulated = new double[observed.size()];
        for (int k = 0; k < simulated.length; k++) {
            simulated[k] = observed.get(k).model().likelihood() ? observed.get(k).low() : 60_000;
        }
        assertEquals(0, likelihood.logRatio(noise, simulated), 1e-12, "every figure matched exactly");
        // Russia's "nobody left" on 27 Feb against the 7,558 of the no-explanation variant: sd 3
        assertEquals("ru-mod", observed.get(0).source());
        assertEquals(0, observed.get(0).low());
        simulated[0] = 7558;
        double z = Math.log1p(7558) / 3;
        assertEquals(-z * z / 2, likelihood.logRatio(noise, simulated), 1e-9);
        // Russia's bias factor scales what it would report: at 0.5, 15,116 simulated reads as 7,558
        noise[noiseNames.indexOf("sources.ru-mod.bias")] = 0.5;
        simulated[0] = 15116;
        double ruOwn = 0;
        for (int k = 1; k < simulated.length; k++) {
            if (observed.get(k).source().equals("ru-mod") && observed.get(k).model().likelihood()) {
                double zk = (Math.log1p(observed.get(k).low()) - Math.log1p(0.5 * simulated[k]))
                        / observed.get(k).model().parameter();
                ruOwn -= zk * zk / 2;
            }
        }
        assertEquals(-z * z / 2 + ruOwn, likelihood.logRatio(noise, simulated), 1e-9);
    }

    @Test
    @Tag("full")
    void aTinyFitIsTemperedAndSaysItStoppedOnItsBudget() throws InterruptedException {
        FitResult result = Fit.of(FIT)
                .particles(20).maxSimulations(300).seed(3).threads(2).predictiveDraws(0).run();
        assertEquals(FitResult.Stop.BUDGET, result.stop());
        assertTrue(result.temperatures().get(0) > 1, "first temperature " + result.temperatures());
        assertTrue(result.misspecification().isPresent(), "a fit that ran out of budget warns");
        double total = result.hypotheses().stream().mapToDouble(HypothesisPosterior::probability).sum();
        assertEquals(1, total, 1e-9);
        assertEquals(13, result.hypotheses().size());
        assertTrue(result.simulations() > 0 && result.simulations() <= 300, "the completed generations fit in the budget: "
                + result.simulations());
    }
}
