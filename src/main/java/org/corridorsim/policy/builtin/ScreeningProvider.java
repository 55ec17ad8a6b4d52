package org.corridorsim.policy.builtin;

import java.util.Optional;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.Decision.Verdict;
import org.corridorsim.policy.PolicyParameters;
import org.corridorsim.policy.PolicyProvider;
import org.corridorsim.policy.Stage;

/**
 * {@code policy: screening} with applies-to (kinds, default all), corridors (default all) and
 * probability: the share of those groups detained at the checkpoint. It is an interception fixed
 * at the checkpoint with the outcome detain, named for what analysts call it.
 */
public final class ScreeningProvider implements PolicyProvider {

    @Override
    public String name() {
        return "screening";
    }

    @Override
    public BlockingPolicy create(String id, PolicyParameters parameters) {
        var kinds = InterceptionProvider.nonEmptyKinds(parameters, "applies-to");
        var corridors = parameters.corridors("corridors");
        var schedule = parameters.probabilitySchedule("probability");
        return new Interception(id, kinds, Stage.CHECKPOINT, corridors, schedule.value(0), Verdict.DETAIN,
                Optional.empty(), parameters.populations("populations"), parameters.stations("at"), schedule,
                parameters.attributes("attributes"));
    }
}
