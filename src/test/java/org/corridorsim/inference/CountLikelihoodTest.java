package org.corridorsim.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Fits with count likelihoods (stochastic acceptance, tempered down to 1) through the simulator,
 * against posteriors by quadrature or in closed form.
 */
class CountLikelihoodTest {

    private static final String THETA = "blocking.intercept.probability";

    static Scenario load(String name) {
        return new ScenarioLoader().load(Path.of("src/test/resources/inference/" + name));
    }

    /** The posterior of theta under a flat prior, when y | X has log-probability {@code observation(x)} and X ~ Bin(40, 1 - theta). */
    private static double[] quadrature(java.util.function.IntToDoubleFunction observation) {
        int n = 20000;
        double[] density = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            double theta = (i + 0.5) / n;
            double sum = 0;
            for (int x = 0; x <= 40; x++) {
                double logBinomial = org.apache.commons.numbers.combinatorics.LogBinomialCoefficient.value(40, x)
                        + x * Math.log(1 - theta) + (40 - x) * Math.log(theta);
                sum += Math.exp(logBinomial + observation.applyAsDouble(x));
            }
            density[i] = sum;
            total += sum;
        }
        double mean = 0;
        double running = 0;
        double low = Double.NaN;
        double high = Double.NaN;
        for (int i = 0; i < n; i++) {
            double theta = (i + 0.5) / n;
            mean += theta * density[i] / total;
            running += density[i] / total;
            if (Double.isNaN(low) && running >= 0.025) {
                low = theta;
            }
            if (Double.isNaN(high) && running >= 0.975) {
                high = theta;
            }
        }
        return new double[] {mean, low, high};
    }

    private static void assertMatches(FitResult result, double[] exact) {
        assertEquals(FitResult.Stop.EXACT, result.stop(), "reached temperature 1: " + result.temperatures());
        assertEquals(1.0, result.temperatures().get(result.temperatures().size() - 1));
        ParameterPosterior theta = result.hypotheses().get(0).parameters().get(THETA);
        List<Particle> particles = result.posterior();
        double[] values = particles.stream().mapToDouble(p -> p.parameters().get(THETA)).toArray();
        double[] weights = particles.stream().mapToDouble(Particle::weight).toArray();
        double sd = Math.sqrt(Weighted.mean(java.util.Arrays.stream(values)
                .map(v -> (v - theta.mean()) * (v - theta.mean())).toArray(), weights));
        double error = sd / Math.sqrt(Weighted.effectiveSize(weights));
        assertEquals(exact[0], theta.mean(), 4 * error, "posterior mean, quadrature " + exact[0]);
        assertEquals(exact[1], theta.low(), 0.03, "2.5% quantile");
        assertEquals(exact[2], theta.high(), 0.03, "97.5% quantile");
    }

    @Test
    void poissonObservationOfABinomialThinningMatchesQuadrature() throws InterruptedException {
        FitResult result = Fit.of(load("thinning-poisson.yaml")).particles(1000).seed(3).predictiveDraws(100).run();
        assertMatches(result, quadrature(x -> Likelihood.poisson(28, x)));
        assertTrue(result.misspecification().isEmpty(), result.misspecification().toString());
    }

    @Test
    void aCountTheModelCannotReachIsAcceptedAgainstTheBestFoundAndStaysExact() throws InterruptedException {
        FitResult result = Fit.of(load("thinning-unreachable.yaml")).particles(500).seed(3).predictiveDraws(0).run();
        assertMatches(result, quadrature(x -> Likelihood.poisson(60, x)));
        // against the bound c alone the rate at temperature 1 is at most exp(60 ln(40/60) + 20) = 0.013
        double last = result.acceptanceRates().get(result.acceptanceRates().size() - 1);
        assertTrue(last > 0.1, "acceptance at temperature 1: " + last);
    }

    @Test
    void negativeBinomialObservationWithAKnownDispersionMatchesQuadrature() throws InterruptedException {
        FitResult result = Fit.of(load("thinning-nb.yaml")).particles(1000).seed(5).predictiveDraws(0).run();
        assertMatches(result, quadrature(x -> Likelihood.negativeBinomial(22, x, 5)));
    }

    @Test
    void theBiasOfASecondSourceHasItsClosedFormPosterior() throws InterruptedException {
        FitResult result = Fit.of(load("two-sources.yaml")).particles(1000).seed(7).predictiveDraws(0).run();
        assertEquals(FitResult.Stop.EXACT, result.stop());
        // p(b | y) proportional to (1/b) (40 b)^95 e^(-40 b) on [0.5, 4]: a gamma(95, rate 40), truncated
        GammaDistribution gamma = GammaDistribution.of(95, 1 / 40.0);
        GammaDistribution shifted = GammaDistribution.of(96, 1 / 40.0);
        double mass = gamma.cumulativeProbability(4) - gamma.cumulativeProbability(0.5);
        double mean = 95 / 40.0 * (shifted.cumulativeProbability(4) - shifted.cumulativeProbability(0.5)) / mass;
        DoubleUnaryOperator quantile = p -> gamma.inverseCumulativeProbability(
                gamma.cumulativeProbability(0.5) + p * mass);
        ParameterPosterior bias = result.hypotheses().get(0).parameters().get("sources.claimed.bias");
        double[] values = result.posterior().stream().mapToDouble(p -> p.parameters().get("sources.claimed.bias"))
                .toArray();
        double[] weights = result.posterior().stream().mapToDouble(Particle::weight).toArray();
        double sd = Math.sqrt(Weighted.mean(java.util.Arrays.stream(values)
                .map(v -> (v - bias.mean()) * (v - bias.mean())).toArray(), weights));
        assertEquals(mean, bias.mean(), 4 * sd / Math.sqrt(Weighted.effectiveSize(weights)), "posterior mean of the bias");
        assertEquals(quantile.applyAsDouble(0.025), bias.low(), 0.06, "2.5% quantile");
        assertEquals(quantile.applyAsDouble(0.975), bias.high(), 0.06, "97.5% quantile");
    }

    @Test
    void aPoissonCountOfNobodyBetweenTwoTimesPicksTheClosure() throws InterruptedException {
        FitResult result = Fit.of(load("closure-poisson.yaml")).particles(200).seed(4).predictiveDraws(50).run();
        assertEquals(FitResult.Stop.EXACT, result.stop());
        HypothesisPosterior closure = result.hypotheses().get(1);
        assertEquals("closure", closure.id());
        assertTrue(closure.probability() >= 0.95, "P(closure) = " + closure.probability());
        assertTrue(result.misspecification().isEmpty(), result.misspecification().toString());
    }

    @Test
    void theLikelihoodRatioIsAtMostOneForEveryModel() {
        for (int y : new int[] {0, 1, 7, 194}) {
            double max = Likelihood.poisson(y, y);
            for (double mean : new double[] {0.5, 3, 7, 50, 194, 1000}) {
                assertTrue(Likelihood.poisson(y, mean) <= max + 1e-12);
                for (double k : new double[] {0.1, 1, 5, 1e4}) {
                    assertTrue(Likelihood.negativeBinomial(y, mean, k) <= max + 1e-12, y + " " + mean + " " + k);
                }
            }
        }
        assertEquals(Likelihood.poisson(7, 3), Likelihood.negativeBinomial(7, 3, 1e9), 1e-4,
                "a negative binomial of huge dispersion is the Poisson");
    }
}
