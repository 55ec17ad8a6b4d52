package org.corridorsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Sampled Shapley intervals cover the exact values: nine independent interceptions (more than
 * {@link Attribution#EXACT_LIMIT}, so permutations are sampled), whose expected evacuated count
 * under the policies S is 40 * prod over S of (1 - p_i). Over 100 seeds, the 95% intervals of the
 * nine policies (900 intervals) must cover the exact Shapley values in 93-97% of cases; the
 * figures are in docs/attribution.md.
 *
 * <p>Long (a few minutes): in the full profile, {@code mvn verify -Pfull}.
 */
class ShapleyCoverageTest {

    static final double[] P = {0.05, 0.10, 0.15, 0.20, 0.25, 0.30, 0.35, 0.40, 0.45};
    static final int PERSONS = 40;

    /** Exact Shapley values of v(S) = 40 prod_{i in S} (1 - p_i), by enumeration of the 512 subsets. */
    static double[] exactShapley() {
        int k = P.length;
        double[] phi = new double[k];
        double[] weight = new double[k];
        for (int size = 0; size < k; size++) {
            weight[size] = 1 / (k * binomial(k - 1, size));
        }
        for (int i = 0; i < k; i++) {
            for (int mask = 0; mask < 1 << k; mask++) {
                if ((mask & 1 << i) == 0) {
                    phi[i] += weight[Integer.bitCount(mask)] * (value(mask | 1 << i) - value(mask));
                }
            }
        }
        return phi;
    }

    private static double value(int mask) {
        double v = PERSONS;
        for (int i = 0; i < P.length; i++) {
            if ((mask & 1 << i) != 0) {
                v *= 1 - P[i];
            }
        }
        return v;
    }

    private static double binomial(int n, int k) {
        double result = 1;
        for (int i = 1; i <= k; i++) {
            result = result * (n - k + i) / i;
        }
        return result;
    }

    @Test
    void theExactValuesAddUpToTheEffectOfAllPolicies() {
        double sum = 0;
        for (double phi : exactShapley()) {
            sum += phi;
        }
        assertEquals(value((1 << P.length) - 1) - value(0), sum, 1e-9);
    }

    @Test
    @Tag("full")
    void sampledIntervalsCoverTheExactShapleyValuesIn93To97PercentOfCases() {
        Scenario scenario = new ScenarioLoader().load(Path.of("src/test/resources/attribution/nine-interceptions.yaml"));
        double[] exact = exactShapley();
        for (int permutations : new int[] {16, 128}) {
            int covered = 0;
            int total = 0;
            double widthSum = 0;
            for (long seed = 1; seed <= 100; seed++) {
                AttributionResult result = Attribution.of(scenario).replications(10).permutations(permutations)
                        .seed(seed).threads(2).run();
                assertEquals(AttributionResult.Method.PERMUTATIONS, result.method());
                for (int i = 0; i < P.length; i++) {
                    Estimate e = result.effect("i" + (i + 1)).shapley();
                    covered += e.contains(exact[i]) ? 1 : 0;
                    widthSum += e.halfWidth();
                    total++;
                }
            }
            double coverage = covered / (double) total;
            System.out.printf(Locale.ROOT, "Shapley coverage, %d permutations, 10 replications, 100 seeds: %d of %d = "
                    + "%.1f%%, mean half-width %.3f persons%n", permutations, covered, total, 100 * coverage,
                    widthSum / total);
            assertTrue(coverage >= 0.93 && coverage <= 0.97, permutations + " permutations: coverage " + coverage);
        }
    }
}
