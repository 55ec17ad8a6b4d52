package org.corridorsim.policy.example;

import org.corridorsim.kernel.Simulator;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.Decision;
import org.corridorsim.policy.Enforcement;
import org.corridorsim.policy.PolicyContext;
import org.corridorsim.policy.PolicyParameters;
import org.corridorsim.policy.PolicyProvider;
import org.corridorsim.policy.Stage;

/**
 * An example third-party policy: a curfew that turns back everyone reaching a corridor between
 * {@code from} and {@code to}, repeated every {@code every} (default one day).
 *
 * <pre>{@code
 * blocking:
 *   - {id: night-curfew, policy: curfew, from: 2016-10-20T19:00, to: 2016-10-21T08:00}
 * }</pre>
 *
 * <p>It is registered for {@link java.util.ServiceLoader} in
 * {@code META-INF/services/org.corridorsim.policy.PolicyProvider}, one class name per line.
 */
public final class CurfewPolicy implements PolicyProvider {

    private static final double DAY = 24 * 3600;

    @Override
    public String name() {
        return "curfew";
    }

    @Override
    public BlockingPolicy create(String id, PolicyParameters parameters) {
        // Times arrive in seconds from the scenario start, already in the scenario's time zone.
        double from = parameters.time("from");
        double to = parameters.time("to");
        double every = parameters.has("every") ? parameters.duration("every") : DAY;
        if (!(to > from)) {
            throw parameters.error("to", "must be later than from");
        }
        if (!(to - from < every)) {
            throw parameters.error("every", "must be longer than the curfew itself, or it never lifts");
        }
        return new Curfew(id, from, to - from, every);
    }

    /** The policy: immutable, shared by all replications. */
    record Curfew(String id, double start, double length, double period) implements BlockingPolicy {

        @Override
        public Enforcement start(PolicyContext context) {
            // Per-replication state goes here; a curfew needs only the clock.
            Simulator simulator = context.simulator();
            return (stage, group) -> stage == Stage.APPROACH && inForce(simulator.now())
                    ? Decision.TURN_BACK
                    : Decision.PASS;
        }

        boolean inForce(double time) {
            double sinceStart = (time - start) % period;
            return (sinceStart < 0 ? sinceStart + period : sinceStart) < length;
        }
    }
}
