package org.corridorsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Shapley values of players 0..k-1 (k at most 64) from the value of each coalition, given as a
 * bit mask (bit i for player i), one value per replication. Every sum runs in a fixed order (coalitions by
 * ascending mask, or permutations in their sampled order), so equal inputs give equal bits.
 */
final class ShapleyValues {

    private ShapleyValues() {
    }

    /** Every coalition, for the exact values. */
    static List<Long> allCoalitions(int players) {
        List<Long> masks = new ArrayList<>(1 << players);
        for (long mask = 0; mask < 1L << players; mask++) {
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
    static double[][] exact(int players, Map<Long, double[]> values) {
        int replications = values.get(0L).length;
        double[] weight = new double[players];
        for (int size = 0; size < players; size++) {
            weight[size] = 1 / (players * binomial(players - 1, size));
        }
        double[][] shapley = new double[players][replications];
        for (int i = 0; i < players; i++) {
            long bit = 1L << i;
            for (int r = 0; r < replications; r++) {
                double sum = 0;
                for (long mask = 0; mask < 1L << players; mask++) {
                    if ((mask & bit) == 0) {
                        sum += weight[Long.bitCount(mask)] * (values.get(mask | bit)[r] - values.get(mask)[r]);
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
    static List<Long> coalitionsOf(List<int[]> permutations) {
        TreeSet<Long> masks = new TreeSet<>(Long::compareUnsigned);
        for (int[] order : permutations) {
            long mask = 0;
            masks.add(mask);
            for (int player : order) {
                mask |= 1L << player;
                masks.add(mask);
            }
        }
        return List.copyOf(masks);
    }

    /** Each player's marginal contribution averaged over the permutations. */
    static double[][] sampled(int players, List<int[]> permutations, Map<Long, double[]> values) {
        int replications = values.get(0L).length;
        double[][] shapley = new double[players][replications];
        for (int r = 0; r < replications; r++) {
            double[] sums = new double[players];
            for (int[] order : permutations) {
                long mask = 0;
                for (int player : order) {
                    long next = mask | 1L << player;
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

    /**
     * Each player's marginal contribution per antithetic pair of permutations (the mean over the
     * pair) and per replication: {@code [player][pair][replication]}.
     */
    static double[][][] byPair(int players, List<int[]> permutations, Map<Long, double[]> values) {
        int replications = values.get(0L).length;
        int pairs = permutations.size() / 2;
        double[][][] contributions = new double[players][pairs][replications];
        for (int p = 0; p < pairs; p++) {
            for (int half = 0; half < 2; half++) {
                int[] order = permutations.get(2 * p + half);
                long mask = 0;
                for (int player : order) {
                    long next = mask | 1L << player;
                    double[] with = values.get(next);
                    double[] without = values.get(mask);
                    for (int r = 0; r < replications; r++) {
                        contributions[player][p][r] += (with[r] - without[r]) / 2;
                    }
                    mask = next;
                }
            }
        }
        return contributions;
    }

    /**
     * The sampled Shapley value of one player with an interval that covers both sources of error:
     * the replications (random numbers) and the permutations drawn. {@code y[pair][replication]}
     * is a crossed two-way layout with P pairs and R replications; the variance of its grand mean
     * is σ²(pairs)/P + σ²(replications)/R + σ²(interaction)/(PR). With the mean squares of the
     * two-way analysis of variance, MS(replications)/(PR) is the variance of the mean over
     * replications of the per-replication values (what an interval over replications alone
     * gives), and max(0, MS(pairs) − MS(interaction))/(PR) is added as the permutation-sampling
     * term. The interval is Student-t with Satterthwaite's degrees of freedom.
     *
     * @param y the player's contribution per antithetic pair and replication; at least 2 pairs
     * @param confidence the interval's confidence level
     * @return the estimate; with one replication the half-width is NaN
     */
    static Estimate sampledEstimate(double[][] y, double confidence) {
        int pairs = y.length;
        int replications = y[0].length;
        double[] pairMeans = new double[pairs];
        double[] replicationMeans = new double[replications];
        double grand = 0;
        for (int p = 0; p < pairs; p++) {
            for (int r = 0; r < replications; r++) {
                pairMeans[p] += y[p][r] / replications;
                replicationMeans[r] += y[p][r] / pairs;
            }
        }
        for (int r = 0; r < replications; r++) {
            grand += replicationMeans[r] / replications;
        }
        if (replications < 2 || pairs < 2) {
            return new Estimate(grand, Double.NaN, replications);
        }
        double ssPairs = 0;
        for (double m : pairMeans) {
            ssPairs += (m - grand) * (m - grand);
        }
        double ssReplications = 0;
        for (double m : replicationMeans) {
            ssReplications += (m - grand) * (m - grand);
        }
        double ssInteraction = 0;
        for (int p = 0; p < pairs; p++) {
            for (int r = 0; r < replications; r++) {
                double e = y[p][r] - pairMeans[p] - replicationMeans[r] + grand;
                ssInteraction += e * e;
            }
        }
        double msPairs = replications * ssPairs / (pairs - 1);
        double msReplications = pairs * ssReplications / (replications - 1);
        double msInteraction = ssInteraction / ((pairs - 1.0) * (replications - 1.0));
        double permutationTerm = Math.max(0, msPairs - msInteraction);
        double variance = (msReplications + permutationTerm) / ((double) pairs * replications);
        double df;
        if (permutationTerm > 0) {
            double denominator = msReplications * msReplications / (replications - 1)
                    + msPairs * msPairs / (pairs - 1) + msInteraction * msInteraction / ((pairs - 1.0) * (replications - 1));
            df = (msReplications + permutationTerm) * (msReplications + permutationTerm) / denominator;
        } else {
            df = replications - 1;
        }
        if (!(variance > 0)) {
            return new Estimate(grand, 0, replications);
        }
        double t = TDistribution.of(Math.max(1, df)).inverseCumulativeProbability(0.5 + confidence / 2);
        return new Estimate(grand, t * Math.sqrt(variance), replications);
    }

    private static double binomial(int n, int k) {
        double result = 1;
        for (int i = 1; i <= k; i++) {
            result = result * (n - k + i) / i;
        }
        return result;
    }
}
