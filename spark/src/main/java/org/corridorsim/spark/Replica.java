package org.corridorsim.spark;

import java.io.Serializable;
import org.corridorsim.model.Outcome;

/**
 * What an executor sends back for one replication: its outcome, or how it failed. A failure is
 * data rather than a thrown exception, so that Spark does not retry a replication that fails the
 * same way every time, the driver can report it in index order, and an exception class of a
 * plugin need not load on the driver.
 *
 * @param outcome the replication's outcome; null for a failure
 * @param type the failure's exception class name; empty for a completed replication
 * @param message the failure's message; may be null
 * @param trace where it failed
 * @param timedOut whether it ran longer than the replication timeout
 */
record Replica(int unit, int replication, Outcome outcome, String type, String message, StackTraceElement[] trace,
        boolean timedOut) implements Serializable {

    static Replica of(int unit, Outcome outcome) {
        return new Replica(unit, outcome.replication(), outcome, "", null,
                new StackTraceElement[0], false);
    }

    static Replica failed(int unit, int replication, Throwable e) {
        return new Replica(unit, replication, null, e.getClass().getName(), e.getMessage(), e.getStackTrace(), false);
    }

    static Replica timedOut(int unit, int replication) {
        return new Replica(unit, replication, null, "", null, new StackTraceElement[0], true);
    }

    boolean failed() {
        return outcome == null;
    }
}
