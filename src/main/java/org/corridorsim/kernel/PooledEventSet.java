package org.corridorsim.kernel;

/**
 * What the event-set implementations share: entries live in pooled {@link EventSlots}, and the
 * entry last removed is remembered for {@link #removedTime()} and {@link #removedArg()}.
 */
abstract class PooledEventSet implements EventSet {

    /** Storage of the entries; subclasses keep only slot indices in their ordering structure. */
    protected final EventSlots slots;
    private double removedTime;
    private int removedArg;

    /**
     * An empty set.
     *
     * @param capacity initial number of slots
     */
    protected PooledEventSet(int capacity) {
        slots = new EventSlots(capacity);
    }

    /**
     * Remembers the entry in {@code slot} as the one removed and frees the slot.
     *
     * @param slot the entry's slot
     * @param time the entry's time
     * @return its handler
     */
    protected final EventHandler take(int slot, double time) {
        removedTime = time;
        removedArg = slots.arg(slot);
        EventHandler handler = slots.handler(slot);
        slots.release(slot);
        return handler;
    }

    /**
     * The tie-break order of the earliest pending entry, for merging two sets exactly; the set
     * must not be empty, and {@link #firstTime()} must have been called since the last change.
     */
    abstract long firstOrder();

    @Override
    public final double removedTime() {
        return removedTime;
    }

    @Override
    public final int removedArg() {
        return removedArg;
    }
}
