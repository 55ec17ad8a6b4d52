package org.corridorsim.spark;

import java.io.Serializable;

/**
 * Called on the executor before each replication, with the task's attempt number. Tests use it
 * to fail a task once and check that Spark's retry leaves the results unchanged.
 */
@FunctionalInterface
interface Fault extends Serializable {

    Fault NONE = (attempt, unit, replication) -> { };

    void before(int attempt, int unit, int replication);
}
