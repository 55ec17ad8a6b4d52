package org.corridorsim.policy;

/**
 * A blocking policy of the controlling forces, as configured in a scenario. Instances are
 * immutable and shared by all replications; {@link #start} gives each replication its own
 * {@link Enforcement}.
 */
public interface BlockingPolicy {

    /** {@return the id given in the scenario; blocked persons are counted under it} */
    String id();

    /**
     * Starts the policy in one replication.
     *
     * @param context what the model offers this replication: clock, random streams, corridors
     * @return the replication's own enforcement, holding its state
     */
    Enforcement start(PolicyContext context);

    /**
     * How the policy works, in one line for reports: e.g. {@code "turns back everyone from 19:00
     * to 08:00"}. Reports show it instead of the object's {@code toString}.
     *
     * @return the description; the default names the class
     */
    default String describe() {
        Class<?> type = getClass();
        return (type.getSimpleName().isEmpty() ? type.getName() : type.getSimpleName()) + " policy";
    }
}
