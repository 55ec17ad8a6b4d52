package org.corridorsim.policy.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corridorsim.kernel.EventHandler;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.Decision;
import org.corridorsim.policy.Enforcement;
import org.corridorsim.policy.GroupView;
import org.corridorsim.policy.PolicyContext;
import org.corridorsim.policy.Stage;

/**
 * A dated event that changes the conditions of populations from then on: a front line moving, a
 * district falling. It may change their intent to leave (extra departures spread over
 * {@code over} seconds, or fewer of those still to come) and the corridors open to them. It stops
 * no group; written as a policy so that it can be switched on and off like any explanation.
 *
 * @param populations the populations it changes, or empty for all
 * @param at seconds from the scenario start
 * @param when the time as the scenario gives it, for descriptions
 * @param intent the new intent, if it changes
 * @param over seconds over which extra departures spread
 * @param corridors the corridors open to the populations from then on, if they change
 */
record DemandEvent(
        String id,
        Optional<List<String>> populations,
        double at,
        String when,
        Optional<Double> intent,
        double over,
        Optional<List<String>> corridors) implements BlockingPolicy, Worded {

    public DemandEvent {
        if (intent.isEmpty() && corridors.isEmpty()) {
            throw new IllegalArgumentException("a demand event changes intent, corridors or both");
        }
    }

    @Override
    public String describe() {
        return Wording.describe(words());
    }

    @Override
    public List<String> words() {
        List<String> changes = new ArrayList<>();
        intent.ifPresent(i -> changes.add("intent " + Wording.number(i) + " (extra departures over "
                + Wording.duration(over) + ")"));
        corridors.ifPresent(c -> changes.add("corridors open: " + String.join(", ", c)));
        return List.of("demand event", populations.map(p -> String.join(", ", p)).orElse("every population"),
                "from " + when, String.join("; ", changes));
    }

    @Override
    public Enforcement start(PolicyContext context) {
        return new AtWork(this, context);
    }

    private static final class AtWork implements Enforcement, EventHandler {

        private final DemandEvent event;
        private final PolicyContext context;
        private final int[] populations;
        private final int[] corridors;

        AtWork(DemandEvent event, PolicyContext context) {
            this.event = event;
            this.context = context;
            populations = event.populations.map(ids -> ids.stream().mapToInt(context::populationIndex).toArray())
                    .orElseGet(() -> java.util.stream.IntStream.range(0, context.populationCount()).toArray());
            corridors = event.corridors.map(ids -> ids.stream().mapToInt(context::corridorIndex).toArray())
                    .orElse(null);
            double now = context.simulator().now();
            context.simulator().scheduleAt(Math.max(now, event.at), Disruption.CLOSURE_PRIORITY, this, 0);
        }

        @Override
        public void handle(int unused) {
            for (int p : populations) {
                if (corridors != null) {
                    context.changeCorridors(p, corridors);
                }
                event.intent.ifPresent(intent -> context.changeIntent(p, intent, event.over));
            }
        }

        @Override
        public Decision decide(Stage stage, GroupView group) {
            return Decision.PASS;
        }
    }
}
