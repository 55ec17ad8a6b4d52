package org.corridorsim.experiment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link Attribution} found: the metric with no policy and with every policy on, and each
 * policy's {@link PolicyEffect}, policies sorted by id. The per-replication values behind every
 * estimate are kept, in replication order.
 */
public final class AttributionResult {

    /** How the Shapley values were computed. */
    public enum Method {
        /** From every subset of the policies. */
        EXACT,
        /** From sampled permutations (antithetic pairs), for more than {@value Attribution#EXACT_LIMIT} policies. */
        PERMUTATIONS
    }

    private final String scenarioId;
    private final String metric;
    private final int replications;
    private final long seed;
    private final double confidence;
    private final Method method;
    private final int permutations;
    private final int subsets;
    private final double[] none;
    private final double[] all;
    private final Map<String, double[]> shapley;
    private final Map<String, PolicyEffect> effects;

    AttributionResult(String scenarioId, String metric, int replications, long seed, double confidence, Method method,
            int permutations, int subsets, double[] none, double[] all, Map<String, double[]> shapley,
            Map<String, PolicyEffect> effects) {
        this.scenarioId = scenarioId;
        this.metric = metric;
        this.replications = replications;
        this.seed = seed;
        this.confidence = confidence;
        this.method = method;
        this.permutations = permutations;
        this.subsets = subsets;
        this.none = none.clone();
        this.all = all.clone();
        this.shapley = Collections.unmodifiableMap(new LinkedHashMap<>(shapley));
        this.effects = Collections.unmodifiableMap(new LinkedHashMap<>(effects));
    }

    /** {@return the id of the attributed scenario} */
    public String scenarioId() {
        return scenarioId;
    }

    /** {@return the attributed metric} */
    public String metric() {
        return metric;
    }

    /** {@return replications of every subset} */
    public int replications() {
        return replications;
    }

    /**
     * The replications every figure is computed from: those in which the metric has a value in
     * every subset (all of them, unless the metric is a mean that can be empty, such as a wait).
     *
     * @return the number of replications used, at most {@link #replications()}
     */
    public int n() {
        return none.length;
    }

    /** {@return the experiment seed shared by every subset} */
    public long seed() {
        return seed;
    }

    /** {@return the confidence level of the intervals} */
    public double confidence() {
        return confidence;
    }

    /** {@return whether every subset was run or permutations were sampled} */
    public Method method() {
        return method;
    }

    /** {@return permutations sampled; 0 for {@link Method#EXACT}} */
    public int permutations() {
        return permutations;
    }

    /** {@return subsets of policies simulated, each for every replication} */
    public int subsets() {
        return subsets;
    }

    /** {@return the policy ids, sorted} */
    public List<String> policies() {
        return List.copyOf(effects.keySet());
    }

    /** {@return the metric with no blocking policy} */
    public Estimate none() {
        return Estimate.of(none, confidence);
    }

    /** {@return the metric with every blocking policy on} */
    public Estimate all() {
        return Estimate.of(all, confidence);
    }

    /** {@return each policy's effect, by policy id} */
    public Map<String, PolicyEffect> effects() {
        return effects;
    }

    /**
     * One policy's effect on the metric.
     *
     * @param policy a policy id
     * @return its effect
     * @throws IllegalArgumentException if there is no such policy
     */
    public PolicyEffect effect(String policy) {
        PolicyEffect effect = effects.get(policy);
        if (effect == null) {
            throw new IllegalArgumentException("unknown policy '" + policy + "'; policies: " + policies());
        }
        return effect;
    }

    /** {@return the metric with no policy, per replication} */
    public double[] noneByReplication() {
        return none.clone();
    }

    /** {@return the metric with every policy, per replication} */
    public double[] allByReplication() {
        return all.clone();
    }

    /**
     * The policy's Shapley value in each replication used (see {@link #n()}).
     *
     * @param policy a policy id
     * @return one value per replication used, in replication order
     */
    public double[] shapleyByReplication(String policy) {
        effect(policy);
        return shapley.get(policy).clone();
    }

    @Override
    public String toString() {
        return "AttributionResult[" + scenarioId + ", " + metric + ", " + replications + " replications, " + method + "]";
    }
}
