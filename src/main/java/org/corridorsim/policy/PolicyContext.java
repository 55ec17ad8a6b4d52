package org.corridorsim.policy;

import org.apache.commons.rng.UniformRandomProvider;
import org.corridorsim.kernel.Simulator;

/** What the model offers a policy during one replication. */
public interface PolicyContext {

    Simulator simulator();

    /** A random stream of this replication reserved for {@code purpose} (policies prefix it with their id). */
    UniformRandomProvider stream(String purpose);

    /** Index of the corridor with this id. */
    int corridorIndex(String corridorId);

    /** Closes a corridor: arriving groups are refused; queued groups stay, or disperse if asked. */
    void closeCorridor(int corridor, boolean disperseQueued);

    /** Lifts a closure made by {@link #closeCorridor}. */
    void reopenCorridor(int corridor);
}
