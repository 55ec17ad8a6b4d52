package org.corridorsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** Shapley values of small games whose values are known by hand. */
class ShapleyValuesTest {

    private static Map<Long, double[]> game(int players, IntToDoubleFunction value) {
        Map<Long, double[]> values = new HashMap<>();
        for (int mask = 0; mask < 1 << players; mask++) {
            values.put((long) mask, new double[] {value.applyAsDouble(mask)});
        }
        return values;
    }

    @Test
    void anAdditiveGameGivesEachPlayerItsOwnValue() {
        double[] own = {3, -1.5, 7, 0.25};
        Map<Long, double[]> values = game(4, mask -> {
            double sum = 0;
            for (int i = 0; i < 4; i++) {
                sum += (mask & 1 << i) != 0 ? own[i] : 0;
            }
            return sum;
        });
        double[][] exact = ShapleyValues.exact(4, values);
        List<int[]> orders = ShapleyValues.permutations(4, 6, RandomSource.SPLIT_MIX_64.create(1L));
        double[][] sampled = ShapleyValues.sampled(4, orders, values);
        for (int i = 0; i < 4; i++) {
            assertEquals(own[i], exact[i][0], 1e-12);
            assertEquals(own[i], sampled[i][0], 1e-12);
        }
    }

    @Test
    void aMajorityGameSplitsEvenlyAndAVetoPlayerTakesMore() {
        double[][] majority = ShapleyValues.exact(3, game(3, mask -> Integer.bitCount(mask) >= 2 ? 1 : 0));
        for (double[] player : majority) {
            assertEquals(1.0 / 3, player[0], 1e-12);
        }
        // player 0 is needed, and one of the other two: 0 gets 2/3, the others 1/6 each
        double[][] veto = ShapleyValues.exact(3, game(3, mask -> (mask & 1) != 0 && Integer.bitCount(mask) >= 2 ? 1 : 0));
        assertEquals(2.0 / 3, veto[0][0], 1e-12);
        assertEquals(1.0 / 6, veto[1][0], 1e-12);
        assertEquals(1.0 / 6, veto[2][0], 1e-12);
    }

    @Test
    void exactAndSampledValuesAddUpToTheWholeInEveryReplication() {
        UniformRandomProvider random = RandomSource.SPLIT_MIX_64.create(9L);
        int players = 6;
        Map<Long, double[]> values = new HashMap<>();
        for (int mask = 0; mask < 1 << players; mask++) {
            values.put((long) mask, new double[] {random.nextDouble() * 100, random.nextDouble() * 1e6, -random.nextDouble()});
        }
        List<int[]> orders = ShapleyValues.permutations(players, 10, random);
        for (double[][] shapley : List.of(ShapleyValues.exact(players, values), ShapleyValues.sampled(players, orders, values))) {
            for (int r = 0; r < 3; r++) {
                double sum = 0;
                for (double[] player : shapley) {
                    sum += player[r];
                }
                double whole = values.get((1L << players) - 1)[r] - values.get(0L)[r];
                assertEquals(whole, sum, 1e-9 * Math.max(1, Math.abs(values.get(0L)[r])));
            }
        }
    }

    @Test
    void permutationsComeInReversedPairsAndVisitOnlyTheirPrefixes() {
        List<int[]> orders = ShapleyValues.permutations(5, 3, RandomSource.SPLIT_MIX_64.create(4L));

        assertEquals(4, orders.size(), "rounded up to pairs");
        for (int p = 0; p < orders.size(); p += 2) {
            for (int i = 0; i < 5; i++) {
                assertEquals(orders.get(p)[i], orders.get(p + 1)[4 - i]);
            }
        }
        List<Long> masks = ShapleyValues.coalitionsOf(orders);
        assertEquals(0L, masks.get(0));
        assertEquals(31L, masks.get(masks.size() - 1));
        assertEquals(true, masks.size() <= 2 + 4 * 4);
    }
}
