package org.corridorsim.policy.builtin;

import java.util.List;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.PolicyParameters;
import org.corridorsim.policy.PolicyProvider;

/**
 * {@code policy: closure} with corridors (default all), from and to (local date-times; the
 * corridors are shut from {@code from} up to, not including, {@code to}) and queued (stay |
 * disperse | hold, default stay; hold turns nobody back and keeps loaded shuttles and convoys
 * waiting until the closure ends).
 */
public final class ClosureProvider implements PolicyProvider {

    @Override
    public String name() {
        return "closure";
    }

    @Override
    public BlockingPolicy create(String id, PolicyParameters parameters) {
        var corridors = parameters.corridors("corridors");
        double from = parameters.time("from");
        double to = parameters.time("to");
        if (!(to > from)) {
            throw parameters.error("to", "must be later than from: a closure must end after it starts");
        }
        String queued = parameters.choice("queued", List.of("stay", "disperse", "hold"), "stay");
        String span = parameters.timeText("from") + " to " + parameters.timeText("to");
        return new Closure(id, corridors, from, to, span, queued.equals("disperse"), queued.equals("hold"));
    }
}
