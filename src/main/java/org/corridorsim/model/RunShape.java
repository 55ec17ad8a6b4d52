package org.corridorsim.model;

import org.corridorsim.kernel.CalendarEventSet;
import org.corridorsim.kernel.EventSet;
import org.corridorsim.kernel.HeapEventSet;

/**
 * How large a replication's tables grew: its group table, and its pending-event set's room, ring
 * of buckets and bucket width at the most events pending. A later replication of the same model
 * starts in that shape rather than growing into it again. A hint only: results never depend on it.
 *
 * @param groupSlots groups held at once
 * @param events events pending at once
 * @param buckets the calendar queue's buckets when the most events were pending
 * @param width the calendar queue's bucket width then, in seconds
 */
record RunShape(int groupSlots, int events, int buckets, double width) {

    /** What a model's first replication starts from. */
    static final RunShape INITIAL = new RunShape(64, 64, 16, 1.0);

    /** Bounds a hint, so that one runaway replication cannot make every later one huge. */
    private static final int MAX_SLOTS = 1 << 22;

    /** A new, empty event set in this shape: the calendar queue or the heap. */
    EventSet eventSet(boolean calendar) {
        return calendar ? new CalendarEventSet(events, buckets, width) : new HeapEventSet();
    }

    /** The shape a run ended with, from its group table's size and its event set. */
    static RunShape of(int groupSlots, EventSet events) {
        if (events instanceof CalendarEventSet calendar && calendar.peakSize() > 0) {
            return new RunShape(Math.min(groupSlots, MAX_SLOTS), Math.min(calendar.peakSize(), MAX_SLOTS),
                    calendar.peakBuckets(), calendar.peakWidth());
        }
        return new RunShape(Math.min(groupSlots, MAX_SLOTS), INITIAL.events, INITIAL.buckets, INITIAL.width);
    }

    /** The larger of two shapes: the most group slots, and the event set of the run with the most pending. */
    RunShape largest(RunShape other) {
        RunShape events = other.events > this.events ? other : this;
        return new RunShape(Math.max(groupSlots, other.groupSlots), events.events, events.buckets, events.width);
    }
}
