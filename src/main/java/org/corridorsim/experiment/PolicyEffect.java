package org.corridorsim.experiment;

/**
 * One blocking policy's effect on a metric, each as a difference with its interval across
 * replications: its Shapley value; {@code alone}, the scenario with only it against the one
 * with no policy; {@code removed}, the scenario with every policy against the one with all but it.
 */
public record PolicyEffect(String policy, Estimate shapley, Estimate alone, Estimate removed) {
}
