package org.corridorsim.policy.builtin;

import java.util.List;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.PolicyParameters;
import org.corridorsim.policy.PolicyProvider;

/** {@code policy: composite} with policies: a list of policy entries, applied in order. */
public final class CompositeProvider implements PolicyProvider {

    @Override
    public String name() {
        return "composite";
    }

    @Override
    public BlockingPolicy create(String id, PolicyParameters parameters) {
        List<BlockingPolicy> policies = parameters.policies("policies");
        if (policies.isEmpty()) {
            throw parameters.error("policies", "must list at least one policy, got none");
        }
        return new Composite(id, policies);
    }
}
