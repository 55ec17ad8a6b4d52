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
 */
public final class Attribution {

    /** The most policies for which every subset is run. */
    public static final int EXACT_LIMIT = 8;
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
         * @param masks the subsets, ascending; bit {@code i} is the {@code i}-th policy in id order
         * @param metric the metric to compute
         * @param replications replications per subset
         * @param seed the experiment seed of every subset
         * @return {@code values[s][r]}: the metric in replication {@code r} of subset {@code masks[s]}
         * @throws ExperimentFailure if a replication fails
         */
        double[][] run(int[] masks, String metric, int replications, long seed);
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
     * Permutations sampled above {@value #EXACT_LIMIT} policies (rounded up to an even number).
     *
     * @param count at least 2
     * @return a copy with this setting
     */
    public Attribution permutations(int count) {
        if (count < 2) {
            throw new IllegalArgumentException("permutations must be at least 2, got " + count);
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
        MetricNames names = variant(policies, 0).model.metricNames();
        if (!names.contains(metric)) {
            throw new IllegalArgumentException("attribute needs a metric that every subset of the policies has; '" + metric
                    + "' is not one of " + names.names());
        }
        boolean exact = k <= EXACT_LIMIT;
        List<int[]> orders = exact ? List.of()
                : ShapleyValues.permutations(k, permutations, new RandomStreams(seed).stream(0, "attribution/permutations"));
        int full = (1 << k) - 1;
        TreeSet<Integer> masks = new TreeSet<>(exact ? ShapleyValues.allCoalitions(k)
                : ShapleyValues.coalitionsOf(orders));
        for (int i = 0; i < k; i++) {
            masks.add(1 << i);
            masks.add(full & ~(1 << i));
        }
        masks.add(full);
        Map<Integer, double[]> values = new TreeMap<>();
        if (runner != null) {
            int[] ordered = masks.stream().mapToInt(Integer::intValue).toArray();
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
        double[][] shapley = exact ? ShapleyValues.exact(k, values) : ShapleyValues.sampled(k, orders, values);
        Map<String, double[]> shapleyById = new LinkedHashMap<>();
        Map<String, PolicyEffect> effects = new LinkedHashMap<>();
        for (int i = 0; i < k; i++) {
            String id = policies.get(i).id();
            double[] alone = difference(values.get(1 << i), values.get(0));
            double[] removed = difference(values.get(full), values.get(full & ~(1 << i)));
            shapleyById.put(id, shapley[i]);
            effects.put(id, new PolicyEffect(id, Estimate.of(shapley[i], confidence), Estimate.of(alone, confidence),
                    Estimate.of(removed, confidence)));
        }
        return new AttributionResult(scenario.id(), metric, replications, seed, confidence,
                exact ? AttributionResult.Method.EXACT : AttributionResult.Method.PERMUTATIONS, orders.size(), masks.size(),
                values.get(0), values.get(full), shapleyById, effects);
    }

    private void runLocally(List<BlockingPolicy> policies, TreeSet<Integer> masks, Map<Integer, double[]> values) {
        int total = masks.size() * replications;
        int done = 0;
        for (int mask : masks) {
            int offset = done;
            double[] value = new double[replications];
            Experiment experiment = variant(policies, mask);
            int column = experiment.model.metricNames().index(metric);
            experiment.replications(replications).seed(seed).confidence(confidence).threads(threads)
                    .onOutcome(outcome -> value[outcome.replication()] = outcome.values()[column])
                    .onProgress((completed, planned) -> progress.update(offset + completed, total))
                    .run();
            values.put(mask, value);
            done += replications;
        }
    }

    /** The experiment of the scenario with the policies of {@code mask} on, in id order. */
    private Experiment variant(List<BlockingPolicy> sorted, int mask) {
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
    public static Evacuation subset(Evacuation evacuation, int mask) {
        List<BlockingPolicy> sorted = new ArrayList<>(evacuation.blocking());
        sorted.sort(Comparator.comparing(BlockingPolicy::id));
        return subset(sorted, evacuation, mask);
    }

    private static Evacuation subset(List<BlockingPolicy> sorted, Evacuation base, int mask) {
        List<BlockingPolicy> on = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            if ((mask & 1 << i) != 0) {
                on.add(sorted.get(i));
            }
        }
        return new Evacuation(base.horizon(), base.populations(), base.corridors(), base.routing(),
                base.onWindowClose(), on, base.binWidth());
    }

    private static double[] difference(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int r = 0; r < a.length; r++) {
            d[r] = a[r] - b[r];
        }
        return d;
    }
}
