package org.corridorsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Shapley values of players 0..k-1 from the value of each coalition, given as a bit mask (bit i
 * for player i), one value per replication. Every sum runs in a fixed order (coalitions by
 * ascending mask, or permutations in their sampled order), so equal inputs give equal bits.
 */
final class ShapleyValues {

    private ShapleyValues() {
    }

    /** Every coalition, for the exact values. */
    static List<Integer> allCoalitions(int players) {
        List<Integer> masks = new ArrayList<>(1 << players);
        for (int mask = 0; mask < 1 << players; mask++) {
            masks.add(mask);
        }
        return masks;
    }

    /**
     * Exact Shapley values: for player i, the sum over coalitions S without i of
     * |S|! (k - |S| - 1)! / k! (v(S + i) - v(S)).
     *
     * @param values the value of every coalition, indexed by mask, each per replication
     * @return per player, per replication
     */
    static double[][] exact(int players, Map<Integer, double[]> values) {
        int replications = values.get(0).length;
        double[] weight = new double[players];
        for (int size = 0; size < players; size++) {
            weight[size] = 1 / (players * binomial(players - 1, size));
        }
        double[][] shapley = new double[players][replications];
        for (int i = 0; i < players; i++) {
            int bit = 1 << i;
            for (int r = 0; r < replications; r++) {
                double sum = 0;
                for (int mask = 0; mask < 1 << players; mask++) {
                    if ((mask & bit) == 0) {
                        sum += weight[Integer.bitCount(mask)] * (values.get(mask | bit)[r] - values.get(mask)[r]);
                    }
                }
                shapley[i][r] = sum;
            }
        }
        return shapley;
    }

    /**
     * {@code count} permutations (rounded up to an even number) in antithetic pairs: a uniformly
     * drawn permutation, then its reverse, so that a player early in one is late in the other.
     */
    static List<int[]> permutations(int players, int count, UniformRandomProvider random) {
        List<int[]> permutations = new ArrayList<>();
        for (int pair = 0; pair < (count + 1) / 2; pair++) {
            int[] order = new int[players];
            for (int i = 0; i < players; i++) {
                order[i] = i;
            }
            for (int i = players - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            int[] reverse = new int[players];
            for (int i = 0; i < players; i++) {
                reverse[i] = order[players - 1 - i];
            }
            permutations.add(order);
            permutations.add(reverse);
        }
        return permutations;
    }

    /** The coalitions that the permutations pass through, from the empty one to the full one, in ascending order. */
    static List<Integer> coalitionsOf(List<int[]> permutations) {
        TreeSet<Integer> masks = new TreeSet<>();
        for (int[] order : permutations) {
            int mask = 0;
            masks.add(mask);
            for (int player : order) {
                mask |= 1 << player;
                masks.add(mask);
            }
        }
        return List.copyOf(masks);
    }

    /** Each player's marginal contribution averaged over the permutations. */
    static double[][] sampled(int players, List<int[]> permutations, Map<Integer, double[]> values) {
        int replications = values.get(0).length;
        double[][] shapley = new double[players][replications];
        for (int r = 0; r < replications; r++) {
            double[] sums = new double[players];
            for (int[] order : permutations) {
                int mask = 0;
                for (int player : order) {
                    int next = mask | 1 << player;
                    sums[player] += values.get(next)[r] - values.get(mask)[r];
                    mask = next;
                }
            }
            for (int i = 0; i < players; i++) {
                shapley[i][r] = sums[i] / permutations.size();
            }
        }
        return shapley;
    }

    private static double binomial(int n, int k) {
        double result = 1;
        for (int i = 1; i <= k; i++) {
            result = result * (n - k + i) / i;
        }
        return result;
    }
}
