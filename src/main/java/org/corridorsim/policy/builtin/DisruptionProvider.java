package org.corridorsim.policy.builtin;

import java.util.List;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.PolicyParameters;
import org.corridorsim.policy.PolicyProvider;
import org.corridorsim.random.Distribution;

/**
 * {@code policy: disruption} with corridors (default all), every (time between disruptions),
 * lasts (duration of each) and queued (stay | disperse | hold, default stay: what groups already
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
        Distribution every = positiveMean(parameters, "every");
        Distribution lasts = positiveMean(parameters, "lasts");
        String queued = parameters.choice("queued", List.of("stay", "disperse", "hold"), "stay");
        return new Disruption(id, corridors, every, lasts, queued.equals("disperse"), queued.equals("hold"));
    }

    private static Distribution positiveMean(PolicyParameters parameters, String key) {
        Distribution distribution = parameters.distribution(key);
        if (!(distribution.mean() > 0)) {
            throw parameters.error(key, "must have a positive mean, got " + distribution.mean() + " s");
        }
        return distribution;
    }
}
