package org.corridorsim.policy;

import org.apache.commons.rng.UniformRandomProvider;
import org.corridorsim.kernel.Simulator;
import org.corridorsim.random.GroupStream;

/** What the model offers a policy during one replication. */
public interface PolicyContext {

    /** {@return the replication's simulator, for reading the clock and scheduling events} */
    Simulator simulator();

    /**
     * A random stream of this replication reserved for {@code purpose}, drawn in event order: for
     * randomness that is not about one group, such as a disruption's schedule.
     *
     * @param purpose prefixed with the policy's id, so policies do not share streams
     * @return the stream; the same purpose gives the same numbers for the same seed and replication
     */
    UniformRandomProvider stream(String purpose);

    /**
     * A per-group stream reserved for {@code purpose}. Before each call to
     * {@link Enforcement#decide} the model moves it to the draws of the group being decided on,
     * keyed by (population, group index, attempt, decision number), so a decision about a group does
     * not depend on the order of events or on other policies' decisions.
     *
     * @param purpose prefixed with the policy's id
     * @return the stream
     */
    GroupStream groupStream(String purpose);

    /** {@return number of corridors; their indexes run from 0 to this minus one} */
    int corridorCount();

    /**
     * Index of the corridor with this id.
     *
     * @param corridorId an id from the scenario's {@code corridors}
     * @return its index, from 0 to {@link #corridorCount()} minus one
     */
    int corridorIndex(String corridorId);

    /**
     * Closes a corridor: arriving groups are refused and screening pauses. Closures by several
     * policies overlap, so the model counts them.
     *
     * @param corridor its index
     * @param disperseQueued true to send queued groups away, false to let them wait
     */
    void closeCorridor(int corridor, boolean disperseQueued);

    /**
     * Lifts one closure made by {@link #closeCorridor}; the corridor opens when none is left.
     *
     * @param corridor its index
     */
    void reopenCorridor(int corridor);
}
