package org.corridorsim.experiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.corridorsim.model.Evacuation;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.model.MetricNames;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.random.RandomStreams;
import org.corridorsim.scenario.Scenario;

/**
 * The effect of each blocking policy on a metric, whatever the order of the policies in the file.
 *
 * <pre>{@code
 * AttributionResult result = Attribution.of(scenario).metric("evacuated").replications(40).run();
 * Estimate shapley = result.effect("interception-east").shapley();
 * }</pre>
 *
 * <p>Every subset of the scenario's blocking policies is run for the same replications under
 * common random numbers: replication {@code i} of every subset draws from the same streams, so the
 * subsets' values are paired by index. Each policy's Shapley value, its effect alone (only it,
 * against no policy) and its effect when removed (every policy, against all but it) are then
 * linear combinations of the paired values within each replication, and their intervals come
 * from those per-replication values.
 *
 * <p>Policies are ordered by id, and each subset applies its policies in that order, so the
 * order of the file cannot change any number. Up to {@value #EXACT_LIMIT} policies every subset
 * is run (2<sup>k</sup>); above that, Shapley values are averaged over sampled permutations in
 * antithetic pairs (a uniform permutation and its reverse) drawn from the experiment seed, and
 * only the subsets they pass through are run, together with those that "alone" and "removed" need.
 * The sampled Shapley values' intervals then include the permutation-sampling error as well as
 * the replications' (see {@code docs/attribution.md}). Every figure uses the same replications:
 * those in which the metric has a value in every subset ({@link AttributionResult#n()}).
 */
public final class Attribution {

    /** The most policies for which every subset is run. */
    public static final int EXACT_LIMIT = 8;
    /** The most policies an attribution splits an effect between: subsets are 64-bit masks. */
    public static final int MAX_POLICIES = 64;
    /** The most permutations that may be sampled. */
    public static final int MAX_PERMUTATIONS = 1 << 20;
    /** The permutations sampled by default above {@link #EXACT_LIMIT} policies. */
    public static final int DEFAULT_PERMUTATIONS = 128;
    /** The metric attributed by default. */
    public static final String DEFAULT_METRIC = "evacuated";

    private final Scenario scenario;
    private final String metric;
    private final int replications;
    private final long seed;
    private final double confidence;
    private final int threads;
    private final int permutations;
    private final Progress progress;
    /** Null for the local threads. */
    private final SubsetRunner runner;

    /**
     * Computes the metric in every replication of every subset somewhere other than the local
     * threads, e.g. on a cluster. Replication {@code r} of subset {@code mask} must be that of
     * {@code Experiment.of(new EvacuationModel(Attribution.subset(evacuation, mask)))} with the
     * given seed, so that the result is the local one to the bit.
     */
    @FunctionalInterface
    public interface SubsetRunner {
        /**
         * Runs every replication of every subset.
         *
         * @param masks the subsets, ascending as unsigned numbers; bit {@code i} is the {@code i}-th
         *        policy in id order
         * @param metric the metric to compute
         * @param replications replications per subset
         * @param seed the experiment seed of every subset
         * @return {@code values[s][r]}: the metric in replication {@code r} of subset {@code masks[s]}
         * @throws ExperimentFailure if a replication fails
         */
        double[][] run(long[] masks, String metric, int replications, long seed);
    }

    private Attribution(Scenario scenario, String metric, int replications, long seed, double confidence, int threads,
            int permutations, Progress progress, SubsetRunner runner) {
        this.scenario = scenario;
        this.metric = metric;
        this.replications = replications;
        this.seed = seed;
        this.confidence = confidence;
        this.threads = threads;
        this.permutations = permutations;
        this.progress = progress;
        this.runner = runner;
    }

    /**
     * The scenario's replications, seed and confidence, the metric {@value #DEFAULT_METRIC}, one thread.
     *
     * @param scenario a loaded scenario with at least one blocking policy
     * @return the attribution, not yet run
     */
    public static Attribution of(Scenario scenario) {
        return new Attribution(scenario, DEFAULT_METRIC, scenario.experiment().replications(), scenario.experiment().seed(),
                scenario.experiment().confidence(), 1, DEFAULT_PERMUTATIONS, Progress.NONE, null);
    }

    /**
     * The metric to attribute to the policies.
     *
     * @param name a metric every subset of policies has
     * @return a copy with this setting
     */
    public Attribution metric(String name) {
        return new Attribution(scenario, name, replications, seed, confidence, threads, permutations, progress, runner);
    }

    /**
     * Replications of every subset; the same streams in each, so effects are paired.
     *
     * @param count at least 1
     * @return a copy with this setting
     * @throws IllegalArgumentException if {@code count} is below 1
     */
    public Attribution replications(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("replications must be at least 1, got " + count);
        }
        return new Attribution(scenario, metric, count, seed, confidence, threads, permutations, progress, runner);
    }

    /**
     * The experiment seed shared by every subset.
     *
     * @param experimentSeed any value
     * @return a copy with this setting
     */
    public Attribution seed(long experimentSeed) {
        return new Attribution(scenario, metric, replications, experimentSeed, confidence, threads, permutations, progress,
                runner);
    }

    /**
     * The confidence level of the effects' intervals.
     *
     * @param level in (0, 1)
     * @return a copy with this setting
     * @throws IllegalArgumentException if {@code level} is outside (0, 1)
     */
    public Attribution confidence(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1 exclusive, got " + level);
        }
        return new Attribution(scenario, metric, replications, seed, level, threads, permutations, progress, runner);
    }

    /**
     * Worker threads; the results do not depend on this number.
     *
     * @param count at least 1
     * @return a copy with this setting
     */
    public Attribution threads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + count);
        }
        return new Attribution(scenario, metric, replications, seed, confidence, count, permutations, progress, runner);
    }

    /**
     * Permutations sampled above {@value #EXACT_LIMIT} policies (rounded up to an even number). At
     * least two antithetic pairs are needed to estimate the permutation-sampling error that the
     * Shapley values' intervals include.
     *
     * @param count 4 to {@value #MAX_PERMUTATIONS}
     * @return a copy with this setting
     * @throws IllegalArgumentException if {@code count} is outside that range
     */
    public Attribution permutations(int count) {
        if (count < 4 || count > MAX_PERMUTATIONS) {
            throw new IllegalArgumentException("permutations must be between 4 (two antithetic pairs, so that the "
                    + "sampling error can be estimated) and " + MAX_PERMUTATIONS + ", got " + count);
        }
        return new Attribution(scenario, metric, replications, seed, confidence, threads, count, progress, runner);
    }

    /**
     * Told of every completed replication of every subset; {@code total} is subsets x replications.
     *
     * @param listener the listener
     * @return a copy with this setting
     */
    public Attribution onProgress(Progress listener) {
        return new Attribution(scenario, metric, replications, seed, confidence, threads, permutations, listener, runner);
    }

    /**
     * Where the subsets' replications run instead of the local threads; the results are the same.
     *
     * @param where the runner, e.g. one on Spark
     * @return a copy with this setting
     */
    public Attribution runner(SubsetRunner where) {
        return new Attribution(scenario, metric, replications, seed, confidence, threads, permutations, progress,
                Objects.requireNonNull(where, "runner"));
    }

    /**
     * Runs the subsets and computes the effects.
     *
     * @throws IllegalArgumentException if the metric is not one that every subset has (e.g.
     *         {@code blocked.<id>} exists only while that policy is on)
     * @throws ExperimentFailure if a replication fails or the thread is interrupted
     * @return each policy's effect on the metric
     */
    public AttributionResult run() {
        List<BlockingPolicy> policies = new ArrayList<>(scenario.evacuation().blocking());
        policies.sort(Comparator.comparing(BlockingPolicy::id));
        int k = policies.size();
        if (k > MAX_POLICIES) {
            throw new IllegalArgumentException("attribute splits an effect between at most " + MAX_POLICIES
                    + " blocking policies; the scenario has " + k);
        }
        MetricNames names = variant(policies, 0).model.metricNames();
        if (!names.contains(metric)) {
            throw new IllegalArgumentException("attribute needs a metric that every subset of the policies has; '" + metric
                    + "' is not one of " + names.names());
        }
        boolean exact = k <= EXACT_LIMIT;
        List<int[]> orders = exact ? List.of()
                : ShapleyValues.permutations(k, permutations, new RandomStreams(seed).stream(0, "attribution/permutations"));
        long full = k == 64 ? -1L : (1L << k) - 1;
        TreeSet<Long> masks = new TreeSet<>(Long::compareUnsigned);
        masks.addAll(exact ? ShapleyValues.allCoalitions(k) : ShapleyValues.coalitionsOf(orders));
        for (int i = 0; i < k; i++) {
            masks.add(1L << i);
            masks.add(full & ~(1L << i));
        }
        masks.add(full);
        Map<Long, double[]> values = new TreeMap<>(Long::compareUnsigned);
        if (runner != null) {
            long[] ordered = masks.stream().mapToLong(Long::longValue).toArray();
            double[][] computed = runner.run(ordered, metric, replications, seed);
            if (computed.length != ordered.length) {
                throw new IllegalStateException(computed.length + " subsets computed for " + ordered.length);
            }
            for (int s = 0; s < ordered.length; s++) {
                if (computed[s].length != replications) {
                    throw new IllegalStateException(computed[s].length + " replications computed for " + replications);
                }
                values.put(ordered[s], computed[s]);
            }
        } else {
            runLocally(policies, masks, values);
        }
        // Every figure uses the same replications: those in which every subset has the metric (a
        // mean such as a waiting time is missing when nobody was served). Then the Shapley values
        // add up to all - none, replication by replication and on average.
        boolean[] complete = completeReplications(values.values(), replications);
        values.replaceAll((mask, v) -> keep(v, complete));
        double[][] shapley = exact ? ShapleyValues.exact(k, values) : ShapleyValues.sampled(k, orders, values);
        double[][][] byPair = exact ? null : ShapleyValues.byPair(k, orders, values);
        Map<String, double[]> shapleyById = new LinkedHashMap<>();
        Map<String, PolicyEffect> effects = new LinkedHashMap<>();
        for (int i = 0; i < k; i++) {
            String id = policies.get(i).id();
            double[] alone = difference(values.get(1L << i), values.get(0L));
            double[] removed = difference(values.get(full), values.get(full & ~(1L << i)));
            shapleyById.put(id, shapley[i]);
            Estimate value = exact || values.get(0L).length == 0 ? Estimate.of(shapley[i], confidence)
                    : ShapleyValues.sampledEstimate(byPair[i], confidence);
            effects.put(id, new PolicyEffect(id, value, Estimate.of(alone, confidence), Estimate.of(removed, confidence)));
        }
        return new AttributionResult(scenario.id(), metric, replications, seed, confidence,
                exact ? AttributionResult.Method.EXACT : AttributionResult.Method.PERMUTATIONS, orders.size(), masks.size(),
                values.get(0L), values.get(full), shapleyById, effects);
    }

    /** The replications in which every subset's value is finite. */
    private static boolean[] completeReplications(java.util.Collection<double[]> all, int replications) {
        boolean[] complete = new boolean[replications];
        java.util.Arrays.fill(complete, true);
        for (double[] v : all) {
            for (int r = 0; r < replications; r++) {
                complete[r] &= Double.isFinite(v[r]);
            }
        }
        return complete;
    }

    private static double[] keep(double[] v, boolean[] complete) {
        double[] out = new double[v.length];
        int n = 0;
        for (int r = 0; r < v.length; r++) {
            if (complete[r]) {
                out[n++] = v[r];
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private void runLocally(List<BlockingPolicy> policies, TreeSet<Long> masks, Map<Long, double[]> values) {
        long total = (long) masks.size() * replications;
        long done = 0;
        for (long mask : masks) {
            long offset = done;
            double[] value = new double[replications];
            Experiment experiment = variant(policies, mask);
            int column = experiment.model.metricNames().index(metric);
            experiment.replications(replications).seed(seed).confidence(confidence).threads(threads)
                    .onOutcome(outcome -> value[outcome.replication()] = outcome.values()[column])
                    .onProgress((completed, planned) -> progress.update((int) Math.min(Integer.MAX_VALUE, offset + completed),
                            (int) Math.min(Integer.MAX_VALUE, total)))
                    .run();
            values.put(mask, value);
            done += replications;
        }
    }

    /** The experiment of the scenario with the policies of {@code mask} on, in id order. */
    private Experiment variant(List<BlockingPolicy> sorted, long mask) {
        return Experiment.of(new EvacuationModel(subset(sorted, scenario.evacuation(), mask)))
                .scenario(scenario.id(), scenario.title());
    }

    /**
     * {@code evacuation} with only the blocking policies of {@code mask} on, in id order: bit
     * {@code i} stands for the {@code i}-th policy by id. The subsets {@link #run} runs.
     *
     * @param evacuation the full evacuation
     * @param mask the subset; bit {@code i} is the {@code i}-th policy by id
     * @return the evacuation with only those policies
     */
    public static Evacuation subset(Evacuation evacuation, long mask) {
        List<BlockingPolicy> sorted = new ArrayList<>(evacuation.blocking());
        sorted.sort(Comparator.comparing(BlockingPolicy::id));
        return subset(sorted, evacuation, mask);
    }

    private static Evacuation subset(List<BlockingPolicy> sorted, Evacuation base, long mask) {
        List<BlockingPolicy> on = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            if ((mask & 1L << i) != 0) {
                on.add(sorted.get(i));
            }
        }
        return base.withBlocking(on);
    }

    private static double[] difference(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int r = 0; r < a.length; r++) {
            d[r] = a[r] - b[r];
        }
        return d;
    }
}
