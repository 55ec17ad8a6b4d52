package org.corridorsim.model;

import org.corridorsim.random.RandomStreams;

/**
 * The evacuation model for one configuration. Immutable and thread-safe: each call to
 * {@link #replicate} builds its own kernel and state, and draws only from the streams of its
 * replication index, so results do not depend on which thread runs which replication.
 */
public final class EvacuationModel {

    private final Evacuation evacuation;
    private final MetricNames names;

    public EvacuationModel(Evacuation evacuation) {
        this.evacuation = evacuation;
        this.names = new MetricNames(evacuation);
    }

    public Evacuation evacuation() {
        return evacuation;
    }

    public MetricNames metricNames() {
        return names;
    }

    public Outcome replicate(RandomStreams streams, int replication) {
        return new ModelRun(evacuation, names, streams.forReplication(replication)).run(replication);
    }
}
