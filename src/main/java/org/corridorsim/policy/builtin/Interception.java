package org.corridorsim.policy.builtin;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.Decision;
import org.corridorsim.policy.Decision.Verdict;
import org.corridorsim.policy.DistributionSchedule;
import org.corridorsim.policy.Enforcement;
import org.corridorsim.policy.GroupView;
import org.corridorsim.policy.Kind;
import org.corridorsim.policy.PolicyContext;
import org.corridorsim.policy.Schedule;
import org.corridorsim.policy.Stage;
import org.corridorsim.random.Distribution;
import org.corridorsim.random.Sampler;

/**
 * Stops each group of the given kinds at one stage with a fixed probability: exits held by
 * armed groups, patrols on the approach, arrests at a checkpoint. The draws come from the
 * policy's own per-group stream, so a group's fate under this policy does not change when other
 * policies are added or removed, or when events happen in another order.
 *
 * @param corridors the corridors watched, or empty for all; only possible once groups have
 *                  chosen a corridor, that is at the approach or the checkpoint
 * @param delay     how long a stopped group is held; present exactly when the outcome is DELAY; each hold
 *                  is drawn from the piece in force when the group is stopped
 */
record Interception(
        String id,
        Set<Kind> kinds,
        Stage stage,
        Optional<List<String>> corridors,
        double probability,
        Verdict outcome,
        Optional<DistributionSchedule> delay,
        Optional<List<String>> populations,
        Optional<List<String>> stations,
        Schedule schedule,
        Optional<List<String>> attributes) implements BlockingPolicy, Worded {

    /** An interception of every population, wherever its stage is, with a fixed probability. */
    Interception(String id, Set<Kind> kinds, Stage stage, Optional<List<String>> corridors, double probability,
            Verdict outcome, Optional<Distribution> delay) {
        this(id, kinds, stage, corridors, probability, outcome, delay.map(DistributionSchedule::constant),
                Optional.empty(), Optional.empty(),
                Schedule.constant(probability), Optional.empty());
    }

    public Interception {
        kinds = Set.copyOf(kinds);
        java.util.Objects.requireNonNull(schedule, "schedule");
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("interception probability must be between 0 and 1, got " + probability);
        }
        if (outcome == Verdict.PASS) {
            throw new IllegalArgumentException("interception outcome must stop the group: TURN_BACK, DETAIN or DELAY");
        }
        if ((outcome == Verdict.DELAY) != delay.isPresent()) {
            throw new IllegalArgumentException("an interception has a delay exactly when its outcome is DELAY, got "
                    + outcome + (delay.isPresent() ? " with" : " without") + " a delay");
        }
        if (stage == Stage.DEPARTURE && corridors.isPresent()) {
            throw new IllegalArgumentException("an interception at departure cannot watch corridors " + corridors.get()
                    + ": groups choose a corridor after they leave");
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
        return List.of("interception", Wording.kinds(kinds) + populations.map(p -> " of " + String.join(", ", p)).orElse("")
                        + attributes.map(a -> " with " + String.join(", ", a)).orElse(""),
                stage.id() + corridors.map(c -> " at " + String.join(", ", c)).orElse("")
                        + stations.map(st -> " (stations " + String.join(", ", st) + ")").orElse(""),
                "probability " + Wording.pieces(schedule) + ", " + Wording.verdict(outcome)
                        + delay.map(d -> " for " + Wording.durations(d)).orElse(""));
    }

    @Override
    public Enforcement start(PolicyContext context) {
        return new AtWork(this, context);
    }

    private static final class AtWork implements Enforcement {

        private final Stage stage;
        private final boolean[] kinds = new boolean[Kind.values().length];
        private final CorridorSet corridors;
        private final double probability;
        private final UniformRandomProvider rng;
        private final Decision stop;
        private final Sampler delay;
        private final boolean delays;
        private final Selector selector;
        private final boolean selects;
        private final Schedule schedule;
        private final boolean varies;
        private final org.corridorsim.kernel.Simulator simulator;

        AtWork(Interception policy, PolicyContext context) {
            stage = policy.stage;
            for (Kind kind : policy.kinds) {
                kinds[kind.ordinal()] = true;
            }
            corridors = CorridorSet.resolve(policy.corridors, context);
            probability = policy.probability;
            rng = context.groupStream(policy.id);
            delays = policy.outcome == Verdict.DELAY;
            stop = policy.outcome == Verdict.DETAIN ? Decision.DETAIN : Decision.TURN_BACK;
            simulator = context.simulator();
            delay = policy.delay.map(d -> d.sampler(rng, simulator::now)).orElse(() -> 0);
            selects = policy.populations.isPresent() || policy.stations.isPresent() || policy.attributes.isPresent();
            selector = selects ? new Selector(policy.populations, policy.stations, policy.attributes, context) : null;
            schedule = policy.schedule;
            varies = schedule.varies();
        }

        @Override
        public Decision decide(Stage at, GroupView group) {
            if (at != stage || !kinds[group.kind().ordinal()] || !corridors.contains(group.corridor())
                    || selects && !selector.selects(group)) {
                return Decision.PASS;
            }
            double p = varies ? schedule.at(simulator.now()) : probability;
            if (p <= 0 || (p < 1 && rng.nextDouble() >= p)) {
                // probability 0 or 1 needs no draw
                return Decision.PASS;
            }
            // Some distributions (uniform, empirical) may reach below zero; a hold cannot.
            return delays ? Decision.delay(Math.max(0, delay.sample())) : stop;
        }
    }
}
