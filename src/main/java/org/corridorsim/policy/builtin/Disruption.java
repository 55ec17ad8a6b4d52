package org.corridorsim.policy.builtin;

import java.util.List;
import java.util.Optional;
import org.corridorsim.kernel.EventHandler;
import org.corridorsim.kernel.Simulator;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.Decision;
import org.corridorsim.policy.DistributionSchedule;
import org.corridorsim.policy.Enforcement;
import org.corridorsim.policy.GroupView;
import org.corridorsim.policy.PolicyContext;
import org.corridorsim.policy.Stage;
import org.corridorsim.random.Distribution;
import org.corridorsim.random.Sampler;

/**
 * Shelling or sniper fire near corridors: the listed corridors close together for a random
 * while ({@code lasts}), then stay open for a random while ({@code every}), over and over. The
 * first closure comes after one {@code every}. In the long run the corridors are closed a share
 * E[lasts] / (E[every] + E[lasts]) of the time.
 *
 * <p>All listed corridors close together because the fire that closes one usually reaches its
 * neighbours; for independent disruptions, write one entry per corridor.
 *
 * <p>Groups that reach a closed corridor are turned back by this policy, so that the model
 * counts them under its id; the closure itself (paused screening, dispersed queues) goes
 * through {@link PolicyContext#closeCorridor}.
 *
 * <p>A disruption that holds turns nobody back: arriving groups queue, and loaded shuttles and
 * convoys wait until it ends, as buses waited loaded in Aleppo in December 2016.
 *
 * <p>With a schedule, each spell's length is drawn from the piece in force when the spell starts:
 * the time to the first closure from the piece in force at the start of the run, each closure's
 * length from the piece in force when it closes, and each open spell's from the piece in force
 * when it reopens. A spell that started under one piece runs its full length into the next.
 *
 * <p>The cycle never ends by itself: the model runs each replication up to its horizon.
 */
record Disruption(
        String id,
        Optional<List<String>> corridors,
        DistributionSchedule every,
        DistributionSchedule lasts,
        boolean disperseQueued,
        boolean hold) implements BlockingPolicy, Worded {

    /** Closing and reopening run before other events at the same instant, so groups see the new state. */
    static final int CLOSURE_PRIORITY = -1;

    /** A disruption that turns back arriving groups and lets vehicles leave. */
    Disruption(String id, Optional<List<String>> corridors, Distribution every, Distribution lasts,
            boolean disperseQueued) {
        this(id, corridors, DistributionSchedule.constant(every), DistributionSchedule.constant(lasts),
                disperseQueued, false);
    }

    public Disruption {
        for (DistributionSchedule times : List.of(every, lasts)) {
            for (int i = 0; i < times.pieces(); i++) {
                if (!(times.piece(i).mean() > 0)) {
                    throw new IllegalArgumentException("a disruption needs positive mean times, got "
                            + (times == every ? "every" : "lasts") + " with mean " + times.piece(i).mean());
                }
            }
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
        return List.of("disruption", Wording.EVERYONE, Wording.corridors(corridors),
                "closes for " + Wording.durations(lasts) + ", open between for " + Wording.durations(every) + "; "
                        + (hold ? Wording.HOLDS : Wording.queued(disperseQueued)));
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
        private final Sampler every;
        private final Sampler lasts;
        private final boolean disperseQueued;
        private final boolean hold;
        private boolean closed;

        AtWork(Disruption policy, PolicyContext context) {
            this.context = context;
            simulator = context.simulator();
            set = CorridorSet.resolve(policy.corridors, context);
            var rng = context.stream(policy.id);
            every = policy.every.sampler(rng, simulator::now);
            lasts = policy.lasts.sampler(rng, simulator::now);
            disperseQueued = policy.disperseQueued;
            hold = policy.hold;
            simulator.scheduleAfter(nonNegative(every), CLOSURE_PRIORITY, this, CLOSE);
        }

        @Override
        public void handle(int event) {
            closed = event == CLOSE;
            if (closed) {
                set.close(context, disperseQueued, hold);
            } else {
                set.reopen(context, hold);
            }
            Sampler wait = closed ? lasts : every;
            simulator.scheduleAfter(nonNegative(wait), CLOSURE_PRIORITY, this, closed ? REOPEN : CLOSE);
        }

        @Override
        public Decision decide(Stage stage, GroupView group) {
            return closed && !hold && stage == Stage.APPROACH && set.contains(group.corridor())
                    ? Decision.TURN_BACK
                    : Decision.PASS;
        }

        private static double nonNegative(Sampler sampler) {
            return Math.max(0, sampler.sample());
        }
    }
}
