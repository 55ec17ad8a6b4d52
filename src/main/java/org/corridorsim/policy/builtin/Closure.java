package org.corridorsim.policy.builtin;

import java.util.List;
import java.util.Optional;
import org.corridorsim.kernel.EventHandler;
import org.corridorsim.kernel.Simulator;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.Decision;
import org.corridorsim.policy.Enforcement;
import org.corridorsim.policy.GroupView;
import org.corridorsim.policy.PolicyContext;
import org.corridorsim.policy.Stage;

/**
 * The listed corridors are shut over [from, to), in seconds from the scenario start. Groups
 * reaching them, or about to be screened there, in that span are turned back by this policy;
 * the closure itself goes through {@link PolicyContext#closeCorridor} so that queued groups
 * stop being screened (and disperse, if asked). A closure that holds turns nobody back: arriving
 * groups queue, and loaded shuttles and convoys wait until it ends.
 */
record Closure(
        String id,
        Optional<List<String>> corridors,
        double from,
        double to,
        String span,
        boolean disperseQueued,
        boolean hold) implements BlockingPolicy, Worded {

    /** A closure that turns back arriving groups and lets vehicles leave. */
    Closure(String id, Optional<List<String>> corridors, double from, double to, String span, boolean disperseQueued) {
        this(id, corridors, from, to, span, disperseQueued, false);
    }

    /** A closure described by its span after the start, for policies built in code. */
    Closure(String id, Optional<List<String>> corridors, double from, double to, boolean disperseQueued) {
        this(id, corridors, from, to, "from " + Wording.duration(from) + " to " + Wording.duration(to)
                + " after the start", disperseQueued);
    }

    public Closure {
        if (!(from < to) || Double.isNaN(from)) {
            throw new IllegalArgumentException("a closure must end after it starts, got from " + from + " to " + to);
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
        return List.of("closure", Wording.EVERYONE, Wording.corridors(corridors),
                "closed " + span + "; " + (hold ? Wording.HOLDS : Wording.queued(disperseQueued)));
    }

    @Override
    public Enforcement start(PolicyContext context) {
        return new AtWork(this, context);
    }

    private static final class AtWork implements Enforcement, EventHandler {

        private static final int CLOSE = 0;
        private static final int REOPEN = 1;

        private final PolicyContext context;
        private final Simulator simulator;
        private final CorridorSet set;
        private final double from;
        private final double to;
        private final boolean disperseQueued;
        private final boolean hold;

        AtWork(Closure policy, PolicyContext context) {
            this.context = context;
            simulator = context.simulator();
            set = CorridorSet.resolve(policy.corridors, context);
            from = policy.from;
            to = policy.to;
            disperseQueued = policy.disperseQueued;
            hold = policy.hold;
            double now = simulator.now();
            if (to > now) {
                simulator.scheduleAt(Math.max(from, now), Disruption.CLOSURE_PRIORITY, this, CLOSE);
                if (to < Double.POSITIVE_INFINITY) {
                    simulator.scheduleAt(to, Disruption.CLOSURE_PRIORITY, this, REOPEN);
                }
            }
        }

        @Override
        public void handle(int event) {
            if (event == CLOSE) {
                set.close(context, disperseQueued, hold);
            } else {
                set.reopen(context, hold);
            }
        }

        @Override
        public Decision decide(Stage stage, GroupView group) {
            // a closure stops convoys on the road (CONVOY), not their authorisation
            if (hold || stage == Stage.DEPARTURE || stage == Stage.AUTHORISATION || !set.contains(group.corridor())) {
                return Decision.PASS;
            }
            double now = simulator.now();
            return now >= from && now < to ? Decision.TURN_BACK : Decision.PASS;
        }
    }
}
