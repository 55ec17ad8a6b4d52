package org.corridorsim.model;

import java.util.List;
import org.corridorsim.policy.BlockingPolicy;

/**
 * Everything one replication of the evacuation model needs: the horizon in seconds, the
 * populations, the corridors, routing, behaviour at closing time and the blocking policies
 * (applied in order).
 *
 * @param horizon simulated time, in seconds, positive and finite
 * @param populations the people who may leave
 * @param corridors the ways out
 * @param routing how a group picks a corridor
 * @param onWindowClose what happens to queued groups when a corridor's window closes
 * @param blocking the blocking policies, applied in order
 * @param binWidth the width of the throughput bins, in seconds, positive
 * @param eventSet the pending-event set replications run on; results do not depend on it
 * @param recording the counts recorded at observation times, all before the horizon
 */
public record Evacuation(
        double horizon,
        List<Population> populations,
        List<Corridor> corridors,
        Routing routing,
        OnWindowClose onWindowClose,
        List<BlockingPolicy> blocking,
        double binWidth,
        EventSetChoice eventSet,
        CountRecording recording) {

    /**
     * Checks the components.
     *
     * @param horizon simulated time, in seconds, positive and finite
     * @param populations the people who may leave
     * @param corridors the ways out
     * @param routing how a group picks a corridor
     * @param onWindowClose what happens to queued groups when a corridor's window closes
     * @param blocking the blocking policies, applied in order
     * @param binWidth the width of the throughput bins, in seconds, positive
     * @param eventSet the pending-event set replications run on; results do not depend on it
     * @param recording the counts recorded at observation times, all before the horizon
     */
    public Evacuation {
        if (!(horizon > 0) || Double.isInfinite(horizon)) {
            throw new IllegalArgumentException("horizon must be positive and finite, got " + horizon);
        }
        if (!(binWidth > 0)) {
            throw new IllegalArgumentException("bin width must be positive, got " + binWidth);
        }
        populations = List.copyOf(populations);
        corridors = List.copyOf(corridors);
        blocking = List.copyOf(blocking);
        java.util.Objects.requireNonNull(eventSet, "eventSet");
        if (!recording.times().isEmpty() && !(recording.times().get(recording.times().size() - 1) < horizon)) {
            throw new IllegalArgumentException("counts are recorded before the horizon " + horizon + ", got "
                    + recording.times());
        }
    }

    /**
     * An evacuation that records no counts on the way.
     *
     * @param horizon simulated time, in seconds, positive and finite
     * @param populations the people who may leave
     * @param corridors the ways out
     * @param routing how a group picks a corridor
     * @param onWindowClose what happens to queued groups when a corridor's window closes
     * @param blocking the blocking policies, applied in order
     * @param binWidth the width of the throughput bins, in seconds, positive
     * @param eventSet the pending-event set replications run on; results do not depend on it
     */
    public Evacuation(double horizon, List<Population> populations, List<Corridor> corridors, Routing routing,
            OnWindowClose onWindowClose, List<BlockingPolicy> blocking, double binWidth, EventSetChoice eventSet) {
        this(horizon, populations, corridors, routing, onWindowClose, blocking, binWidth, eventSet,
                CountRecording.NONE);
    }

    /**
     * An evacuation whose event set is chosen by the expected number of pending events.
     *
     * @param horizon simulated time, in seconds, positive and finite
     * @param populations the people who may leave
     * @param corridors the ways out
     * @param routing how a group picks a corridor
     * @param onWindowClose what happens to queued groups when a corridor's window closes
     * @param blocking the blocking policies, applied in order
     * @param binWidth the width of the throughput bins, in seconds, positive
     */
    public Evacuation(double horizon, List<Population> populations, List<Corridor> corridors, Routing routing,
            OnWindowClose onWindowClose, List<BlockingPolicy> blocking, double binWidth) {
        this(horizon, populations, corridors, routing, onWindowClose, blocking, binWidth, EventSetChoice.AUTO,
                CountRecording.NONE);
    }

    /**
     * The same evacuation with other blocking policies.
     *
     * @param policies the blocking policies, applied in order
     * @return a copy with those policies
     */
    public Evacuation withBlocking(List<BlockingPolicy> policies) {
        return new Evacuation(horizon, populations, corridors, routing, onWindowClose, policies, binWidth, eventSet,
                recording);
    }

    /**
     * The same evacuation on another event set; results do not change.
     *
     * @param choice the pending-event set replications run on
     * @return a copy with that choice
     */
    public Evacuation withEventSet(EventSetChoice choice) {
        return new Evacuation(horizon, populations, corridors, routing, onWindowClose, blocking, binWidth, choice,
                recording);
    }

    /**
     * The same evacuation with other populations.
     *
     * @param others the people who may leave
     * @return a copy with those populations
     */
    public Evacuation withPopulations(List<Population> others) {
        return new Evacuation(horizon, others, corridors, routing, onWindowClose, blocking, binWidth, eventSet,
                recording);
    }

    /**
     * The same evacuation recording other counts on the way; results do not change.
     *
     * @param counts the counts to record at observation times, all before the horizon
     * @return a copy with that recording
     */
    public Evacuation withRecording(CountRecording counts) {
        // compared by parts: a record's own equals builds method handles at its first call
        boolean same = counts.metrics().equals(recording.metrics()) && counts.times().equals(recording.times());
        return same ? this
                : new Evacuation(horizon, populations, corridors, routing, onWindowClose, blocking, binWidth, eventSet,
                        counts);
    }
}
