package org.corridorsim.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioLoader;
import org.corridorsim.scenario.ScenarioOverride;
import org.junit.jupiter.api.Test;

/** Adaptive population size, the acceptance floor and the effective sample size in the results. */
class SamplerOptionsTest {

    @Test
    void anAdaptivePopulationAimsEachGenerationAtTheTargetEffectiveSize() throws InterruptedException {
        FitResult result = Fit.of(ExactPosteriorTest.thinning()).particles(200).seed(5).predictiveDraws(0)
                .adaptivePopulation(true).run();
        List<Integer> sizes = result.particlesPerGeneration();
        List<Double> ess = result.effectiveSizes();
        assertEquals(200, sizes.get(0));
        boolean grew = false;
        for (int g = 1; g < sizes.size(); g++) {
            int expected = (int) Math.max(200, Math.min(800, Math.ceil(200.0 * sizes.get(g - 1) / ess.get(g - 1))));
            assertEquals(expected, sizes.get(g), "generation " + g);
            grew |= sizes.get(g) > 200;
        }
        assertTrue(grew, "weights were unequal somewhere, so some generation grew: " + sizes);
        // The posterior it reaches is still the exact one (see ExactPosteriorTest).
        BetaBinomial flat = new BetaBinomial(40, 10, 15, 1, 1);
        BetaBinomial skewed = new BetaBinomial(40, 10, 15, 2, 5);
        double exact = flat.evidence() / (flat.evidence() + skewed.evidence());
        HypothesisPosterior fitted = result.hypotheses().get(0);
        assertEquals(exact, fitted.probability(), 4 * fitted.probabilityError());
    }

    @Test
    void aFixedPopulationKeepsItsSize() throws InterruptedException {
        FitResult result = Fit.of(ExactPosteriorTest.thinning()).particles(150).seed(5).predictiveDraws(0).run();
        assertTrue(result.particlesPerGeneration().stream().allMatch(n -> n == 150), result.particlesPerGeneration()
                .toString());
    }

    @Test
    void eachToleranceIsTheChosenQuantileOfThePreviousDistances() throws InterruptedException {
        for (double q : new double[] {0.3, 0.5}) {
            FitResult result = Fit.of(ExactPosteriorTest.thinning()).particles(100).seed(5).predictiveDraws(0)
                    .quantile(q).run();
            List<Population> generations = result.run().generations();
            for (int g = 1; g < generations.size(); g++) {
                double[] previous = generations.get(g - 1).distances().clone();
                java.util.Arrays.sort(previous);
                double expected = previous[(int) Math.ceil(q * previous.length) - 1];
                double tolerance = generations.get(g).tolerance();
                if (expected < generations.get(g - 1).tolerance()) {
                    assertEquals(expected, tolerance, "quantile " + q + ", generation " + g);
                } else {
                    assertTrue(tolerance < generations.get(g - 1).tolerance(), "strictly below the previous");
                }
            }
            assertEquals(FitResult.Stop.EXACT, result.stop());
        }
        assertThrows(IllegalArgumentException.class, () -> Fit.of(ExactPosteriorTest.thinning()).quantile(1));
    }

    @Test
    void aFitThatCannotMatchStopsAtTheAcceptanceFloor() throws InterruptedException {
        // At most 40 persons can leave, so 1000 is never reached: the tolerance stalls, acceptance collapses.
        Scenario impossible = new ScenarioLoader().load(Path.of("src/test/resources/inference/thinning.yaml"),
                List.of(ScenarioOverride.parse("observed=[{metric: evacuated, between: [1000, 1000]}]")));
        FitResult result = Fit.of(impossible).particles(100).seed(3).predictiveDraws(0).minAcceptance(0.01)
                .maxSimulations(200_000).run();
        assertEquals(FitResult.Stop.ACCEPTANCE, result.stop());
        assertTrue(result.simulations() < 50_000, "stopped long before the budget: " + result.simulations());
        FitResult without = Fit.of(impossible).particles(100).seed(3).predictiveDraws(0).maxSimulations(3_000).run();
        assertEquals(FitResult.Stop.BUDGET, without.stop(), "without a floor it spends the budget");
        String warning = result.misspecification().orElseThrow();
        assertTrue(warning.startsWith("no hypothesis reproduces what was observed") && warning.contains("(acceptance)"),
                warning);
    }

    @Test
    void anObservationNoDrawReachesIsFlaggedAndAnExactFitIsNot() throws InterruptedException {
        Scenario impossible = new ScenarioLoader().load(Path.of("src/test/resources/inference/thinning.yaml"),
                List.of(ScenarioOverride.parse("observed=[{metric: evacuated, between: [1000, 1000]}]")));
        FitResult bad = Fit.of(impossible).particles(50).seed(3).predictiveDraws(40).maxSimulations(300).run();
        PredictiveCheck check = bad.predictiveChecks().get(0);
        assertEquals(0, check.inside());
        assertEquals(0, check.pValue(), "no draw reaches 1000, so P(X >= 1000) = 0");
        assertEquals(40, check.draws());
        assertTrue(bad.misspecification().orElseThrow().contains("evacuated in [1000, 1000]: posterior predictive "
                + "p-value 0"), bad.misspecification().get());
        FitResult good = Fit.of(ExactPosteriorTest.thinning()).particles(150).seed(5).predictiveDraws(100).run();
        assertEquals(FitResult.Stop.EXACT, good.stop());
        assertTrue(good.misspecification().isEmpty(), good.misspecification().toString());
        assertTrue(good.predictiveChecks().get(0).pValue() > 0.1, good.predictiveChecks().toString());
    }

    @Test
    void thePredictivePValueIsTwoSided() {
        double[] values = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        PredictiveCheck inside = PredictiveCheck.of("x", 4, 6, values);
        assertEquals(0.3, inside.inside(), 1e-12);
        assertEquals(1, inside.pValue(), 1e-12, "2 min(0.7, 0.6) capped at 1");
        PredictiveCheck high = PredictiveCheck.of("x", 10, 12, values);
        assertEquals(0.2, high.pValue(), 1e-12, "2 P(X >= 10) = 2 x 0.1");
        PredictiveCheck nan = PredictiveCheck.of("x", 0, 100, new double[] {Double.NaN, 5});
        assertEquals(0.5, nan.inside(), 1e-12, "a value that does not exist is outside");
    }

    @Test
    void anEmptyHypothesisGetsAnUpperBoundNotZeroPlusOrMinusZero() {
        double[] interval = FitResult.wilson(0, 1000);
        assertEquals(0, interval[0]);
        double z2 = 1.959963984540054 * 1.959963984540054;
        assertEquals(z2 / (1000 + z2), interval[1], 1e-12);
        double[] full = FitResult.wilson(1, 1000);
        assertEquals(1 - z2 / (1000 + z2), full[0], 1e-12);
    }

    @Test
    void theEffectiveCountNeverExceedsTheGenerationsEffectiveSize() {
        // A tiny probability with a tinier delta-method error would claim millions of draws.
        assertEquals(27, FitResult.effectiveCount(1e-9, 1e-12, 27), 1e-12);
        assertEquals(0.25 * 0.75 / 0.01 / 0.01, FitResult.effectiveCount(0.25, 0.01, 5000), 1e-6);
        assertEquals(27, FitResult.effectiveCount(0, 0, 27));
        double[] tiny = FitResult.wilson(1e-9, FitResult.effectiveCount(1e-9, 1e-12, 27));
        assertTrue(tiny[1] > 0.1, "with 27 effective particles a probability up to about 0.12 is not excluded: "
                + tiny[1]);
    }

    @Test
    void withEqualWeightsTheErrorIsTheBinomialOne() {
        int n = 400;
        int[] hypotheses = new int[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            hypotheses[i] = i < 100 ? 0 : 1;
            weights[i] = 1.0 / n;
        }
        Population p = new Population(0, 0, hypotheses, new double[n][0], weights, new double[n], new long[n],
                new double[n][0], n, n);
        double[] error = FitResult.standardErrors(p, p.hypothesisWeights(2));
        assertEquals(Math.sqrt(0.25 * 0.75 / n), error[0], 1e-12);
        assertEquals(error[0], error[1], 1e-12);
        assertEquals(n, p.effectiveSize(), 1e-9);
        assertEquals(100, p.hypothesisEffectiveSizes(2)[0], 1e-9);
        // Unequal weights: the same share from fewer effective particles has a larger error.
        for (int i = 0; i < n; i++) {
            weights[i] = (i % 2 == 0 ? 3.0 : 1.0) / (2.0 * n);
        }
        double[] unequal = FitResult.standardErrors(p, p.hypothesisWeights(2));
        assertTrue(unequal[0] > error[0], unequal[0] + " > " + error[0]);
    }

    @Test
    void theResultsCarryTheEffectiveSizePerGenerationAndHypothesis() throws InterruptedException {
        FitResult result = Fit.of(ExactPosteriorTest.thinning()).particles(150).seed(5).predictiveDraws(0).run();
        assertEquals(result.generations(), result.effectiveSizes().size());
        assertEquals(150, result.effectiveSizes().get(0), 1e-9, "the prior generation has equal weights");
        for (HypothesisPosterior h : result.hypotheses()) {
            List<Double> perGeneration = result.hypothesisEffectiveSizes().get(h.id());
            assertEquals(result.generations(), perGeneration.size());
            assertEquals(h.effectiveSize(), perGeneration.get(perGeneration.size() - 1), 1e-12);
            assertTrue(h.probabilityLow() <= h.probability() && h.probability() <= h.probabilityHigh());
        }
    }
}
