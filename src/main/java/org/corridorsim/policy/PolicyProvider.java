package org.corridorsim.policy;

/**
 * Creates policies of one type from scenario parameters. Built-in and third-party providers
 * register with {@link java.util.ServiceLoader} under
 * {@code META-INF/services/org.corridorsim.policy.PolicyProvider}; {@link #name()} is what
 * scenario files write after {@code policy:}.
 */
public interface PolicyProvider {

    /** {@return the policy type, as written after {@code policy:} in scenario files} */
    String name();

    /**
     * Reads and validates the parameters. Invalid values are reported by throwing the exception
     * made by {@link PolicyParameters#error}, so that the user sees where in the file they are.
     *
     * @param id the entry's id in the scenario
     * @param parameters the entry's other keys
     * @return the policy, immutable
     */
    BlockingPolicy create(String id, PolicyParameters parameters);
}
