package org.corridorsim.policy.builtin;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.corridorsim.kernel.Simulator;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.Decision;
import org.corridorsim.policy.Enforcement;
import org.corridorsim.policy.GroupView;
import org.corridorsim.policy.PolicyContext;
import org.corridorsim.policy.Schedule;
import org.corridorsim.policy.Stage;

/**
 * At most {@code perHour} persons start screening at each listed corridor per clock hour of
 * simulation time (hours counted from the scenario start, so they are local clock hours when
 * the scenario starts on the hour). A group that would exceed the count is held until the next
 * hour, or turned back.
 *
 * <p>The count may change over time (a schedule): each hour allows the count in force when it
 * starts.
 *
 * <p>A group larger than the whole quota passes when it is the first of its hour, since it could
 * never pass otherwise.
 */
record Quota(String id, Optional<List<String>> corridors, long perHour, boolean turnBack, Schedule schedule)
        implements BlockingPolicy, Worded {

    private static final double HOUR = 3600;

    /** A quota that does not change over time. */
    Quota(String id, Optional<List<String>> corridors, long perHour, boolean turnBack) {
        this(id, corridors, perHour, turnBack, Schedule.constant(perHour));
    }

    public Quota {
        java.util.Objects.requireNonNull(schedule, "schedule");
        for (int i = 0; i < schedule.pieces(); i++) {
            if (!(schedule.value(i) >= 1)) {
                throw new IllegalArgumentException("a quota must allow at least 1 person per hour, got "
                        + schedule.value(i));
            }
        }
        if (perHour != schedule.value(0)) {
            throw new IllegalArgumentException("per-hour " + perHour + " is not the schedule's first value "
                    + schedule.value(0));
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
        return List.of("quota", Wording.EVERYONE, "checkpoint at " + Wording.corridors(corridors),
                "at most " + Wording.pieces(schedule) + " persons per hour; beyond that "
                        + (turnBack ? "turned back" : "held until the next hour"));
    }

    @Override
    public Enforcement start(PolicyContext context) {
        return new AtWork(this, context);
    }

    private static final class AtWork implements Enforcement {

        private final Simulator simulator;
        private final CorridorSet set;
        private final long perHour;
        private final Schedule schedule;
        private final boolean varies;
        private final boolean turnBack;
        /** Persons passed per corridor in {@link #hour}. */
        private final long[] passed;
        private long hour = Long.MIN_VALUE;
        /** Persons allowed in {@link #hour}: the value in force when it starts. */
        private long limit;

        AtWork(Quota policy, PolicyContext context) {
            simulator = context.simulator();
            set = CorridorSet.resolve(policy.corridors, context);
            perHour = policy.perHour;
            schedule = policy.schedule;
            varies = schedule.varies();
            turnBack = policy.turnBack;
            passed = new long[context.corridorCount()];
        }

        @Override
        public Decision decide(Stage stage, GroupView group) {
            int corridor = group.corridor();
            if (stage != Stage.CHECKPOINT || corridor < 0 || !set.contains(corridor)) {
                return Decision.PASS;
            }
            double now = simulator.now();
            // Division is correctly rounded, so now >= k * HOUR gives a quotient of at least k
            // and the wait below is always positive.
            long current = (long) Math.floor(now / HOUR);
            if (current != hour) {
                hour = current;
                Arrays.fill(passed, 0);
                limit = varies ? (long) schedule.at(current * HOUR) : perHour;
            }
            long used = passed[corridor];
            if (used == 0 || used + group.size() <= limit) {
                passed[corridor] = used + group.size();
                return Decision.PASS;
            }
            return turnBack ? Decision.TURN_BACK : Decision.delay((current + 1) * HOUR - now);
        }
    }
}
