package org.corridorsim.random;

import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/** The random streams of one replication of an experiment; see {@link RandomStreams}. */
public record ReplicationStreams(RandomStreams experiment, int replication) {

    public ReplicationStreams {
        Objects.requireNonNull(experiment, "experiment");
        RandomStreams.requireReplication(replication);
    }

    /** The same stream as {@code experiment().stream(replication(), purpose)}. */
    public UniformRandomProvider stream(String purpose) {
        return experiment.stream(replication, purpose);
    }

    /** The same stream as {@code experiment().groupStream(replication(), purpose)}. */
    public GroupStream groupStream(String purpose) {
        return experiment.groupStream(replication, purpose);
    }
}
