package org.corridorsim.policy;

import org.apache.commons.rng.UniformRandomProvider;
import org.corridorsim.kernel.Simulator;

/** What the model offers a policy during one replication. */
public interface PolicyContext {

    Simulator simulator();

    /** A random stream of this replication reserved for {@code purpose} (policies prefix it with their id). */
    UniformRandomProvider stream(String purpose);

    /** Number of corridors; their indexes run from 0 to this minus one. */
    int corridorCount();

    /** Index of the corridor with this id. */
    int corridorIndex(String corridorId);

    /**
     * Closes a corridor: arriving groups are refused and screening pauses; queued groups stay, or
     * disperse if asked. Closures by several policies overlap, so the model counts them.
     */
    void closeCorridor(int corridor, boolean disperseQueued);

    /** Lifts one closure made by {@link #closeCorridor}; the corridor opens when none is left. */
    void reopenCorridor(int corridor);
}
