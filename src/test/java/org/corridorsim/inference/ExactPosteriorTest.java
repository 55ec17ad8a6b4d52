package org.corridorsim.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The whole fit, simulator included, against a closed form: 40 persons each turned back at
 * departure with probability theta, evacuated observed in [25, 30], so the blocked count k lies in
 * [10, 15] and k ~ Binomial(40, theta). Hypothesis "flat" has theta ~ U(0, 1), "skewed"
 * theta ~ Beta(2, 5); their Bayes factor and posteriors are beta-binomial sums.
 */
class ExactPosteriorTest {

    static Scenario thinning() {
        return new ScenarioLoader().load(Path.of("src/test/resources/inference/thinning.yaml"));
    }

    @Test
    void posteriorMeanIntervalAndHypothesisProbabilityMatchTheClosedForm() throws InterruptedException {
        FitResult result = Fit.of(thinning()).particles(1000).seed(3).predictiveDraws(0).run();
        assertEquals(FitResult.Stop.EXACT, result.stop());
        BetaBinomial flat = new BetaBinomial(40, 10, 15, 1, 1);
        BetaBinomial skewed = new BetaBinomial(40, 10, 15, 2, 5);
        double exact = flat.evidence() / (flat.evidence() + skewed.evidence());
        HypothesisPosterior fitted = result.hypotheses().get(0);
        assertEquals("flat", fitted.id());
        double ess = Weighted.effectiveSize(result.posterior().stream().mapToDouble(Particle::weight).toArray());
        assertEquals(exact, fitted.probability(), 4 * Math.sqrt(exact * (1 - exact) / ess),
                "P(flat | data): exact " + exact + ", ESS " + ess);
        assertEquals(exact / (1 - exact), fitted.bayesFactor(), 0.35 * exact / (1 - exact),
                "Bayes factor flat : skewed");
        for (HypothesisPosterior h : result.hypotheses()) {
            BetaBinomial closed = h.id().equals("flat") ? flat : skewed;
            ParameterPosterior theta = h.parameters().get("blocking.intercept.probability");
            List<Particle> mine = result.posterior().stream().filter(p -> p.hypothesis().equals(h.id())).toList();
            double[] values = mine.stream().mapToDouble(p -> p.parameters().get("blocking.intercept.probability"))
                    .toArray();
            double[] weights = mine.stream().mapToDouble(Particle::weight).toArray();
            double sd = Math.sqrt(Weighted.mean(java.util.Arrays.stream(values)
                    .map(v -> (v - theta.mean()) * (v - theta.mean())).toArray(), weights));
            double error = sd / Math.sqrt(Weighted.effectiveSize(weights));
            assertEquals(closed.posteriorMean(), theta.mean(), 4 * error, h.id() + " posterior mean");
            assertEquals(closed.posteriorQuantile(0.025), theta.low(), 0.03, h.id() + " 2.5% quantile");
            assertEquals(closed.posteriorQuantile(0.975), theta.high(), 0.03, h.id() + " 97.5% quantile");
        }
    }
}
