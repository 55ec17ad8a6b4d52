package org.corridorsim.policy;

/**
 * Creates policies of one type from scenario parameters. Built-in and third-party providers
 * register with {@link java.util.ServiceLoader} under
 * {@code META-INF/services/org.corridorsim.policy.PolicyProvider}; {@link #name()} is what
 * scenario files write after {@code policy:}.
 */
public interface PolicyProvider {

    String name();

    /**
     * Reads and validates the parameters. Invalid values are reported by throwing the exception
     * made by {@link PolicyParameters#error}, so that the user sees where in the file they are.
     */
    BlockingPolicy create(String id, PolicyParameters parameters);
}
