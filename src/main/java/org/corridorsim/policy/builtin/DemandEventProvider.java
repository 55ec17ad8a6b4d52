package org.corridorsim.policy.builtin;

import java.util.Optional;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.PolicyParameters;
import org.corridorsim.policy.PolicyProvider;

/**
 * {@code policy: demand-event} with at (a local date-time), populations (default all), intent (the
 * new share that leaves), over (how long extra departures take to set out, default 1 day) and
 * corridors (the corridors open to the populations from then on). At least one of intent and
 * corridors.
 */
public final class DemandEventProvider implements PolicyProvider {

    @Override
    public String name() {
        return "demand-event";
    }

    @Override
    public BlockingPolicy create(String id, PolicyParameters parameters) {
        double at = parameters.time("at");
        var populations = parameters.populations("populations");
        Optional<Double> intent = parameters.has("intent") ? Optional.of(parameters.probability("intent"))
                : Optional.empty();
        double over = parameters.has("over") ? parameters.duration("over") : 86_400;
        if (!(over > 0)) {
            throw parameters.error("over", "must be a positive duration, got 0");
        }
        var corridors = parameters.corridors("corridors");
        if (intent.isEmpty() && corridors.isEmpty()) {
            throw parameters.error("at", "a demand event changes intent, corridors or both; give intent: or corridors:");
        }
        return new DemandEvent(id, populations, at, parameters.timeText("at"), intent, over, corridors);
    }
}
