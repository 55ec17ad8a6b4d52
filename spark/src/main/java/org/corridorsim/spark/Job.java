package org.corridorsim.spark;

import java.io.Serializable;
import java.util.List;
import org.corridorsim.cli.ModelSource;

/**
 * What every executor needs: the units whose replications run, by index, the experiment seed
 * and the wall time a replication may take. Broadcast once per job.
 *
 * @param timeoutMillis the replication timeout; 0 for none
 */
record Job(List<ModelSource> units, long seed, long timeoutMillis) implements Serializable {

    Job {
        units = List.copyOf(units);
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("timeout must not be negative, got " + timeoutMillis);
        }
    }
}
