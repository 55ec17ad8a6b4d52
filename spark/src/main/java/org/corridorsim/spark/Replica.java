package org.corridorsim.spark;

import java.io.Serializable;
import org.corridorsim.model.Outcome;

/**
 * What an executor sends back for one replication: its outcome, or why and where it failed. A
 * failure is data rather than a thrown exception, so that Spark does not retry a replication
 * that fails the same way every time, and the driver can report it in index order.
 *
 * @param outcome the replication's outcome; null for a failure, and never seen outside this class then
 * @param failure empty for a completed replication, else what went wrong
 * @param where the code that threw, e.g. a policy's method; may be empty
 */
record Replica(int unit, int replication, Outcome outcome, String failure, String where) implements Serializable {

    static Replica of(int unit, Outcome outcome) {
        return new Replica(unit, outcome.replication(), outcome, "", "");
    }

    static Replica failed(int unit, int replication, String failure, String where) {
        return new Replica(unit, replication, null, failure, where);
    }

    boolean failed() {
        return !failure.isEmpty();
    }

    /** The failure with where it happened, for the user. */
    String describe() {
        return where.isEmpty() ? failure : failure + " (in " + where + ")";
    }
}
