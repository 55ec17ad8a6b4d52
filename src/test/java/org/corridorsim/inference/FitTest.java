package org.corridorsim.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.corridorsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FitTest {

    @TempDir
    Path dir;

    @Test
    void theResultIsTheSameForAnyThreadCount() throws InterruptedException {
        Fit fit = Fit.of(ExactPosteriorTest.thinning()).particles(150).seed(9).predictiveDraws(20);
        FitResult one = fit.threads(1).run();
        FitResult three = fit.threads(3).run();
        assertEquals(one.posterior(), three.posterior());
        assertEquals(one.hypotheses(), three.hypotheses());
        assertEquals(one.simulations(), three.simulations());
        assertArrayEquals(one.predictive().values(), three.predictive().values());
    }

    @Test
    void aResumedFitEndsExactlyWhereTheUninterruptedOneDoes() throws InterruptedException {
        Fit fit = Fit.of(ExactPosteriorTest.thinning()).particles(80).seed(4).predictiveDraws(0);
        FitResult whole = fit.saveStateIn(dir).run();
        assertTrue(whole.generations() >= 3, "generations: " + whole.generations());
        // Cut the saved state back to the first two generations, as if the fit had been stopped there.
        List<Population> saved = FitState.load(dir, fit.fingerprint());
        assertEquals(whole.generations(), saved.size());
        FitState.save(dir, fit.fingerprint(), saved.subList(0, 2));
        FitResult resumed = fit.resume(dir);
        assertEquals(whole.particlesOfAllGenerations(), resumed.particlesOfAllGenerations());
        assertEquals(whole.hypotheses(), resumed.hypotheses());
        assertEquals(whole.tolerances(), resumed.tolerances());
        assertEquals(whole.simulations(), resumed.simulations());
    }

    @Test
    void resumingWithOtherSettingsOrWithoutStateIsRefused() throws InterruptedException {
        Fit fit = Fit.of(ExactPosteriorTest.thinning()).particles(50).seed(4).predictiveDraws(0);
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> fit.resume(dir));
        assertTrue(none.getMessage().contains("no saved fit"), none.getMessage());
        fit.saveStateIn(dir).run();
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class, () -> fit.seed(5).resume(dir));
        assertTrue(other.getMessage().contains("seed: saved 4, now 5"), other.getMessage());
    }

    @Test
    void resumingWithAnotherToleranceQuantileIsRefused() throws InterruptedException {
        Fit fit = Fit.of(ExactPosteriorTest.thinning()).particles(50).seed(4).predictiveDraws(0);
        fit.saveStateIn(dir).run();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fit.quantile(0.5).resume(dir));
        assertTrue(e.getMessage().contains("tolerance quantile: saved 0.3, now 0.5"), e.getMessage());
    }

    @Test
    void resumingAfterAnOverrideChangedTheModelIsRefusedNamingTheScenario() throws InterruptedException {
        Path file = Path.of("src/test/resources/inference/thinning.yaml");
        Fit saved = Fit.of(new ScenarioLoader().load(file)).particles(50).seed(4).predictiveDraws(0);
        saved.saveStateIn(dir).run();
        Fit changed = Fit.of(new ScenarioLoader().load(file, List.of(
                org.corridorsim.scenario.ScenarioOverride.parse("populations.town.size=4000"))))
                .particles(50).seed(4).predictiveDraws(0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> changed.resume(dir));
        assertTrue(e.getMessage().contains("the scenario (its text after --set overrides) changed"), e.getMessage());
        assertTrue(!e.getMessage().contains("seed"), "only what changed is named: " + e.getMessage());
    }

    @Test
    void anEditedStateIsRefusedByItsChecksum() throws Exception {
        Fit fit = Fit.of(ExactPosteriorTest.thinning()).particles(50).seed(4).predictiveDraws(0);
        fit.saveStateIn(dir).run();
        Path state = dir.resolve(FitState.FILE);
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(state.toFile());
        var weights = (com.fasterxml.jackson.databind.node.ArrayNode) root.get("generations").get(0).get("weights");
        weights.set(0, new com.fasterxml.jackson.databind.node.DoubleNode(weights.get(0).asDouble() * 2));
        new com.fasterxml.jackson.databind.ObjectMapper().writeValue(state.toFile(), root);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fit.resume(dir));
        assertTrue(e.getMessage().contains("checksum does not match"), e.getMessage());
    }

    @Test
    void aScenarioThatObservesNothingCannotBeFitted() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Fit.of(new ScenarioLoader().load(Path.of("scenarios/example-minimal.yaml"))));
        assertTrue(e.getMessage().contains("observed"), e.getMessage());
    }

    @Test
    void theBudgetBoundsTheSimulationsAndTheLastCompleteGenerationIsReported() throws InterruptedException {
        FitResult result = Fit.of(ExactPosteriorTest.thinning()).particles(100).maxSimulations(400).seed(2)
                .predictiveDraws(0).run();
        assertEquals(FitResult.Stop.BUDGET, result.stop());
        assertTrue(result.simulations() <= 400, "simulations: " + result.simulations());
        assertTrue(result.tolerances().get(result.generations() - 1) > 0);
    }

    @Test
    void moreReplicationsPerParticleCostMoreSimulationsPerProposal() throws InterruptedException {
        FitResult result = Fit.of(ExactPosteriorTest.thinning()).particles(50).replicationsPerParticle(3)
                .maxSimulations(600).seed(2).predictiveDraws(0).run();
        long proposals = result.run().proposals();
        assertEquals(3 * proposals, result.simulations());
        assertTrue(result.simulations() <= 600);
    }

    @Test
    void proposalsSimulatedElsewhereGiveTheLocalFitToTheBit() throws InterruptedException {
        org.corridorsim.scenario.Scenario scenario = ExactPosteriorTest.thinning();
        Fit fit = Fit.of(scenario).particles(120).seed(6).predictiveDraws(10);
        FitResult local = fit.threads(2).run();
        long[] proposals = {0};
        FitResult elsewhere = fit.simulations((hypotheses, values, seeds) -> {
            double[][] simulated = new double[hypotheses.length][];
            for (int i = hypotheses.length - 1; i >= 0; i--) { // any order of work, results by index
                simulated[i] = Fit.simulate(scenario, 1, hypotheses[i], values[i], seeds[i]);
            }
            proposals[0] += hypotheses.length;
            return simulated;
        }).run();
        assertEquals(local.simulations(), proposals[0], "every proposal was simulated through the hook");
        assertTrue(local.generations() > 1, "more than the prior generation: " + local.generations());
        assertEquals(local.posterior(), elsewhere.posterior());
        assertEquals(local.hypotheses(), elsewhere.hypotheses());
        assertEquals(local.tolerances(), elsewhere.tolerances());
        assertArrayEquals(local.predictive().values(), elsewhere.predictive().values());
    }
}
