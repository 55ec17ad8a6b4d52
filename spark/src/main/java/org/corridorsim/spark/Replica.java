package org.corridorsim.spark;

import java.io.Serializable;
import org.corridorsim.model.Outcome;

/**
 * What an executor sends back for one replication: its outcome, or why it failed. A failure is
 * data rather than a thrown exception, so that Spark does not retry a replication that fails the
 * same way every time, and the driver can report it in index order.
 *
 * @param failure empty for a completed replication, else the message naming where it failed
 */
record Replica(int unit, int replication, double[] values, double[][] throughput, long events, String failure)
        implements Serializable {

    static Replica of(int unit, Outcome outcome) {
        return new Replica(unit, outcome.replication(), outcome.values(), outcome.throughput(), outcome.events(), "");
    }

    static Replica failed(int unit, int replication, String failure) {
        return new Replica(unit, replication, new double[0], new double[0][], 0, failure);
    }

    boolean failed() {
        return !failure.isEmpty();
    }

    Outcome outcome() {
        if (failed()) {
            throw new IllegalStateException("replication " + replication + " failed: " + failure);
        }
        return new Outcome(replication, values, throughput, events);
    }
}
