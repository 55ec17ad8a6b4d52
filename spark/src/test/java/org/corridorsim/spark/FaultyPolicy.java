package org.corridorsim.spark;

import org.apache.commons.rng.UniformRandomProvider;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.Decision;
import org.corridorsim.policy.Enforcement;
import org.corridorsim.policy.PolicyContext;
import org.corridorsim.policy.PolicyParameters;
import org.corridorsim.policy.PolicyProvider;

/**
 * A policy with a bug, for tests: in a share {@code probability} of replications, drawn from its
 * own random stream, it throws at its first decision. Which replications fail follows from the
 * seed alone, so the threaded runner and Spark meet the same first failure.
 */
public final class FaultyPolicy implements PolicyProvider {

    @Override
    public String name() {
        return "faulty";
    }

    @Override
    public BlockingPolicy create(String id, PolicyParameters parameters) {
        return new Faulty(id, parameters.probability("probability"));
    }

    /** The policy of one scenario entry: its id, and the share of replications it breaks. */
    private record Faulty(String id, double probability) implements BlockingPolicy {

        @Override
        public Enforcement start(PolicyContext context) {
            UniformRandomProvider random = context.stream("faulty");
            boolean broken = random.nextDouble() < probability;
            return (stage, group) -> {
                if (broken) {
                    throw new IllegalStateException("faulty policy '" + id + "' broke on purpose");
                }
                return Decision.PASS;
            };
        }
    }
}
