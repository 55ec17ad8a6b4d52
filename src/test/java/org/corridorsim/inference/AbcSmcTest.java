package org.corridorsim.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The sampler alone, on a model with a known posterior and no simulator: k ~ Binomial(n, theta),
 * observed in a range, under two priors on theta (uniform and Beta(2, 5)) as two hypotheses.
 */
class AbcSmcTest {

    static final int N = 30;
    static final int LOW = 8;
    static final int HIGH = 10;

    static final Simulation BINOMIAL = (hypothesis, values, seed) -> {
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(seed);
        int k = 0;
        for (int i = 0; i < N; i++) {
            if (rng.nextDouble() < values[0]) {
                k++;
            }
        }
        return new double[] {k};
    };

    static List<Candidate> twoPriors() {
        return List.of(new Candidate("uniform", List.of("theta"), List.of(Priors.uniform(0, 1)), 0.5),
                new Candidate("beta", List.of("theta"), List.of(Priors.beta(2, 5)), 0.5));
    }

    static AbcSmc.Run fit(int particles, int threads) throws InterruptedException {
        SamplerSettings settings = SamplerSettings.of(particles, 200_000, 7).threads(threads);
        return new AbcSmc(twoPriors(), List.of(new ObservedRange("k", LOW, HIGH)), BINOMIAL, settings)
                .run(AbcSmc.Listener.NONE);
    }

    @Test
    void matchesTheExactPosteriorAndBayesFactor() throws InterruptedException {
        AbcSmc.Run run = fit(2000, 1);
        assertEquals(AbcSmc.Stop.EXACT, run.stop());
        Population last = run.last();
        assertEquals(0.0, last.tolerance());
        for (double d : last.distances()) {
            assertEquals(0.0, d);
        }
        BetaBinomial uniform = new BetaBinomial(N, LOW, HIGH, 1, 1);
        BetaBinomial beta = new BetaBinomial(N, LOW, HIGH, 2, 5);
        double exactProbability = uniform.evidence() / (uniform.evidence() + beta.evidence());
        double[] byHypothesis = last.hypothesisWeights(2);
        double ess = Weighted.effectiveSize(last.weights());
        double probabilityError = Math.sqrt(exactProbability * (1 - exactProbability) / ess);
        assertEquals(exactProbability, byHypothesis[0], 4 * probabilityError,
                "P(uniform | data), exact " + exactProbability + ", ESS " + ess);

        for (int h = 0; h < 2; h++) {
            BetaBinomial exact = h == 0 ? uniform : beta;
            double[] theta = values(last, h);
            double[] weights = weights(last, h);
            double mean = Weighted.mean(theta, weights);
            double sd = Math.sqrt(Weighted.mean(Arrays.stream(theta).map(t -> (t - mean) * (t - mean)).toArray(),
                    weights));
            double hEss = Weighted.effectiveSize(weights);
            assertEquals(exact.posteriorMean(), mean, 4 * sd / Math.sqrt(hEss), "posterior mean under " + h);
            // A quantile's standard error is about sqrt(p(1-p)/ESS)/density; 0.025 of a unit of
            // theta is several of those here.
            assertEquals(exact.posteriorQuantile(0.025), Weighted.quantile(theta, weights, 0.025), 0.025);
            assertEquals(exact.posteriorQuantile(0.975), Weighted.quantile(theta, weights, 0.975), 0.025);
        }
    }

    @Test
    void theResultDoesNotDependOnTheThreadCount() throws InterruptedException {
        Population one = fit(300, 1).last();
        Population three = fit(300, 3).last();
        assertArrayEquals(one.hypotheses(), three.hypotheses());
        assertArrayEquals(one.weights(), three.weights());
        assertArrayEquals(one.seeds(), three.seeds());
        assertEquals(one.proposals(), three.proposals());
    }

    @Test
    void resumingFromAnyGenerationGivesTheSameResult() throws InterruptedException {
        AbcSmc.Run full = fit(300, 1);
        assertTrue(full.generations().size() >= 3, "generations: " + full.generations().size());
        SamplerSettings settings = SamplerSettings.of(300, 200_000, 7);
        AbcSmc sampler = new AbcSmc(twoPriors(), List.of(new ObservedRange("k", LOW, HIGH)), BINOMIAL, settings);
        AbcSmc.Run resumed = sampler.run(full.generations().subList(0, 2), AbcSmc.Listener.NONE);
        assertEquals(full.generations().size(), resumed.generations().size());
        assertArrayEquals(full.last().weights(), resumed.last().weights());
        assertArrayEquals(full.last().seeds(), resumed.last().seeds());
    }

    @Test
    void stopsWhenTheBudgetIsSpentAndKeepsTheLastCompleteGeneration() throws InterruptedException {
        SamplerSettings settings = SamplerSettings.of(200, 700, 3);
        AbcSmc.Run run = new AbcSmc(twoPriors(), List.of(new ObservedRange("k", LOW, HIGH)), BINOMIAL, settings)
                .run(AbcSmc.Listener.NONE);
        assertEquals(AbcSmc.Stop.BUDGET, run.stop());
        assertTrue(run.proposals() <= 700, "proposals " + run.proposals());
        assertTrue(run.last().tolerance() > 0);
    }

    @Test
    void aHypothesisThatFitsWorseEndsAtItsExactProbability() throws InterruptedException {
        List<Candidate> candidates = List.of(
                new Candidate("low", List.of("theta"), List.of(Priors.uniform(0, 0.5)), 0.5),
                new Candidate("high", List.of("theta"), List.of(Priors.uniform(0.3, 1)), 0.5));
        AbcSmc.Run run = new AbcSmc(candidates, List.of(new ObservedRange("k", LOW, HIGH)), BINOMIAL,
                SamplerSettings.of(1000, 200_000, 11)).run(AbcSmc.Listener.NONE);
        double exactLow = probabilityInRange(0, 0.5);
        double exactHigh = probabilityInRange(0.3, 1);
        double exact = exactHigh / (exactLow + exactHigh);
        double ess = Weighted.effectiveSize(run.last().weights());
        assertEquals(exact, run.last().hypothesisWeights(2)[1], 4 * Math.sqrt(exact * (1 - exact) / ess) + 1e-3);
    }

    @Test
    void aHypothesisThatDiedOutIsStillProposedFromThePriorAndCanReturn() throws InterruptedException {
        // "far" (theta in [0.6, 1]) almost never gives k in [8, 10] of 30: it loses every particle
        // in some generation. The prior share keeps proposing it; its final probability must be
        // its exact, small value within Monte Carlo error, not a hard 0 or a wild over-estimate.
        List<Candidate> candidates = List.of(
                new Candidate("near", List.of("theta"), List.of(Priors.uniform(0, 0.6)), 0.5),
                new Candidate("far", List.of("theta"), List.of(Priors.uniform(0.6, 1)), 0.5));
        AbcSmc.Run run = new AbcSmc(candidates, List.of(new ObservedRange("k", LOW, HIGH)), BINOMIAL,
                SamplerSettings.of(100, 400_000, 13)).run(AbcSmc.Listener.NONE);
        boolean diedOut = run.generations().stream().anyMatch(p -> p.hypothesisWeights(2)[1] == 0);
        assertTrue(diedOut, "far never lost all its particles: " + run.generations().stream()
                .map(p -> p.hypothesisWeights(2)[1]).toList());
        double exactNear = probabilityInRange(0, 0.6) * 0.6;
        double exactFar = probabilityInRange(0.6, 1) * 0.4;
        double exact = exactFar / (exactNear + exactFar);
        double fitted = run.last().hypothesisWeights(2)[1];
        assertTrue(exact > 0 && exact < 0.01, "exact " + exact);
        assertEquals(exact, fitted, 0.02, "P(far | data), 100 particles");
    }

    /** P(k in range) under theta uniform on [a, b], by the midpoint rule. */
    private static double probabilityInRange(double a, double b) {
        int steps = 20_000;
        double sum = 0;
        for (int i = 0; i < steps; i++) {
            double theta = a + (i + 0.5) * (b - a) / steps;
            for (int k = LOW; k <= HIGH; k++) {
                sum += org.apache.commons.statistics.distribution.BinomialDistribution.of(N, theta).probability(k);
            }
        }
        return sum / steps;
    }

    static double[] values(Population p, int hypothesis) {
        return java.util.stream.IntStream.range(0, p.size()).filter(i -> p.hypotheses()[i] == hypothesis)
                .mapToDouble(i -> p.parameters()[i][0]).toArray();
    }

    static double[] weights(Population p, int hypothesis) {
        return java.util.stream.IntStream.range(0, p.size()).filter(i -> p.hypotheses()[i] == hypothesis)
                .mapToDouble(i -> p.weights()[i]).toArray();
    }
}
