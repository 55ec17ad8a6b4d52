package org.corridorsim.model;

import org.corridorsim.kernel.Simulator;
import org.corridorsim.random.RandomStreams;

/**
 * The evacuation model for one configuration. Immutable and thread-safe: each call to
 * {@link #replicate} builds its own kernel and state, and draws only from the streams of its
 * replication index, so results do not depend on which thread runs which replication.
 */
public final class EvacuationModel {

    private final Evacuation evacuation;
    private final MetricNames names;
    private final long eventsAtOneInstant;
    private final long eventBudget;

    public EvacuationModel(Evacuation evacuation) {
        this(evacuation, Simulator.DEFAULT_EVENTS_AT_ONE_INSTANT, Simulator.DEFAULT_EVENT_BUDGET);
    }

    private EvacuationModel(Evacuation evacuation, long eventsAtOneInstant, long eventBudget) {
        this.evacuation = evacuation;
        this.names = new MetricNames(evacuation);
        this.eventsAtOneInstant = eventsAtOneInstant;
        this.eventBudget = eventBudget;
    }

    /**
     * The same model with other bounds on the events of one replication: at one simulated
     * instant, and in all. A replication that goes over either fails, naming the instant and
     * the component involved.
     */
    public EvacuationModel limitEvents(long atOneInstant, long total) {
        if (atOneInstant < 1 || total < 1) {
            throw new IllegalArgumentException(
                    "event limits must be at least 1, got " + atOneInstant + " at one instant and " + total + " in all");
        }
        return new EvacuationModel(evacuation, atOneInstant, total);
    }

    /** {@return the bound on events of one replication in all} */
    public long eventBudget() {
        return eventBudget;
    }

    public Evacuation evacuation() {
        return evacuation;
    }

    public MetricNames metricNames() {
        return names;
    }

    public Outcome replicate(RandomStreams streams, int replication) {
        return new ModelRun(evacuation, names, streams.forReplication(replication))
                .limitEvents(eventsAtOneInstant, eventBudget).run(replication);
    }
}
