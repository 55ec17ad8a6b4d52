package org.corridorsim.policy;

import org.apache.commons.rng.UniformRandomProvider;
import org.corridorsim.kernel.Simulator;
import org.corridorsim.random.GroupStream;

/** What the model offers a policy during one replication. */
public interface PolicyContext {

    Simulator simulator();

    /**
     * A random stream of this replication reserved for {@code purpose} (policies prefix it with
     * their id), drawn in event order: for randomness that is not about one group, such as a
     * disruption's schedule.
     */
    UniformRandomProvider stream(String purpose);

    /**
     * A per-group stream reserved for {@code purpose} (policies prefix it with their id). Before
     * each call to {@link Enforcement#decide} the model moves it to the draws of the group being
     * decided on, keyed by (population, group index, attempt, decision number), so a decision
     * about a group does not depend on the order of events or on other policies' decisions.
     */
    GroupStream groupStream(String purpose);

    /** {@return number of corridors; their indexes run from 0 to this minus one} */
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
