package org.corridorsim.policy.builtin;

import java.util.List;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.PolicyParameters;
import org.corridorsim.policy.PolicyProvider;
import org.corridorsim.policy.Schedule;

/**
 * {@code policy: quota} with corridors (default all), per-hour (persons per clock hour through
 * each listed corridor, at least 1; a list of values with the entry's schedule changes it over
 * time, the value of each hour being the one in force when the hour starts) and outcome (delay | turn-back, default delay: held until the
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
        Schedule perHour = parameters.integerSchedule("per-hour", 1);
        String outcome = parameters.choice("outcome", List.of("delay", "turn-back"), "delay");
        return new Quota(id, corridors, (long) perHour.value(0), outcome.equals("turn-back"), perHour);
    }
}
