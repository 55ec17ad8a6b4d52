package org.corridorsim.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What every executor needs: the units, by index, the experiment seed and the bound on events
 * per replication. Broadcast once per job.
 *
 * @param eventBudget events one replication may handle in all, or 0 for the model's default
 */
record Job(List<Unit> units, long seed, long eventBudget) implements Serializable {

    Job {
        units = List.copyOf(units);
        if (eventBudget < 0) {
            throw new IllegalArgumentException("event budget must be at least 1, got " + eventBudget);
        }
    }
}
