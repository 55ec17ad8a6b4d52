package org.corridorsim.model;

/**
 * Which pending-event set a replication runs on. Both order events the same way (by time, then by
 * the order they were scheduled), so the choice changes speed, never results.
 */
public enum EventSetChoice {
    /** The heap when few events are expected to be pending at once, else the calendar queue. */
    AUTO,
    /** A 4-ary heap: the fastest for a handful of pending events, O(log n) whatever their times. */
    HEAP,
    /** A calendar queue: expected O(1) per event, faster from a few dozen pending events on. */
    CALENDAR;

    /**
     * Expected pending events from which {@link #AUTO} takes the calendar queue. Measured on the
     * model (benchmarks/README.md): the heap wins on M/M/3 (3 pending), the calendar on the
     * minimal example (30 pending) and on every Aleppo and Ghouta scenario (120 to 5,000).
     */
    static final double CALENDAR_FROM = 16;

    /** Whether a replication of {@code evacuation} runs on the calendar queue. */
    boolean calendarFor(Evacuation evacuation) {
        return this == CALENDAR || this == AUTO && PendingEstimate.of(evacuation) >= CALENDAR_FROM;
    }
}
