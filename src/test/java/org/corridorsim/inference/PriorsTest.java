package org.corridorsim.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class PriorsTest {

    /** The density integrates to 1 over the support (midpoint rule on a finite support). */
    private static double integral(ParameterPrior prior, double from, double to) {
        int steps = 200_000;
        double width = (to - from) / steps;
        double sum = 0;
        for (int i = 0; i < steps; i++) {
            sum += prior.density(from + (i + 0.5) * width) * width;
        }
        return sum;
    }

    @Test
    void continuousDensitiesIntegrateToOneOnTheirWorkingScale() {
        assertEquals(1, integral(Priors.uniform(2, 5), 2, 5), 1e-9);
        ParameterPrior logUniform = Priors.logUniform(60, 7200);
        assertEquals(Math.log(60), logUniform.lower(), 1e-12);
        assertEquals(1, integral(logUniform, logUniform.lower(), logUniform.upper()), 1e-9);
        assertEquals(1, integral(Priors.beta(2, 5), 0, 1), 1e-6);
        ParameterPrior normal = Priors.normal(0.2, 0.3, 0, 1);
        assertEquals(1, integral(normal, 0, 1), 1e-6);
        assertEquals(0, normal.density(-0.01));
    }

    @Test
    void samplesStayInTheSupportAndValuesAreInTheParametersUnits() {
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(3);
        ParameterPrior logUniform = Priors.logUniform(60, 7200);
        ParameterPrior farTail = Priors.normal(0, 1, 4, 6);
        for (int i = 0; i < 10_000; i++) {
            double v = logUniform.value(logUniform.sample(rng));
            assertTrue(v >= 60 && v <= 7200, "log-uniform value " + v);
            double t = farTail.sample(rng);
            assertTrue(t >= 4 && t <= 6, "truncated normal far in its tail " + t);
        }
    }

    @Test
    void aChoiceIsDiscreteWithProbabilitiesFromItsWeights() {
        ParameterPrior choice = Priors.choice(new double[] {1, 2, 4}, new double[] {1, 1, 2});
        assertTrue(choice.discrete());
        assertEquals(3, choice.levels());
        assertEquals(0.5, choice.density(2), 1e-15);
        assertEquals(0, choice.density(1.5));
        assertEquals(4, choice.value(2));
        int[] counts = new int[3];
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(8);
        for (int i = 0; i < 40_000; i++) {
            counts[(int) choice.sample(rng)]++;
        }
        assertEquals(20_000, counts[2], 400);
    }

    @Test
    void badPriorsAreRefusedWithTheValue() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Priors.uniform(3, 1)).getMessage().contains("3"));
        assertThrows(IllegalArgumentException.class, () -> Priors.logUniform(0, 1));
        assertThrows(IllegalArgumentException.class, () -> Priors.normal(0, 1, 40, 41));
        assertThrows(IllegalArgumentException.class, () -> Priors.choice(new double[] {1}, new double[] {0}));
    }

    @Test
    void theKernelNeverLeavesTheSupportAndItsMixtureDensityIntegratesToOne() {
        Candidate candidate = new Candidate("h", List.of("p"), List.of(Priors.uniform(0, 1)), 1);
        Population previous = new Population(0, Double.POSITIVE_INFINITY, new int[] {0, 0, 0},
                new double[][] {{0.02}, {0.5}, {0.97}}, new double[] {0.5, 0.25, 0.25}, new double[3], new long[3],
                new double[3][1], 3, 3);
        Perturbation kernel = Perturbation.of(candidate, 0, previous);
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(1);
        double[] x = new double[1];
        for (int i = 0; i < 10_000; i++) {
            kernel.propose(rng, x);
            assertTrue(x[0] >= 0 && x[0] <= 1, "proposal " + x[0]);
        }
        int steps = 100_000;
        double sum = 0;
        for (int i = 0; i < steps; i++) {
            sum += kernel.density(new double[] {(i + 0.5) / steps}) / steps;
        }
        assertEquals(1, sum, 1e-6);
        // Twice the weighted variance of the previous particles (Beaumont et al. 2009).
        double mean = 0.5 * 0.02 + 0.25 * 0.5 + 0.25 * 0.97;
        double variance = 0.5 * Math.pow(0.02 - mean, 2) + 0.25 * Math.pow(0.5 - mean, 2)
                + 0.25 * Math.pow(0.97 - mean, 2);
        assertEquals(Math.sqrt(2 * variance), kernel.sigma(0), 1e-12);
    }
}
