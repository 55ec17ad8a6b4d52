package org.corridorsim.policy.builtin;

import java.util.List;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.DistributionSchedule;
import org.corridorsim.policy.PolicyParameters;
import org.corridorsim.policy.PolicyProvider;
import org.corridorsim.random.Distribution;

/**
 * {@code policy: disruption} with corridors (default all), every (time between disruptions),
 * lasts (duration of each; both may be lists of distributions with the entry's schedule, each spell
 * drawn from the piece in force when it starts) and queued (stay | disperse | hold, default stay: what groups already
 * waiting at a closed corridor do; hold turns nobody back and keeps loaded shuttles and convoys
 * waiting until the disruption ends).
 */
public final class DisruptionProvider implements PolicyProvider {

    @Override
    public String name() {
        return "disruption";
    }

    @Override
    public BlockingPolicy create(String id, PolicyParameters parameters) {
        var corridors = parameters.corridors("corridors");
        DistributionSchedule every = positiveMeans(parameters, "every");
        DistributionSchedule lasts = positiveMeans(parameters, "lasts");
        String queued = parameters.choice("queued", List.of("stay", "disperse", "hold"), "stay");
        return new Disruption(id, corridors, every, lasts, queued.equals("disperse"), queued.equals("hold"));
    }

    private static DistributionSchedule positiveMeans(PolicyParameters parameters, String key) {
        DistributionSchedule schedule = parameters.distributionSchedule(key);
        for (int i = 0; i < schedule.pieces(); i++) {
            Distribution distribution = schedule.piece(i);
            if (!(distribution.mean() > 0)) {
                throw parameters.error(key, (schedule.pieces() > 1 ? "piece " + i + " " : "")
                        + "must have a positive mean, got " + distribution.mean() + " s");
            }
        }
        return schedule;
    }
}
