package org.corridorsim.kernel;

/**
 * The event kernel: a clock, a pending-event set and a stop flag.
 *
 * <p>Events at the same time run by ascending priority (default 0), then in the order they were
 * scheduled. A simulator is single-threaded and holds no static state: run one per thread.
 *
 * <p>Two limits stop a run that no longer makes progress: at most
 * {@value #DEFAULT_EVENTS_AT_ONE_INSTANT} events at one simulated instant (a cycle of events that
 * takes no time) and at most {@value #DEFAULT_EVENT_BUDGET} events in all; see
 * {@link #limitEvents}. Going over either throws {@link EventLimitExceeded}.
 */
public final class Simulator {

    /** Priorities must lie in this range so that (priority, sequence) fits one long. */
    public static final int MIN_PRIORITY = -(1 << 18);
    /** The largest allowed priority; see {@link #MIN_PRIORITY}. */
    public static final int MAX_PRIORITY = (1 << 18) - 1;

    /** The default bound on events handled at one simulated instant. */
    public static final long DEFAULT_EVENTS_AT_ONE_INSTANT = 1_000_000L;
    /** The default bound on events handled in one run. */
    public static final long DEFAULT_EVENT_BUDGET = 2_000_000_000L;

    private static final int SEQUENCE_BITS = 44;

    private final EventSet events;
    /** The events of {@link #scheduleSourceEvent sources}, apart from the others; null if they cannot be merged. */
    private final HeapEventSet sourceEvents;
    private double now;
    private long sequence;
    private long executed;
    private boolean stopRequested;
    private long atOneInstantLimit = DEFAULT_EVENTS_AT_ONE_INSTANT;
    private long budget = DEFAULT_EVENT_BUDGET;
    private long atThisInstant;

    /** A simulator at time 0 with a binary-heap event set. */
    public Simulator() {
        this(new HeapEventSet());
    }

    /**
     * A simulator at time 0 on the given event set.
     *
     * @param events an empty event set, owned by this simulator from now on
     */
    public Simulator(EventSet events) {
        this.events = events;
        this.sourceEvents = events instanceof PooledEventSet ? new HeapEventSet(8) : null;
    }

    /**
     * The clock.
     *
     * @return the current simulation time in seconds
     */
    public double now() {
        return now;
    }

    /**
     * Schedules {@code handler} at absolute {@code time} with priority 0.
     *
     * @param time simulated seconds, finite and not before {@link #now()}
     * @param handler what runs then
     * @param arg passed to the handler
     * @return a handle for {@link #cancel(long)}
     * @throws IllegalArgumentException if {@code time} is in the past, infinite or NaN
     */
    public long scheduleAt(double time, EventHandler handler, int arg) {
        return scheduleAt(time, 0, handler, arg);
    }

    /**
     * Schedules {@code handler} at absolute {@code time}.
     *
     * @param time simulated seconds, finite and not before {@link #now()}
     * @param priority among events at the same time, smaller runs first; within
     *     [{@link #MIN_PRIORITY}, {@link #MAX_PRIORITY}]
     * @param handler what runs then
     * @param arg passed to the handler
     * @return a handle for {@link #cancel(long)}
     * @throws IllegalArgumentException if {@code time} is in the past, infinite or NaN
     */
    public long scheduleAt(double time, int priority, EventHandler handler, int arg) {
        requireTime(time);
        return enqueue(time, priority, handler, arg);
    }

    /**
     * Schedules {@code handler} after {@code delay} with priority 0.
     *
     * @param delay simulated seconds from now, finite and non-negative
     * @param handler what runs then
     * @param arg passed to the handler
     * @return a handle for {@link #cancel(long)}
     * @throws IllegalArgumentException if {@code delay} is negative, infinite or NaN
     */
    public long scheduleAfter(double delay, EventHandler handler, int arg) {
        return scheduleAfter(delay, 0, handler, arg);
    }

    /**
     * Schedules {@code handler} after {@code delay}.
     *
     * @param delay simulated seconds from now, finite and non-negative
     * @param priority among events at the same time, smaller runs first; within
     *     [{@link #MIN_PRIORITY}, {@link #MAX_PRIORITY}]
     * @param handler what runs then
     * @param arg passed to the handler
     * @return a handle for {@link #cancel(long)}
     * @throws IllegalArgumentException if {@code delay} is negative, infinite or NaN
     */
    public long scheduleAfter(double delay, int priority, EventHandler handler, int arg) {
        if (!(delay >= 0) || delay == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("event delay must be finite and non-negative, got " + delay);
        }
        return enqueue(now + delay, priority, handler, arg);
    }

    /**
     * Schedules the next event of a source, a process with at most a few events pending at a time
     * (such as the next departure of an arrival stream). It runs exactly when
     * {@link #scheduleAt(double, EventHandler, int) scheduleAt} would run it, with priority 0; but
     * it waits in a small set of its own, so a busy source costs a few comparisons per event
     * rather than a place in the main event set. It cannot be cancelled.
     *
     * @param time absolute simulated time, not before {@link #now()}, finite
     * @param handler what to run
     * @param arg passed to the handler
     * @throws IllegalArgumentException if {@code time} is NaN, infinite or in the past, or the handler is null
     */
    public void scheduleSourceEvent(double time, EventHandler handler, int arg) {
        if (sourceEvents == null) {
            scheduleAt(time, handler, arg);
            return;
        }
        requireTime(time);
        requireHandler(handler);
        sourceEvents.add(time, sequence++, handler, arg);
    }

    private void requireTime(double time) {
        if (!(time >= now) || time == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(
                    "event time must be finite and not before the current time " + now + ", got " + time);
        }
    }

    private static void requireHandler(EventHandler handler) {
        if (handler == null) {
            throw new IllegalArgumentException("event handler must not be null");
        }
    }

    /**
     * Cancels a pending event.
     *
     * @param handle as returned when it was scheduled
     * @return false if it already ran or was cancelled
     */
    public boolean cancel(long handle) {
        return events.cancel(handle);
    }

    /**
     * Number of pending events.
     *
     * @return events scheduled and neither run nor cancelled
     */
    public int pending() {
        return events.size() + (sourceEvents == null ? 0 : sourceEvents.size());
    }

    /**
     * Number of events executed since construction or the last {@link #reset()}.
     *
     * @return that count
     */
    public long executed() {
        return executed;
    }

    /**
     * Sets the bound on events at one simulated instant and on events in all (counted since
     * construction or {@link #reset()}).
     *
     * @param atOneInstant events allowed at one simulated instant, at least 1
     * @param total events allowed in all, at least 1
     * @throws IllegalArgumentException if either is below 1
     */
    public void limitEvents(long atOneInstant, long total) {
        if (atOneInstant < 1 || total < 1) {
            throw new IllegalArgumentException(
                    "event limits must be at least 1, got " + atOneInstant + " at one instant and " + total + " in all");
        }
        atOneInstantLimit = atOneInstant;
        budget = total;
    }

    /**
     * Whether an event is pending at the current time. When none is, an event scheduled now with
     * no delay would be the next to run, so a caller may do its work at once instead.
     *
     * @return true if the earliest pending event is due at {@link #now()}
     */
    public boolean anythingDueNow() {
        return events.firstTime() <= now || sourceEvents != null && sourceEvents.firstTime() <= now;
    }

    /** Runs until the event set is empty or {@link #stop()} is called. */
    public void run() {
        runUntil(Double.POSITIVE_INFINITY);
    }

    /**
     * Runs every event with time at most {@code endTime}, then sets the clock to {@code endTime}
     * (unless stopped earlier or {@code endTime} is infinite).
     *
     * @param endTime simulated seconds, not before {@link #now()}; may be infinite
     * @throws IllegalArgumentException if {@code endTime} is NaN or in the past
     * @throws EventLimitExceeded if the run goes over a limit set by {@link #limitEvents}
     */
    public void runUntil(double endTime) {
        if (Double.isNaN(endTime) || endTime < now) {
            throw new IllegalArgumentException(
                    "end time must not be before the current time " + now + ", got " + endTime);
        }
        stopRequested = false;
        EventSet main = events;
        HeapEventSet sources = sourceEvents;
        // event times are finite, so MAX_VALUE stands for "no horizon" and never matches an empty set
        double limit = Math.min(endTime, Double.MAX_VALUE);
        while (!stopRequested) {
            EventSet set = main;
            double first = main.firstTime();
            if (sources != null && sources.size() > 0) {
                // the earlier of the two fronts, by time and then by order: one set's order exactly
                double sourceFirst = sources.firstTime();
                if (sourceFirst < first
                        || sourceFirst == first && sources.firstOrder() < ((PooledEventSet) main).firstOrder()) {
                    set = sources;
                    first = sourceFirst;
                }
            }
            if (!(first <= limit)) {
                break;
            }
            EventHandler handler = set.removeFirst();
            double time = set.removedTime();
            if (time == now) {
                if (++atThisInstant > atOneInstantLimit) {
                    throw new EventLimitExceeded(time, atOneInstantLimit, true, handler);
                }
            } else {
                atThisInstant = 1;
                now = time;
            }
            if (++executed > budget) {
                throw new EventLimitExceeded(time, budget, false, handler);
            }
            handler.handle(set.removedArg());
        }
        if (!stopRequested && endTime != Double.POSITIVE_INFINITY) {
            if (endTime != now) {
                atThisInstant = 0;
            }
            now = endTime;
        }
    }

    /** Asks the running loop to return after the current event. */
    public void stop() {
        stopRequested = true;
    }

    /** Clears pending events and sets the clock and counters back to zero. */
    public void reset() {
        events.clear();
        if (sourceEvents != null) {
            sourceEvents.clear();
        }
        now = 0;
        sequence = 0;
        executed = 0;
        atThisInstant = 0;
        stopRequested = false;
    }

    private long enqueue(double time, int priority, EventHandler handler, int arg) {
        if (priority < MIN_PRIORITY || priority > MAX_PRIORITY) {
            throw new IllegalArgumentException(
                    "priority must be in [" + MIN_PRIORITY + ", " + MAX_PRIORITY + "], got " + priority);
        }
        requireHandler(handler);
        long order = ((long) priority << SEQUENCE_BITS) + sequence++;
        return events.add(time, order, handler, arg);
    }
}
