package org.corridorsim.policy;

/**
 * A blocking policy of the controlling forces, as configured in a scenario. Instances are
 * immutable and shared by all replications; {@link #start} gives each replication its own
 * {@link Enforcement}.
 */
public interface BlockingPolicy {

    /** The id given in the scenario; blocked persons are counted under it. */
    String id();

    Enforcement start(PolicyContext context);
}
