package org.corridorsim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Attribution on scenarios whose answer is known: N persons, each intercepted at departure by
 * independent policies with probabilities p_i, nobody trying again, and everyone else
 * evacuated. The expected number evacuated under a set S of policies is N x prod(1 - p_i), so
 * every effect has a closed form.
 */
class AttributionTest {

    private static final int N = 100;

    /** A scenario of N persons with departure interceptions of the given ids and probabilities, in this order. */
    static String interceptions(Map<String, Double> policies) {
        StringBuilder text = new StringBuilder("""
                id: interceptions
                start: 2020-01-01T00:00
                end: 2020-01-03T00:00
                populations:
                  - id: people
                    size: %d
                    departures: {profile: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]}
                    travel: {C1: 10m}
                corridors:
                  - id: C1
                    checkpoint: {screening: 1m, lanes: 4}
                blocking:
                """.formatted(N));
        policies.forEach((id, p) -> text.append("  - {id: ").append(id)
                .append(", policy: interception, where: departure, probability: ").append(p).append("}\n"));
        return text.toString();
    }

    private static Scenario scenario(Map<String, Double> policies) {
        return new ScenarioLoader().parse(interceptions(policies), "interceptions.yaml");
    }

    private static Map<String, Double> ordered(Object... idAndProbability) {
        Map<String, Double> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < idAndProbability.length; i += 2) {
            map.put((String) idAndProbability[i], (Double) idAndProbability[i + 1]);
        }
        return map;
    }

    @Test
    void twoIndependentInterceptionsHaveTheirClosedFormEffects() {
        double p = 0.5;
        double q = 0.2;
        AttributionResult result = Attribution.of(scenario(ordered("east", p, "west", q))).replications(60).seed(11).run();

        assertEquals(AttributionResult.Method.EXACT, result.method());
        assertEquals(4, result.subsets());
        for (double none : result.noneByReplication()) {
            assertEquals(N, none, "with no policy everyone gets out");
        }
        assertInside(N * (1 - p) * (1 - q), result.all());
        PolicyEffect east = result.effect("east");
        PolicyEffect west = result.effect("west");
        assertInside(-N * p * (1 - q / 2), east.shapley());
        assertInside(-N * q * (1 - p / 2), west.shapley());
        assertInside(-N * p, east.alone());
        assertInside(-N * q, west.alone());
        assertInside(-N * p * (1 - q), east.removed());
        assertInside(-N * q * (1 - p), west.removed());
    }

    @Test
    void shapleyValuesAddUpToAllAgainstNoneInEveryReplication() {
        AttributionResult result = Attribution.of(scenario(ordered("a", 0.3, "b", 0.6, "c", 0.1))).replications(10).run();

        double[] none = result.noneByReplication();
        double[] all = result.allByReplication();
        for (int r = 0; r < 10; r++) {
            double sum = 0;
            for (String policy : result.policies()) {
                sum += result.shapleyByReplication(policy)[r];
            }
            assertEquals(all[r] - none[r], sum, 1e-9);
        }
    }

    @Test
    void reorderingThePoliciesInTheFileChangesNoBit() {
        AttributionResult forwards = Attribution.of(scenario(ordered("a", 0.3, "b", 0.6, "c", 0.1))).replications(8).run();
        AttributionResult backwards = Attribution.of(scenario(ordered("c", 0.1, "b", 0.6, "a", 0.3))).replications(8)
                .threads(3).run();

        assertEquals(List.of("a", "b", "c"), backwards.policies());
        assertArrayEquals(forwards.noneByReplication(), backwards.noneByReplication());
        assertArrayEquals(forwards.allByReplication(), backwards.allByReplication());
        for (String policy : forwards.policies()) {
            assertArrayEquals(forwards.shapleyByReplication(policy), backwards.shapleyByReplication(policy));
            assertEquals(forwards.effect(policy), backwards.effect(policy));
        }
    }

    @Test
    void aboveEightPoliciesPermutationsAreSampledAndStillAddUp() {
        Map<String, Double> policies = new java.util.LinkedHashMap<>();
        double[] p = {0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45};
        for (int i = 0; i < p.length; i++) {
            policies.put("p" + i, p[i]);
        }
        AttributionResult result = Attribution.of(scenario(policies)).replications(6).permutations(16).run();

        assertEquals(AttributionResult.Method.PERMUTATIONS, result.method());
        assertEquals(16, result.permutations());
        assertTrue(result.subsets() < 1 << 9, "only the prefixes of 16 permutations: " + result.subsets());
        double[] none = result.noneByReplication();
        double[] all = result.allByReplication();
        for (int r = 0; r < 6; r++) {
            double sum = 0;
            for (String policy : result.policies()) {
                sum += result.shapleyByReplication(policy)[r];
            }
            assertEquals(all[r] - none[r], sum, 1e-9);
        }
        // alone and removed are exact differences even when Shapley values are sampled
        Map<Long, double[]> expected = new HashMap<>();
        for (int mask = 0; mask < 1 << 9; mask++) {
            double kept = N;
            for (int i = 0; i < 9; i++) {
                kept *= (mask & 1 << i) != 0 ? 1 - p[i] : 1;
            }
            expected.put((long) mask, new double[] {kept});
        }
        double[][] shapley = ShapleyValues.exact(9, expected);
        assertInside(shapley[8][0], result.effect("p8").shapley(), 3);
        assertInside(-N * p[8], result.effect("p8").alone(), 1);
    }

    @Test
    void sampledPermutationsDoNotDependOnTheOrderOfTheFileEither() {
        Map<String, Double> forwards = new java.util.LinkedHashMap<>();
        Map<String, Double> backwards = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 9; i++) {
            forwards.put("p" + i, 0.05 * (i + 1));
            backwards.put("p" + (8 - i), 0.05 * (9 - i));
        }
        AttributionResult one = Attribution.of(scenario(forwards)).replications(3).permutations(8).run();
        AttributionResult other = Attribution.of(scenario(backwards)).replications(3).permutations(8).threads(2).run();

        assertEquals(one.subsets(), other.subsets());
        for (String policy : one.policies()) {
            assertArrayEquals(one.shapleyByReplication(policy), other.shapleyByReplication(policy));
            assertEquals(one.effect(policy), other.effect(policy));
        }
    }

    @Test
    void withoutPoliciesThereIsNothingToAttribute() {
        Scenario scenario = new ScenarioLoader().parse(interceptions(Map.of()).replace("blocking:\n", ""), "none.yaml");
        AttributionResult result = Attribution.of(scenario).replications(3).run();

        assertEquals(List.of(), result.policies());
        assertEquals(1, result.subsets());
        assertArrayEquals(result.noneByReplication(), result.allByReplication());
    }

    @Test
    void aMetricThatOnlySomeSubsetsHaveIsRefused() {
        Attribution attribution = Attribution.of(scenario(ordered("a", 0.3))).metric("blocked.a");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, attribution::run);
        assertTrue(e.getMessage().startsWith("attribute needs a metric that every subset of the policies has; 'blocked.a'"),
                e.getMessage());
    }

    private static void assertInside(double exact, Estimate estimate) {
        assertInside(exact, estimate, 1);
    }

    /** The exact value lies within {@code widen} half-widths of the estimate. */
    private static void assertInside(double exact, Estimate estimate, double widen) {
        assertTrue(Math.abs(exact - estimate.mean()) <= widen * estimate.halfWidth(),
                "exact " + exact + " outside " + estimate.mean() + " +/- " + widen + " x " + estimate.halfWidth());
    }

    @Test
    void valuesComputedElsewhereGiveTheLocalResultToTheBit() {
        Scenario scenario = scenario(ordered("east", 0.5, "west", 0.2, "north", 0.3));
        Attribution attribution = Attribution.of(scenario).replications(20).seed(5);
        AttributionResult local = attribution.threads(3).run();
        List<long[]> asked = new java.util.ArrayList<>();
        AttributionResult elsewhere = attribution.runner((masks, metric, replications, seed) -> {
            asked.add(masks.clone());
            double[][] values = new double[masks.length][replications];
            for (int s = masks.length - 1; s >= 0; s--) { // any order of work, values by index
                org.corridorsim.model.EvacuationModel model = new org.corridorsim.model.EvacuationModel(
                        Attribution.subset(scenario.evacuation(), masks[s]));
                int column = model.metricNames().index(metric);
                org.corridorsim.random.RandomStreams streams = new org.corridorsim.random.RandomStreams(seed);
                for (int r = replications - 1; r >= 0; r--) {
                    values[s][r] = model.replicate(streams, r).values()[column];
                }
            }
            return values;
        }).run();
        assertEquals(1, asked.size());
        assertArrayEquals(new long[] {0, 1, 2, 3, 4, 5, 6, 7}, asked.get(0), "every subset, ascending");
        assertArrayEquals(local.noneByReplication(), elsewhere.noneByReplication());
        assertArrayEquals(local.allByReplication(), elsewhere.allByReplication());
        for (String policy : local.policies()) {
            double[] a = local.shapleyByReplication(policy);
            double[] b = elsewhere.shapleyByReplication(policy);
            for (int r = 0; r < a.length; r++) {
                assertEquals(Double.doubleToLongBits(a[r]), Double.doubleToLongBits(b[r]), policy + " " + r);
            }
            assertEquals(local.effect(policy), elsewhere.effect(policy));
        }
    }

    @Test
    void aMetricThatCanBeMissingUsesOneSetOfReplicationsForEveryFigure() {
        // 3 persons, two likely interceptions: with both on, often nobody reaches the checkpoint, and its
        // mean wait is missing in those replications only
        Scenario scenario = new ScenarioLoader().parse(interceptions(ordered("a", 0.6, "b", 0.6))
                .replace("size: " + N, "size: 3"), "interceptions.yaml");
        AttributionResult result = Attribution.of(scenario).metric("corridor.C1.checkpoint.wait").replications(40)
                .seed(3).run();
        assertTrue(result.n() > 0 && result.n() < 40, "some replications are missing: n = " + result.n());
        assertEquals(result.n(), result.none().n());
        assertEquals(result.n(), result.all().n());
        for (PolicyEffect effect : result.effects().values()) {
            assertEquals(result.n(), effect.shapley().n(), effect.policy());
            assertEquals(result.n(), effect.alone().n(), effect.policy());
            assertEquals(result.n(), effect.removed().n(), effect.policy());
        }
        double sum = result.effect("a").shapley().mean() + result.effect("b").shapley().mean();
        assertEquals(result.all().mean() - result.none().mean(), sum, 1e-9, "the Shapley values add up");
    }

    @Test
    void moreThanSixtyFourPoliciesAreRefusedAndSixtyFourAreMaskedWithoutOverflow() {
        Map<String, Double> many = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 65; i++) {
            many.put(String.format("p%02d", i), 0.01);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Attribution.of(scenario(many)).replications(1).permutations(4).run());
        assertTrue(e.getMessage().contains("at most 64 blocking policies"), e.getMessage());
        many.remove("p64");
        Scenario scenario = scenario(many);
        long highest = 1L << 63;
        assertEquals(List.of("p63"), Attribution.subset(scenario.evacuation(), highest).blocking().stream()
                .map(org.corridorsim.policy.BlockingPolicy::id).toList(), "bit 63 is the 64th policy");
        assertEquals(64, Attribution.subset(scenario.evacuation(), -1L).blocking().size());
    }
}
