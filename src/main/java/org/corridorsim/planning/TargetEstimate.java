package org.corridorsim.planning;

import org.corridorsim.scenario.Planning;

/**
 * How one configuration fares against one target after its replications: for a probability
 * target, the share of replications meeting the threshold with its exact (Clopper-Pearson)
 * bounds; for a target on the mean, the mean with its Student-t bounds. The bounds are each
 * one-sided at the level the sequential procedure used at its last look.
 *
 * @param target the target
 * @param n the replications counted (for a mean, those where the metric was observed)
 * @param estimate the share meeting the threshold, or the mean
 * @param lower the lower bound
 * @param upper the upper bound
 * @param verdict FEASIBLE if met, INFEASIBLE if missed, UNDECIDED otherwise
 */
public record TargetEstimate(Planning.Target target, int n, double estimate, double lower, double upper,
        Verdict verdict) {
}
