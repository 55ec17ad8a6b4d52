package org.corridorsim.kernel;

/**
 * A run handled more events at one simulated instant, or in total, than its limits allow: the
 * model almost certainly has a cycle of events that takes no simulated time. Thrown by
 * {@link Simulator#runUntil}; the model catches it to name the component involved.
 */
public final class EventLimitExceeded extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final double time;
    private final long limit;
    private final boolean atOneInstant;
    private final transient EventHandler handler;

    EventLimitExceeded(double time, long limit, boolean atOneInstant, EventHandler handler) {
        super(atOneInstant
                ? "more than " + limit + " events at simulated time " + time + " s, so time no longer advances"
                : "more than the event budget of " + limit + " events (at simulated time " + time + " s)",
                null, false, false);
        this.time = time;
        this.limit = limit;
        this.atOneInstant = atOneInstant;
        this.handler = handler;
    }

    /** The simulated time at which the limit was reached, in seconds. */
    public double time() {
        return time;
    }

    public long limit() {
        return limit;
    }

    /** True for the bound on events at one instant, false for the total budget. */
    public boolean atOneInstant() {
        return atOneInstant;
    }

    /** The handler of the event that went over the limit. */
    public EventHandler handler() {
        return handler;
    }
}
