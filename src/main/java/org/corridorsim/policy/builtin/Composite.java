package org.corridorsim.policy.builtin;

import java.util.List;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.Decision;
import org.corridorsim.policy.Enforcement;
import org.corridorsim.policy.GroupView;
import org.corridorsim.policy.PolicyContext;
import org.corridorsim.policy.Stage;

/**
 * Several policies acting as one, so that what they stop is counted under one id: they decide
 * in order and the first that does not let the group pass wins; later ones are not asked.
 */
record Composite(String id, List<BlockingPolicy> policies) implements BlockingPolicy, Worded {

    public Composite {
        policies = List.copyOf(policies);
        if (policies.isEmpty()) {
            throw new IllegalArgumentException("a composite policy needs at least one policy, got none");
        }
    }

    /**
     * How the policy works, in one line: its type, whom it stops, where, and how, joined by
     * {@value Wording#SEPARATOR}; reports show the four parts in their own columns.
     */
    @Override
    public String describe() {
        return Wording.describe(words());
    }

    /** Type, whom it stops, where, how. */
    @Override
    public List<String> words() {
        return List.of("composite", "as its parts", "as its parts", "the first of these that stops a group: "
                + policies.stream().map(Wording::part).collect(java.util.stream.Collectors.joining("; ")));
    }

    @Override
    public Enforcement start(PolicyContext context) {
        Enforcement[] parts = new Enforcement[policies.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = policies.get(i).start(context);
        }
        return new AtWork(parts);
    }

    private static final class AtWork implements Enforcement {

        private final Enforcement[] parts;

        AtWork(Enforcement[] parts) {
            this.parts = parts;
        }

        @Override
        public Decision decide(Stage stage, GroupView group) {
            for (Enforcement part : parts) {
                Decision decision = part.decide(stage, group);
                if (!decision.passes()) {
                    return decision;
                }
            }
            return Decision.PASS;
        }
    }
}
