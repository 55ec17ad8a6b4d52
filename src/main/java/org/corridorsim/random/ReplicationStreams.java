package org.corridorsim.random;

import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The random streams of one replication of an experiment; see {@link RandomStreams}.
 *
 * @param experiment the experiment's streams
 * @param replication 0-based replication index, non-negative
 */
public record ReplicationStreams(RandomStreams experiment, int replication) {

    /**
     * Checks the components.
     *
     * @param experiment the experiment's streams
     * @param replication 0-based replication index, non-negative
     * @throws IllegalArgumentException if {@code replication} is negative
     */
    public ReplicationStreams {
        Objects.requireNonNull(experiment, "experiment");
        RandomStreams.requireReplication(replication);
    }

    /**
     * The same stream as {@code experiment().stream(replication(), purpose)}.
     *
     * @param purpose what the stream drives; not blank
     * @return a new generator
     */
    public UniformRandomProvider stream(String purpose) {
        return experiment.stream(replication, purpose);
    }

    /**
     * The same stream as {@code experiment().groupStream(replication(), purpose)}.
     *
     * @param purpose what the stream drives; not blank
     * @return a new per-group stream
     */
    public GroupStream groupStream(String purpose) {
        return experiment.groupStream(replication, purpose);
    }
}
