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
 */
public record Evacuation(
        double horizon,
        List<Population> populations,
        List<Corridor> corridors,
        Routing routing,
        OnWindowClose onWindowClose,
        List<BlockingPolicy> blocking,
        double binWidth) {

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
    }
}
