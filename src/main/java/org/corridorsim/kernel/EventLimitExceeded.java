package org.corridorsim.kernel;

/**
 * A run handled more events at one simulated instant, or in total, than its limits allow: the
 * model almost certainly has a cycle of events that takes no simulated time. Thrown by
 * {@link Simulator#runUntil}; the model catches it to name the component involved.
 */
public final class EventLimitExceeded extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** See {@link #time()}. */
    private final double time;
    /** See {@link #limit()}. */
    private final long limit;
    /** See {@link #atOneInstant()}. */
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

    /**
     * When the limit was reached.
     *
     * @return the simulated time in seconds
     */
    public double time() {
        return time;
    }

    /**
     * The limit that was exceeded.
     *
     * @return a number of events, at one instant or in total (see {@link #atOneInstant()})
     */
    public long limit() {
        return limit;
    }

    /**
     * Which limit was exceeded.
     *
     * @return true for the bound on events at one instant, false for the total budget
     */
    public boolean atOneInstant() {
        return atOneInstant;
    }

    /**
     * The handler of the event that went over the limit; the model maps it to a component name.
     *
     * @return that handler
     */
    public EventHandler handler() {
        return handler;
    }
}
