package org.corridorsim.spark;

import java.io.Serializable;
import java.util.List;

/** What every executor needs: the units, by index, and the experiment seed. Broadcast once per job. */
record Job(List<Unit> units, long seed) implements Serializable {

    Job {
        units = List.copyOf(units);
    }
}
