package org.corridorsim.policy;

/**
 * A blocking policy at work in one replication. It holds that replication's state (quota
 * counts, scheduled closures) and is used by one thread only.
 */
@FunctionalInterface
public interface Enforcement {

    /**
     * Decides on a group at a stage; must be fast and should not allocate, since it runs once per
     * group and stage.
     *
     * @param stage where the group is
     * @param group the group, valid only during this call
     * @return the decision, typically one of the shared constants of {@link Decision}
     */
    Decision decide(Stage stage, GroupView group);
}
