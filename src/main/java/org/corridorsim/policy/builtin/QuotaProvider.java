package org.corridorsim.policy.builtin;

import java.util.List;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.PolicyParameters;
import org.corridorsim.policy.PolicyProvider;

/**
 * {@code policy: quota} with corridors (default all), per-hour (persons per clock hour through
 * each listed corridor, at least 1) and outcome (delay | turn-back, default delay: held until the
 * next hour).
 */
public final class QuotaProvider implements PolicyProvider {

    @Override
    public String name() {
        return "quota";
    }

    @Override
    public BlockingPolicy create(String id, PolicyParameters parameters) {
        var corridors = parameters.corridors("corridors");
        long perHour = parameters.integer("per-hour", 1);
        String outcome = parameters.choice("outcome", List.of("delay", "turn-back"), "delay");
        return new Quota(id, corridors, perHour, outcome.equals("turn-back"));
    }
}
