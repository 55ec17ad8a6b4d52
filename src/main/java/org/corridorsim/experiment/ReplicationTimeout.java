package org.corridorsim.experiment;

import java.time.Duration;

/** A replication ran longer than {@link Experiment#replicationTimeout}; its thread is abandoned. */
public final class ReplicationTimeout extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ReplicationTimeout(int replication, Duration limit) {
        super("replication " + replication + " ran longer than the replication timeout of " + describe(limit)
                + "; a blocking policy may loop or sleep", null, false, false);
    }

    static String describe(Duration limit) {
        long millis = limit.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }
}
